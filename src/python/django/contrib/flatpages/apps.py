from django.apps import AppConfig
from django.contrib._models import ModelsStoodIn


class FlatPagesConfig(ModelsStoodIn, AppConfig):
    default_auto_field = "django.db.models.AutoField"
    name = "django.contrib.flatpages"
    verbose_name = "Flat Pages"
