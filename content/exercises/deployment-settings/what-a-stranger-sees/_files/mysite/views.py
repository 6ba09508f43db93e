from django.conf import settings
from django.http import HttpResponse


def home(request):
    return HttpResponse("Welcome to the shop.")


def checkout(request):
    # A bug nobody has found yet: the cart is read before it exists.
    cart = request.session["cart"]
    return HttpResponse(f"Paying {len(cart)} items through {settings.PAYMENT_GATEWAY}")
