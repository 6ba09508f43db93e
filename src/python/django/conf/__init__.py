"""django.conf.settings: the settings module named by DJANGO_SETTINGS_MODULE, on top of
django.conf.global_settings, read on first use (or what settings.configure() was given).

Reading a settings module validates it as Django does: the settings that must be sequences
(ALLOWED_HOSTS, INSTALLED_APPS, ...) must be lists or tuples, and TIME_ZONE must name a zone of
the system's zoneinfo database (as on a Linux server; see django.conf._zoneinfo). A value read
through `settings` is kept until the setting is assigned again.
"""

import copy
import importlib
import operator
import os
import time

from django._process import forgotten_by_new_process
from django.conf import global_settings
from django.core.exceptions import ImproperlyConfigured
from django.utils.functional import LazyObject, empty

ENVIRONMENT_VARIABLE = "DJANGO_SETTINGS_MODULE"
DEFAULT_STORAGE_ALIAS = "default"
STATICFILES_STORAGE_ALIAS = "staticfiles"

#: Settings a settings module must give as a list or a tuple.
_SEQUENCES = frozenset({"ALLOWED_HOSTS", "INSTALLED_APPS", "TEMPLATE_DIRS", "LOCALE_PATHS", "SECRET_KEY_FALLBACKS"})
#: URL settings that a relative value is read with the script prefix in front of ('static/' -> '/static/').
_PREFIXED_URLS = frozenset({"MEDIA_URL", "STATIC_URL"})


class SettingsReference(str):
    """A string that is the value of a setting but remembers which (for migrations)."""

    def __new__(cls, value, setting_name):
        reference = super().__new__(cls, value)
        reference.setting_name = setting_name
        return reference


_ABSOLUTE_URL_STARTS = ("http://", "https://", "/")
_READ_DIFFERENTLY = _PREFIXED_URLS | {"SECRET_KEY"}
_ModuleType = type(os)


def _as_read(name, value):
    """A setting's value as `settings.NAME` gives it (only these three are not as set)."""
    if name in _PREFIXED_URLS and value is not None and not value.startswith(_ABSOLUTE_URL_STARTS):
        from django.urls import get_script_prefix

        return get_script_prefix() + value
    if name == "SECRET_KEY" and not value:
        raise ImproperlyConfigured("The SECRET_KEY setting must not be empty.")
    return value


class LazySettings(LazyObject):
    """The settings, loaded from DJANGO_SETTINGS_MODULE the first time one is read. A value read
    is kept in the instance's __dict__, so the next read is a plain attribute."""

    def _setup(self, name=None):
        module = os.environ.get(ENVIRONMENT_VARIABLE)
        if not module:
            wanted = f"setting {name}" if name else "settings"
            raise ImproperlyConfigured(f"Requested {wanted}, but settings are not configured. You must either define the environment variable {ENVIRONMENT_VARIABLE} or call settings.configure() before accessing settings.")
        self._wrapped = Settings(module)

    configured = property(lambda self: self._wrapped is not empty, doc="Whether the settings are loaded or given.")

    def __repr__(self):
        shown = f'"{self._wrapped.SETTINGS_MODULE}"' if self.configured else "[Unevaluated]"
        return f"<LazySettings {shown}>"

    def __getattr__(self, name):
        wrapped = self._wrapped
        if wrapped is empty:
            self._setup(name=name)
            wrapped = self._wrapped
        value = getattr(wrapped, name)
        if name in _READ_DIFFERENTLY:
            value = _as_read(name, value)
        vars(self)[name] = value
        return value

    def __setattr__(self, name, value):
        # A new settings object forgets every value read; a setting set forgets its own.
        read = vars(self)
        if name == "_wrapped":
            read.clear()
        read.pop(name, None)
        LazyObject.__setattr__(self, name, value)

    def __delattr__(self, name):
        LazyObject.__delattr__(self, name)
        vars(self).pop(name, None)

    def configure(self, default_settings=global_settings, **options):
        """Use these settings instead of a settings module (before any setting is read)."""
        if self.configured:
            raise RuntimeError("Settings already configured.")
        lower_case = [name for name in options if not name.isupper()]
        if lower_case:
            raise TypeError(f"Setting {lower_case[0]!r} must be uppercase.")
        given = UserSettingsHolder(default_settings)
        vars(given).update(options)
        self._wrapped = given


def _defaults():
    """The global defaults by name (the objects themselves, as Django copies them)."""
    if not _default_names:
        _default_names.extend(name for name in dir(global_settings) if name.isupper())
        _default_values.append(operator.itemgetter(*_default_names))
    try:
        # Read from the module's namespace in one call: every project reads all of them.
        return dict(zip(_default_names, _default_values[0](vars(global_settings))))
    except (KeyError, TypeError):  # a default deleted: getattr says so as Django would
        return {name: getattr(global_settings, name) for name in _default_names}


_default_names = []
_default_values = []  # the getter of their values, made with the names


