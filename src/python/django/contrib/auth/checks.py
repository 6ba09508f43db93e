"""The auth app's checks (registered by its ready()): the user model's (nothing to find in a
project without models), and the order of the authentication middleware (auth.E013)."""

import os

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


#: Paths in Django's own tree (which does not change while the interpreter lives) -> the class or None.
_in_django = {}


def _class_at(path):
    """The class at a MIDDLEWARE path, or None when Django would pass over it.

    Django imports every entry. Here only the project's own modules (a top-level name that is
    a file or folder of the project, which comes first on sys.path) are imported each time: a
    module of the mini Django or of a package the engine provides cannot fail otherwise than
    with ImportError, and holds no subclass of the auth middleware but Django's own (whose
    imports are remembered)."""
    top = path.partition(".")[0] if isinstance(path, str) else ""
    if not top.isidentifier():
        return _import_or_none(path)  # fails (or is passed over) as Django's import does
    if top == "django":
        if path not in _in_django:
            _in_django[path] = _import_or_none(path)
        return _in_django[path]
    if os.path.isdir(top) or os.path.isfile(top + ".py"):
        return _import_or_none(path)
    return None


def _import_or_none(path):
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
