"""django.db.utils: DATABASES as Django reads it, and the database exceptions.

Reading DATABASES fills in every alias's defaults, in the reader's own dicts, as Django does
(so `settings.DATABASES` afterwards shows ENGINE, OPTIONS, TEST... for each alias). An empty
DATABASES gets a "dummy" default; one without "default" is refused. No connection is ever
opened: the mini Django has no database backends.
"""

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


class _Connection:
    """What connections[alias] gives here: the alias and its settings, never a connection."""

    def __init__(self, settings_dict, alias):
        self.settings_dict, self.alias = settings_dict, alias

    def close(self):
        pass


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
        return _Connection(self.settings[alias], alias)
