"""The redirects' model, stood in for (the mini Django has no ORM). A redirect belongs to a
site (Redirect.site is a ForeignKey(Site)): it needs both apps installed."""

from django.contrib._models import declare_models

__all__ = ["Redirect"]
__getattr__ = declare_models(__name__, {"Redirect": ("redirect", "redirects")}, needs=["django.contrib.sites.models.Site"])
