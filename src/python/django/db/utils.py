"""django.db.utils: DATABASES as Django reads it, and the database exceptions.

Reading DATABASES fills in every alias's defaults, in the reader's own dicts, as Django does
(so `settings.DATABASES` afterwards shows ENGINE, OPTIONS, TEST... for each alias). An empty
DATABASES gets a "dummy" default; one without "default" is refused. No connection is ever
opened. A connection is made (not opened) the first time an alias is used, which imports its
ENGINE's backend as Django does: Django's own backends import their driver (see
django.db.backends), and an ENGINE that cannot be imported is ImproperlyConfigured. Django does
that for the default alias when it defines the first model (the auth app's, at setup).
"""

from importlib import import_module

from django.core.exceptions import ImproperlyConfigured
from django.utils.connection import BaseConnectionHandler, ConnectionDoesNotExist  # noqa: F401

DEFAULT_DB_ALIAS = "default"
DJANGO_VERSION_PICKLE_KEY = "_django_version"

_DUMMY_ENGINE = "django.db.backends.dummy"


class Error(Exception):
    pass


class InterfaceError(Error):
    pass


class DatabaseError(Error):
    pass


class DataError(DatabaseError):
    pass


class OperationalError(DatabaseError):
    pass


class IntegrityError(DatabaseError):
    pass


class InternalError(DatabaseError):
    pass


class ProgrammingError(DatabaseError):
    pass


class NotSupportedError(DatabaseError):
    pass


def _with_default_alias(databases):
    """No DATABASES at all means a dummy default; an empty default means a dummy engine."""
    if {} == databases:
        databases[DEFAULT_DB_ALIAS] = {"ENGINE": _DUMMY_ENGINE}
    elif DEFAULT_DB_ALIAS in databases:
        if {} == databases[DEFAULT_DB_ALIAS]:
            databases[DEFAULT_DB_ALIAS]["ENGINE"] = _DUMMY_ENGINE
    else:
        raise ImproperlyConfigured(f"You must define a '{DEFAULT_DB_ALIAS}' database.")


def _fill_in(alias_settings):
    """One alias's settings with Django's defaults (its keys set only where missing)."""
    for key, value in (("ATOMIC_REQUESTS", False), ("AUTOCOMMIT", True), ("ENGINE", _DUMMY_ENGINE)):
        alias_settings.setdefault(key, value)
    if not alias_settings["ENGINE"] or alias_settings["ENGINE"] == "django.db.backends.":
        alias_settings["ENGINE"] = _DUMMY_ENGINE
    later = {"CONN_MAX_AGE": 0, "CONN_HEALTH_CHECKS": False, "OPTIONS": {}, "TIME_ZONE": None}
    later.update(dict.fromkeys(("NAME", "USER", "PASSWORD", "HOST", "PORT"), ""))
    for key, value in later.items():
        alias_settings.setdefault(key, value)
    for_tests = alias_settings.setdefault("TEST", {})
    for key, value in {"CHARSET": None, "COLLATION": None, "MIGRATE": True, "MIRROR": None, "NAME": None}.items():
        for_tests.setdefault(key, value)


#: Django's own backends, as its message for an unknown ENGINE lists them.
_BUILT_IN_BACKENDS = ("mysql", "oracle", "postgresql", "sqlite3")
#: ENGINE names Django reads as another.
_RENAMED_BACKENDS = {"django.db.backends.postgresql_psycopg2": "django.db.backends.postgresql"}


def load_backend(backend_name):
    """The `base` module of the backend an ENGINE names. An import that fails is Django's
    ImproperlyConfigured, unless the ENGINE is one of Django's own (its own error then)."""
    backend_name = _RENAMED_BACKENDS.get(backend_name, backend_name)
    try:
        return import_module(f"{backend_name}.base")
    except ImportError as failure:
        if backend_name in {f"django.db.backends.{name}" for name in _BUILT_IN_BACKENDS}:
            raise
        listed = ", ".join(map(repr, _BUILT_IN_BACKENDS))
        raise ImproperlyConfigured(
            f"{backend_name!r} isn't an available database backend or couldn't be imported. Check the above exception. To use one of the built-in backends, use 'django.db.backends.XXX', where XXX is one of:\n    {listed}"
        ) from failure


class ConnectionHandler(BaseConnectionHandler):
    settings_name = "DATABASES"

    def configure_settings(self, databases):
        configured = BaseConnectionHandler.configure_settings(self, databases)
        _with_default_alias(configured)
        for alias_settings in configured.values():
            _fill_in(alias_settings)
        return configured

    databases = property(lambda self: self.settings, doc="DATABASES, with every alias's defaults filled in")

    def create_connection(self, alias):
        settings_dict = self.settings[alias]
        return load_backend(settings_dict["ENGINE"]).DatabaseWrapper(settings_dict, alias)
