from django.core.cache import cache
from django.http import HttpResponse

from shop import database

PRICE_KEY = "shop:price"


def price_page(request):
    price = cache.get(PRICE_KEY)
    if price is None:
        price = database.current_price()
        cache.set(PRICE_KEY, price, 60 * 60)
    return HttpResponse(f"Tea: {price} EUR")


def set_price(request, euros):
    """What the shop's admin does when the price changes (a GET here, to keep the example short)."""
    database.set_price(euros)
    cache.delete(PRICE_KEY)  # forget the old price
    return HttpResponse(f"The price is now {euros} EUR")
