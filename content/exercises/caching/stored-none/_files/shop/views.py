from django.core.cache import cache
from django.http import HttpResponse

from shop import database


def discount(request, code):
    key = f"discount:{code}"
    result = cache.get(key)
    if result is None:
        result = database.discount_for(code)  # None: there is no such code
        cache.set(key, result, 600)
    if result is None:
        return HttpResponse(f"No discount for {code}.")
    return HttpResponse(f"{code}: {result}% off.")
