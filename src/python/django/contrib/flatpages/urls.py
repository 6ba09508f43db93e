"""path("pages/", include("django.contrib.flatpages.urls")): every path below is a flat page.

The patterns come through __getattr__, as the views do (they need FlatPage, so its app)."""

from django.contrib._models import needing_models
from django.urls import path


def _urlpatterns():
    from django.contrib.flatpages import views

    return [path("<path:url>", views.flatpage, name="django.contrib.flatpages.views.flatpage")]


__getattr__ = needing_models(__name__, ["django.contrib.flatpages.models.FlatPage"], urlpatterns=_urlpatterns)
