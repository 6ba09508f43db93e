from django.http import HttpResponse
from django.urls import path
from django.views.decorators.cache import never_cache


@never_cache
def healthz(request):
    return HttpResponse("ok", content_type="text/plain")


def home(request):
    return HttpResponse("The shop")


urlpatterns = [
    path("healthz/", healthz, name="healthz"),
    path("", home, name="home"),
]
