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
    try:
        wanted = import_string(class_path)
    except ImportError:
        wanted = None  # the mini Django lacks the class: only its own path matches
    for position, path in enumerate(middleware):
        if path == class_path:
            return position
        try:
            candidate = import_string(path)
            if wanted is not None and issubclass(candidate, wanted):
                return position
        except (ImportError, TypeError):
            continue
    return -1


def check_middleware(app_configs, **kwargs):
    login_required = _position(LOGIN_REQUIRED_MIDDLEWARE, settings.MIDDLEWARE)
    if login_required == -1:
        return []
    authentication = _position(AUTHENTICATION_MIDDLEWARE, settings.MIDDLEWARE)
    if authentication == -1 or authentication > login_required:
        return [_E013.about(index=login_required)]
    return []
