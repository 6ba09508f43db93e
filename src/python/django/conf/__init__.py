"""django.conf.settings: the settings module named by DJANGO_SETTINGS_MODULE, on top of
django.conf.global_settings, read on first use (or what settings.configure() was given).

Reading a settings module validates it as Django does: the settings that must be sequences
(ALLOWED_HOSTS, INSTALLED_APPS, ...) must be lists or tuples, and TIME_ZONE must name a zone of
the system's zoneinfo database (as on a Linux server; see django.conf._zoneinfo). A value read
through `settings` is kept until the setting is assigned again.
"""

import copy
import importlib
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
        return str.__new__(cls, value)

    def __init__(self, value, setting_name):
        self.setting_name = setting_name


def _as_read(name, value):
    """A setting's value as `settings.NAME` gives it."""
    if name in _PREFIXED_URLS and value is not None:
        if value.startswith(("http://", "https://", "/")):
            return value
        from django.urls import get_script_prefix

        return f"{get_script_prefix()}{value}"
    if name == "SECRET_KEY" and not value:
        raise ImproperlyConfigured("The SECRET_KEY setting must not be empty.")
    return value


class LazySettings(LazyObject):
    """The settings, loaded from DJANGO_SETTINGS_MODULE the first time one is read."""

    def _setup(self, name=None):
        module = os.environ.get(ENVIRONMENT_VARIABLE)
        if not module:
            wanted = f"setting {name}" if name else "settings"
            raise ImproperlyConfigured(
                f"Requested {wanted}, but settings are not configured. You must either define the environment "
                f"variable {ENVIRONMENT_VARIABLE} or call settings.configure() before accessing settings."
            )
        self._wrapped = Settings(module)

    def __repr__(self):
        if self._wrapped is empty:
            return "<LazySettings [Unevaluated]>"
        return f'<LazySettings "{self._wrapped.SETTINGS_MODULE}">'

    def __getattr__(self, name):
        if self._wrapped is empty:
            self._setup(name)
        value = _as_read(name, getattr(self._wrapped, name))
        self.__dict__[name] = value  # the next read is a plain attribute
        return value

    def __setattr__(self, name, value):
        # Replacing the whole settings object forgets every value read; setting one forgets it.
        if name == "_wrapped":
            self.__dict__.clear()
        else:
            self.__dict__.pop(name, None)
        super().__setattr__(name, value)

    def __delattr__(self, name):
        super().__delattr__(name)
        self.__dict__.pop(name, None)

    def configure(self, default_settings=global_settings, **options):
        """Use these settings instead of a settings module (before any setting is read)."""
        if self._wrapped is not empty:
            raise RuntimeError("Settings already configured.")
        holder = UserSettingsHolder(default_settings)
        for name, value in options.items():
            if not name.isupper():
                raise TypeError(f"Setting {name!r} must be uppercase.")
            setattr(holder, name, value)
        self._wrapped = holder

    @property
    def configured(self):
        return self._wrapped is not empty


def _defaults():
    """The global defaults by name (the objects themselves, as Django copies them)."""
    if not _default_names:
        _default_names.extend(name for name in dir(global_settings) if name.isupper())
    return {name: getattr(global_settings, name) for name in _default_names}


_default_names = []


def _settings_in(module):
    """The module's upper-case names and values, in dir() order, refusing the first sequence
    setting that is not a list or a tuple."""
    found = {}
    for name in dir(module):
        if name.isupper():
            value = found[name] = getattr(module, name)
            if name in _SEQUENCES and not isinstance(value, (list, tuple)):
                raise ImproperlyConfigured(f"The {name} setting must be a list or a tuple.")
    return found


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
    if hasattr(time, "tzset"):
        time.tzset()


class Settings:
    """The settings of a settings module: Django's defaults, then every upper-case name it has."""

    def __init__(self, settings_module):
        self.__dict__.update(_defaults())
        self.SETTINGS_MODULE = settings_module
        explicit = _settings_in(importlib.import_module(settings_module))
        self.__dict__.update(explicit)
        self._explicit_settings = set(explicit)
        _use_time_zone(self.TIME_ZONE)

    def is_overridden(self, setting):
        return setting in self._explicit_settings

    def __repr__(self):
        return f'<{type(self).__name__} "{self.SETTINGS_MODULE}">'


def _never(setting):
    return False


class UserSettingsHolder:
    """The settings given to settings.configure(), over `default_settings`."""

    SETTINGS_MODULE = None

    def __init__(self, default_settings):
        self.__dict__["_deleted"] = set()
        self.default_settings = default_settings

    def __getattr__(self, name):
        if name in self._deleted or not name.isupper():
            raise AttributeError
        return getattr(self.default_settings, name)

    def __setattr__(self, name, value):
        self._deleted.discard(name)
        super().__setattr__(name, value)

    def __delattr__(self, name):
        self._deleted.add(name)
        if hasattr(self, name):
            super().__delattr__(name)

    def __dir__(self):
        # Names set here and also in the defaults are listed twice, as in Django.
        return sorted(name for name in [*self.__dict__, *dir(self.default_settings)] if name not in self._deleted)

    def is_overridden(self, setting):
        if setting in self._deleted or setting in self.__dict__:
            return True
        return getattr(self.default_settings, "is_overridden", _never)(setting)

    def __repr__(self):
        return f"<{type(self).__name__}>"


settings = LazySettings()


#: The defaults as Django ships them. Django hands out the objects themselves (settings.MIDDLEWARE
#: of a project that does not set it *is* global_settings.MIDDLEWARE), and reading DATABASES fills
#: in the default dict: a new process must not see what an earlier project did to them.
_pristine_defaults = copy.deepcopy(_defaults())


@forgotten_by_new_process
def _forget_settings():
    settings._wrapped = empty
    for name, value in _pristine_defaults.items():
        current = getattr(global_settings, name, empty)
        if type(current) is not type(value) or current != value:
            setattr(global_settings, name, copy.deepcopy(value))
