from django.apps import AppConfig
from django.contrib._models import ModelsStoodIn


class RedirectsConfig(ModelsStoodIn, AppConfig):
    default_auto_field = "django.db.models.AutoField"
    name = "django.contrib.redirects"
    verbose_name = "Redirects"
