from django.urls import path

from shop import views

urlpatterns = [
    path("discount/<str:code>/", views.discount, name="discount"),
]
