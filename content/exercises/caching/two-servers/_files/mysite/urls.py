from django.urls import path

from shop import views

urlpatterns = [
    path("", views.price_page, name="price"),
    path("price/<int:euros>/", views.set_price, name="set-price"),
]
