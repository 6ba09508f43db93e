from django.http import HttpResponse
from django.middleware.csrf import get_token


def cart(request):
    """Adds an item to the cart kept in the session, and gives the page's form its CSRF token."""
    request.session["items"] = request.session.get("items", 0) + 1
    token = get_token(request)
    return HttpResponse(f"{request.session['items']} item(s) in your cart. (form token: {len(token)} characters)")
