from django.apps import AppConfig
from django.contrib._models import ModelsStoodIn


class SessionsConfig(ModelsStoodIn, AppConfig):
    name = "django.contrib.sessions"
    verbose_name = "Sessions"
