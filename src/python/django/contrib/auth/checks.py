"""The auth app's checks (registered by its ready()): the user model's (nothing to find in a
project without models), and the order of the authentication middleware (auth.E013)."""

from django.conf import settings
from django.core import checks
from django.utils.module_loading import import_string

AUTHENTICATION_MIDDLEWARE = "django.contrib.auth.middleware.AuthenticationMiddleware"
LOGIN_REQUIRED_MIDDLEWARE = "django.contrib.auth.middleware.LoginRequiredMiddleware"

_E013 = checks.Error(
    f"In order to use {LOGIN_REQUIRED_MIDDLEWARE}, {AUTHENTICATION_MIDDLEWARE} must be defined before it in "
    "MIDDLEWARE.",
    id="auth.E013",
    setting="MIDDLEWARE",
)


def check_user_model(app_configs=None, **kwargs):
    return []


def check_models_permissions(app_configs=None, **kwargs):
    return []


def _position(class_path, middleware):
    """Where `class_path` (or a subclass of it) is in MIDDLEWARE, or -1. Each entry is imported,
    as Django does: one that cannot be imported is passed over, any other error escapes."""
    wanted = _class_at(class_path)  # None: the mini Django lacks it, and only its own path matches
    for position, path in enumerate(middleware):
        if path == class_path:
            return position
        candidate = _class_at(path)  # every entry before it is imported, as in Django
        if wanted is not None and _is_subclass(candidate, wanted):
            return position
    return -1


def _class_at(path):
    try:
        return import_string(path)
    except ImportError:  # passed over, as Django does; any other error escapes
        return None


def _is_subclass(candidate, wanted):
    try:
        return issubclass(candidate, wanted)
    except TypeError:  # not a class (or nothing imported)
        return False


def check_middleware(app_configs, **kwargs):
    login_required = _position(LOGIN_REQUIRED_MIDDLEWARE, settings.MIDDLEWARE)
    if login_required == -1:
        return []
    authentication = _position(AUTHENTICATION_MIDDLEWARE, settings.MIDDLEWARE)
    if authentication == -1 or authentication > login_required:
        return [_E013.about(index=login_required)]
    return []
