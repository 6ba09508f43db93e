"""What Django's per-alias handlers share (caches, databases): a mapping from the aliases of
a setting (CACHES, DATABASES) to objects made on first use and kept.

The setting is read once, when an alias is first looked up. Objects are kept as attributes of
a namespace, as Django keeps them (per thread), so an alias that is not a string fails as it
does there ("attribute name must be string").
"""

from types import SimpleNamespace

from django.utils.functional import cached_property


class ConnectionProxy:
    """Stands for handler[alias] (e.g. django.core.cache.cache), looking it up on each use."""

    def __init__(self, connections, alias):
        vars(self).update(_connections=connections, _alias=alias)

    def _target(self):
        return self._connections[self._alias]

    def __getattr__(self, name):
        return getattr(self._target(), name)

    def __setattr__(self, name, value):
        setattr(self._target(), name, value)

    def __delattr__(self, name):
        delattr(self._target(), name)

    def __contains__(self, key):
        return key in self._target()

    def __eq__(self, other):
        return self._target() == other


class ConnectionDoesNotExist(Exception):
    pass


_NOT_MADE = object()


class BaseConnectionHandler:
    settings_name = None  # the setting a handler reads: "CACHES", "DATABASES"
    exception_class = ConnectionDoesNotExist  # raised for an alias the setting lacks
    thread_critical = False

    def __init__(self, settings=None):
        self._given_settings = settings
        self._forget()

    def _forget(self):
        """Back to nothing read and nothing made (a new process)."""
        vars(self).pop("settings", None)
        self._connections = SimpleNamespace()

    @cached_property
    def settings(self):
        """The setting, as configure_settings() reads it the first time it is needed."""
        return self.configure_settings(self._given_settings)

    def configure_settings(self, settings):
        if settings is not None:
            return settings
        from django.conf import settings as django_settings

        return getattr(django_settings, self.settings_name)

    def create_connection(self, alias):
        raise NotImplementedError("Subclasses must implement create_connection().")

    def __getitem__(self, alias):
        made = getattr(self._connections, alias, _NOT_MADE)
        if made is _NOT_MADE:
            known = self.settings
            if alias not in known:
                raise self.exception_class(f"The connection '{alias}' doesn't exist.")
            made = self.create_connection(alias)
            setattr(self._connections, alias, made)
        return made

    def __setitem__(self, alias, connection):
        setattr(self._connections, alias, connection)

    def __delitem__(self, alias):
        delattr(self._connections, alias)

    def __iter__(self):
        yield from self.settings

    def all(self, initialized_only=False):
        return [self[alias] for alias in self if not initialized_only or hasattr(self._connections, alias)]

    def close_all(self):
        for made in self.all(initialized_only=True):
            made.close()
