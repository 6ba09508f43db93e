from django.apps import AppConfig
from django.contrib._models import ModelsStoodIn
from django.contrib.sites.checks import check_site_id
from django.core import checks


class SitesConfig(ModelsStoodIn, AppConfig):
    default_auto_field = "django.db.models.AutoField"
    name = "django.contrib.sites"
    verbose_name = "Sites"

    def ready(self):
        checks.register(check_site_id, checks.Tags.sites)
