"""The admin's checks, registered by its AppConfig's ready() as Django registers them.

check_dependencies: what the admin needs besides itself. The apps it builds on (admin.E401,
E405, E406), a DjangoTemplates engine (E403) whose context processors give templates the user,
the messages and the request (E402, E404; W411 when a site shows the navigation sidebar), and
the middleware that give requests a session, a user and messages (E410, E408, E409). A
middleware or backend counts when its class is, or derives from, the one named: each entry of
MIDDLEWARE (or AUTHENTICATION_BACKENDS) is imported until one does, as Django imports them,
and an entry that cannot be imported is passed over.

check_admin_app: each admin site's own check (its ModelAdmins'; the mini Django has no models).
"""

import inspect

from django.apps import apps
from django.conf import settings
from django.core.checks import Error, Warning
from django.utils.module_loading import import_string

AUTH_PROCESSOR = "django.contrib.auth.context_processors.auth"
MESSAGES_PROCESSOR = "django.contrib.messages.context_processors.messages"
REQUEST_PROCESSOR = "django.template.context_processors.request"
AUTHENTICATION_MIDDLEWARE = "django.contrib.auth.middleware.AuthenticationMiddleware"
MESSAGE_MIDDLEWARE = "django.contrib.messages.middleware.MessageMiddleware"
SESSION_MIDDLEWARE = "django.contrib.sessions.middleware.SessionMiddleware"
MODEL_BACKEND = "django.contrib.auth.backends.ModelBackend"

_NEEDED_APP = "'%s' must be in INSTALLED_APPS in order to use the admin application."
E401 = Error(_NEEDED_APP % "django.contrib.contenttypes", id="admin.E401", setting="INSTALLED_APPS")
E405 = Error(_NEEDED_APP % "django.contrib.auth", id="admin.E405", setting="INSTALLED_APPS")
E406 = Error(_NEEDED_APP % "django.contrib.messages", id="admin.E406", setting="INSTALLED_APPS")
E403 = Error(
    "A 'django.template.backends.django.DjangoTemplates' instance must be configured in TEMPLATES in order to use "
    "the admin application.",
    id="admin.E403",
    setting="TEMPLATES",
)
E402 = Error(
    f"'{AUTH_PROCESSOR}' must be enabled in DjangoTemplates (TEMPLATES) if using the default auth backend in order "
    "to use the admin application.",
    id="admin.E402",
    setting="TEMPLATES",
)
E404 = Error(
    f"'{MESSAGES_PROCESSOR}' must be enabled in DjangoTemplates (TEMPLATES) in order to use the admin application.",
    id="admin.E404",
    setting="TEMPLATES",
)
W411 = Warning(
    f"'{REQUEST_PROCESSOR}' must be enabled in DjangoTemplates (TEMPLATES) in order to use the admin navigation "
    "sidebar.",
    id="admin.W411",
    setting="TEMPLATES",
)
_NEEDED_MIDDLEWARE = "'%s' must be in MIDDLEWARE in order to use the admin application."
E408 = Error(_NEEDED_MIDDLEWARE % AUTHENTICATION_MIDDLEWARE, id="admin.E408", setting="MIDDLEWARE")
E409 = Error(_NEEDED_MIDDLEWARE % MESSAGE_MIDDLEWARE, id="admin.E409", setting="MIDDLEWARE")
E410 = Error(
    _NEEDED_MIDDLEWARE % SESSION_MIDDLEWARE,
    hint=f"Insert '{SESSION_MIDDLEWARE}' before '{AUTHENTICATION_MIDDLEWARE}'.",
    id="admin.E410",
    setting="MIDDLEWARE",
)

#: The apps the admin builds on, in the order Django checks them.
_APPS = (("django.contrib.contenttypes", E401), ("django.contrib.auth", E405), ("django.contrib.messages", E406))
#: The middleware it needs, in the order Django checks them.
_MIDDLEWARE = ((AUTHENTICATION_MIDDLEWARE, E408), (MESSAGE_MIDDLEWARE, E409), (SESSION_MIDDLEWARE, E410))


# ---- is a class (or a subclass of it) among these dotted paths? -------------------------------

#: Paths into the mini Django that are not there (a module it lacks): Django's own module
#: would import, but holds nothing the admin looks for, so both are passed over. Remembered,
#: since the mini Django's files do not change while the interpreter lives.
_missing_from_django = set()


def _imported(path):
    """The object at a dotted path, or None where Django passes the entry over (ImportError)."""
    if path in _missing_from_django:
        return None
    try:
        return import_string(path)
    except ImportError:
        if isinstance(path, str) and path.startswith("django."):
            _missing_from_django.add(path)
        return None


def _is_class_deriving(candidate, wanted):
    return inspect.isclass(candidate) and issubclass(candidate, wanted)


def _names_subclass(class_path, paths):
    """Whether one of `paths` names the class at `class_path` or a subclass of it; the paths
    are imported in order until one does."""
    wanted = import_string(class_path)
    return any(_is_class_deriving(_imported(path), wanted) for path in paths)


# ---- the checks ---------------------------------------------------------------------------------


def _django_templates():
    """The first DjangoTemplates backend of TEMPLATES (every engine is built), or None."""
    from django.template import engines
    from django.template.backends.django import DjangoTemplates

    return next((backend for backend in engines.all() if isinstance(backend, DjangoTemplates)), None)


def _template_messages():
    backend = _django_templates()
    if backend is None:
        return [E403]
    from django.contrib.admin.sites import all_sites
    from django.template import engines

    processors = backend.engine.context_processors
    found = []
    if AUTH_PROCESSOR not in processors and _names_subclass(MODEL_BACKEND, settings.AUTHENTICATION_BACKENDS):
        found.append(E402)
    if MESSAGES_PROCESSOR not in processors:
        found.append(E404)
    shows_sidebar = any(site.enable_nav_sidebar for site in all_sites)
    if shows_sidebar and REQUEST_PROCESSOR not in processors:
        found.append(W411)
    where = {"index": engines.index_of(backend), "key": ("OPTIONS", "context_processors")}
    return [message.about(**where) for message in found]


def check_dependencies(**kwargs):
    """The admin's dependencies are installed and configured (nothing without the admin)."""
    if not apps.is_installed("django.contrib.admin"):
        return []
    found = [message for app, message in _APPS if not apps.is_installed(app)]
    found += _template_messages()
    found += [message for path, message in _MIDDLEWARE if not _names_subclass(path, settings.MIDDLEWARE)]
    return found


def check_admin_app(app_configs, **kwargs):
    """What every admin site finds wrong with its registrations."""
    from django.contrib.admin.sites import all_sites

    return [message for site in all_sites for message in site.check(app_configs)]
