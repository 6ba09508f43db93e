from django.urls import path

from . import views

urlpatterns = [
    path("/<year>/", views.year_archive, name="year-archive"),
]
