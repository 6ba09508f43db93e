from django.apps import AppConfig
from django.core import checks

from . import get_user_model
from .checks import check_middleware, check_models_permissions, check_user_model


class AuthConfig(AppConfig):
    default_auto_field = "django.db.models.AutoField"
    name = "django.contrib.auth"
    verbose_name = "Authentication and Authorization"

    def import_models(self):
        super().import_models()
        from .models import _import_in_this_process

        _import_in_this_process()

    def ready(self):
        # Django looks the user model up here, so a wrong AUTH_USER_MODEL fails at setup.
        get_user_model()
        for model_check in (check_user_model, check_models_permissions):
            checks.register(model_check, checks.Tags.models)
        checks.register(check_middleware)  # with no tag