def _settings_in(module):
    """The module's upper-case names and values, in dir() order, refusing the first sequence
    setting that is not a list or a tuple."""
    found = {}
    namespace = vars(module) if type(module) is _ModuleType else None
    if namespace is not None and "__dir__" not in namespace:
        # What dir() and getattr() give for a plain module, read from its namespace at once.
        found = {name: namespace[name] for name in sorted(namespace) if name.isupper()}
        for name in sorted(_SEQUENCES.intersection(found)):  # the first in dir() order
            _refuse_non_sequence(name, found[name])
        return found
    for name in dir(module):
        if name.isupper():
            value = found[name] = getattr(module, name)
            if name in _SEQUENCES:
                _refuse_non_sequence(name, value)
    return found


def _refuse_non_sequence(name, value):
    if not isinstance(value, (list, tuple)):
        raise ImproperlyConfigured(f"The {name} setting must be a list or a tuple.")


def _use_time_zone(zone):
    """Refuse a TIME_ZONE that names nothing in the zoneinfo database, then make it the
    process's time zone (the TZ variable), as Django does where the system has one."""
    if not zone:
        return
    from django.conf._zoneinfo import zone_paths

    parts = [part for part in zone.split("/") if part not in ("", ".")]
    if parts and ".." not in parts and "/".join(parts) not in zone_paths():
        raise ValueError(f"Incorrect timezone setting: {zone}")
    os.environ["TZ"] = zone
    tzset = getattr(time, "tzset", None)  # Pyodide has none
    if tzset is not None:
        tzset()


class Settings:
    """The settings of a settings module: Django's defaults, then every upper-case name it has."""

    def __init__(self, settings_module):
        self.__dict__.update(_defaults(), SETTINGS_MODULE=settings_module)
        from_module = _settings_in(importlib.import_module(settings_module))
        self.__dict__.update(from_module)
        self._names_in_module = frozenset(from_module)  # what is_overridden() answers for
        _use_time_zone(self.TIME_ZONE)

    def is_overridden(self, setting):
        return setting in self._names_in_module

    def __repr__(self):
        return f'<{type(self).__name__} "{self.SETTINGS_MODULE}">'


def _never(setting):
    return False


class UserSettingsHolder:
    """The settings given to settings.configure(), over `default_settings`; a setting deleted
    here is gone, even if the defaults have it."""

    SETTINGS_MODULE = None

    def __init__(self, default_settings):
        vars(self).update(_deleted_names=set(), default_settings=default_settings)

    def __getattr__(self, name):
        if name.isupper() and name not in self._deleted_names:
            return getattr(self.default_settings, name)
        raise AttributeError

    def __setattr__(self, name, value):
        self._deleted_names.discard(name)
        object.__setattr__(self, name, value)

    def __delattr__(self, name):
        self._deleted_names.add(name)
        if name in vars(self) or hasattr(type(self), name):  # what hasattr() finds once it is deleted
            object.__delattr__(self, name)

    def __dir__(self):
        # Names set here and also in the defaults are listed twice, as in Django.
        return sorted(name for name in [*self.__dict__, *dir(self.default_settings)] if name not in self._deleted_names)

    def is_overridden(self, setting):
        if setting in self._deleted_names or setting in self.__dict__:
            return True
        return getattr(self.default_settings, "is_overridden", _never)(setting)

    def __repr__(self):
        return f"<{type(self).__name__}>"


settings = LazySettings()


#: The defaults as Django ships them. Django hands out the objects themselves (settings.MIDDLEWARE
#: of a project that does not set it *is* global_settings.MIDDLEWARE), and reading DATABASES fills
#: in the default dict: a new process must not see what an earlier project did to them.
_shipped_names = sorted(_defaults())
_handed_out = [getattr(global_settings, name) for name in _shipped_names]
_containers = [i for i, value in enumerate(_handed_out) if not isinstance(value, (str, int, float, type(None)))]
_as_shipped = copy.deepcopy([_handed_out[i] for i in _containers])
_current_values = operator.itemgetter(*_shipped_names)


def _untouched(current):
    """Whether every default is still the object handed out, and every container as shipped
    (compared in C: this runs before every project)."""
    if not all(map(operator.is_, current, _handed_out)):
        return False
    try:
        return [current[i] for i in _containers] == _as_shipped
    except Exception:  # a value put there whose comparison fails
        return False


def _restore_defaults():
    try:
        current = _current_values(vars(global_settings))
    except KeyError:  # a default was deleted
        current = None
    if current is not None and _untouched(current):
        return
    shipped = iter(copy.deepcopy(_as_shipped))
    containers = set(_containers)
    for i, name in enumerate(_shipped_names):
        value = next(shipped) if i in containers else _handed_out[i]
        setattr(global_settings, name, value)
        _handed_out[i] = value


@forgotten_by_new_process
def _forget_settings():
    settings._wrapped = empty
    _restore_defaults()
