from django.urls import path

from mysite import views

urlpatterns = [
    path("cart/", views.cart, name="cart"),
]
