from django.urls import path

from shop import views

urlpatterns = [
    path("search/", views.search, name="search"),
    path("origin/", views.by_origin, name="by-origin"),
    path("kind/", views.by_kind, name="by-kind"),
]
