from django.core.cache import cache
from django.http import HttpResponse

from shop import database

#: A default no stored value can be: a stored None is then told apart from a missing key.
MISSING = object()


def discount(request, code):
    key = f"discount:{code}"
    result = cache.get(key, MISSING)
    if result is MISSING:
        result = database.discount_for(code)  # None: there is no such code
        cache.set(key, result, 600)
    if result is None:
        return HttpResponse(f"No discount for {code}.")
    return HttpResponse(f"{code}: {result}% off.")
