"""django.contrib.auth as far as settings and the app registry reach it: which model is the
user model (AUTH_USER_MODEL), and the names other modules import from here.

Authentication itself (backends, login, sessions) is not modelled yet."""

from django.core.exceptions import ImproperlyConfigured

SESSION_KEY = "_auth_user_id"
BACKEND_SESSION_KEY = "_auth_user_backend"
HASH_SESSION_KEY = "_auth_user_hash"
REDIRECT_FIELD_NAME = "next"


def get_user_model():
    """The model AUTH_USER_MODEL names; ImproperlyConfigured, with Django's words, when it is not
    'app_label.ModelName' or no installed app has that model."""
    from django.apps import apps
    from django.conf import settings

    name = settings.AUTH_USER_MODEL
    try:
        return apps.get_model(name, require_ready=False)
    except (ValueError, LookupError) as problem:
        if isinstance(problem, ValueError):  # not exactly one dot
            raise ImproperlyConfigured("AUTH_USER_MODEL must be of the form 'app_label.model_name'")
        raise ImproperlyConfigured(f"AUTH_USER_MODEL refers to model '{name}' that has not been installed")


def get_permission_codename(action, opts):
    """The codename of a model's permission, e.g. 'change_user'."""
    return f"{action}_{opts.model_name}"
