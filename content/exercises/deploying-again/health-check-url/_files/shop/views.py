from django.http import HttpResponse
from django.views.decorators.cache import never_cache


def home(request):
    return HttpResponse("The shop")


def page(request, page):
    return HttpResponse(f"The page {page}")


def catalogue(request):
    return HttpResponse("Everything we sell")


def product(request, slug):
    return HttpResponse(f"The product {slug}")


@never_cache
def healthz(request):
    """For nginx, the load balancer and the deploy script: 200 while this process can answer.
    No session, no user, no template, no database; never cached."""
    return HttpResponse("ok", content_type="text/plain")
