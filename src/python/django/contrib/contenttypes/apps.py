from django.apps import AppConfig
from django.contrib._models import ModelsStoodIn


class ContentTypesConfig(ModelsStoodIn, AppConfig):
    default_auto_field = "django.db.models.AutoField"
    name = "django.contrib.contenttypes"
    verbose_name = "Content Types"
