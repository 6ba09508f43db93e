from django.http import HttpResponse
from django.urls import path


def home(request):
    return HttpResponse("Welcome to the shop.")


urlpatterns = [
    path("", home, name="home"),
]
