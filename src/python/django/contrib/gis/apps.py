from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class GISConfig(AppConfig):
    """GeoDjango's app: no models, no checks (Django's registers a GeoJSON serializer, which the
    mini Django has no use for)."""

    default_auto_field = "django.db.models.AutoField"
    name = "django.contrib.gis"
    verbose_name = _("GIS")
