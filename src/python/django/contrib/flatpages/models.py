"""The flat pages' model, stood in for (the mini Django has no ORM). Flat pages belong to
sites (FlatPage.sites is a ManyToManyField(Site)): it needs both apps installed."""

from django.contrib._models import declare_models

__all__ = ["FlatPage"]
__getattr__ = declare_models(__name__, {"FlatPage": ("flat page", "flat pages")}, needs=["django.contrib.sites.models.Site"])
