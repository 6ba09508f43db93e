from django.urls import path

from shop import views

app_name = "shop"

urlpatterns = [
    path("", views.catalogue, name="catalogue"),
    path("<slug:slug>/", views.product, name="product"),
    path("healthz/", views.healthz, name="healthz"),
]
