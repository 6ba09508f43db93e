"""AppConfig: what Django knows of one INSTALLED_APPS entry.

An entry is a module path ('blog', 'django.contrib.admin') or the path of an AppConfig class
('blog.apps.BlogConfig'). For a module, the AppConfig subclass its `apps` submodule defines is
used (the one marked `default = True` when there are several); without one, a plain AppConfig.
What an entry that is neither raises is the error Django raises, in the order Django tries
things, because that error is what a reader with a typo in INSTALLED_APPS sees.
"""

import os
from importlib import import_module

from django.core.exceptions import ImproperlyConfigured
from django.utils.functional import cached_property
from django.utils.module_loading import import_string, module_has_submodule

APPS_MODULE_NAME = "apps"
MODELS_MODULE_NAME = "models"


class AppConfig:
    """One installed application: its name, label, module, folder and models."""

    def __init__(self, app_name, app_module):
        self.name, self.module = app_name, app_module
        self.apps = None  # the registry, once it has registered this config
        # label, verbose_name and path may be given by a subclass, as class attributes.
        self._unless_given("label", lambda: app_name.rpartition(".")[-1])
        label = self.label
        if not label.isidentifier():
            raise ImproperlyConfigured(f"The app label '{label}' is not a valid Python identifier.")
        self._unless_given("verbose_name", lambda: self.label.title())
        self._unless_given("path", lambda: _folder_of(app_module))
        self.models_module = None  # set by import_models() when the app has a models module
        self.models = None  # lower-case model name -> model, once import_models() ran

    def _unless_given(self, attribute, default):
        if not hasattr(self, attribute):
            setattr(self, attribute, default())

    def __repr__(self):
        return f"<{type(self).__name__}: {self.label}>"

    @cached_property
    def default_auto_field(self):
        from django.conf import settings

        return settings.DEFAULT_AUTO_FIELD

    @property
    def _is_default_auto_field_overridden(self):
        return type(self).default_auto_field is not AppConfig.default_auto_field

    @classmethod
    def create(cls, entry):
        """The app config for an entry of INSTALLED_APPS."""
        try:
            entry_module = import_module(entry)
        except Exception:  # not a module: perhaps the path of a config class
            entry_module, config_class = None, _config_class_at(entry, cls)
        else:
            config_class = _config_class_in(entry_module, entry, cls)
        if not issubclass(config_class, AppConfig):
            raise ImproperlyConfigured(f"'{entry}' isn't a subclass of AppConfig.")
        if entry_module is not None and config_class is cls:
            name = entry
        else:
            name = getattr(config_class, "name", _NO_NAME)
            if name is _NO_NAME:
                raise ImproperlyConfigured(f"'{entry}' must supply a name attribute.")
        return config_class(name, _import_app(name, config_class))

    def get_model(self, model_name, require_ready=True):
        """The model of this app with that (case-insensitive) name."""
        (self.apps.check_models_ready if require_ready else self.apps.check_apps_ready)()
        key = model_name.lower()
        if key not in self.models:
            raise LookupError(f"App '{self.label}' doesn't have a '{model_name}' model.")
        return self.models[key]

    def get_models(self, include_auto_created=False, include_swapped=False):
        self.apps.check_models_ready()
        for model in list(self.models.values()):
            options = model._meta
            if (include_auto_created or not options.auto_created) and (include_swapped or not options.swapped):
                yield model

    def import_models(self):
        """Import the app's models module, if it has one (its models register in self.models)."""
        self.models = self.apps.all_models[self.label]  # filled as models register
        if module_has_submodule(self.module, MODELS_MODULE_NAME):
            self.models_module = import_module(f"{self.name}.{MODELS_MODULE_NAME}")

    def ready(self):
        """Override this method in subclasses to run code when Django starts."""


_NO_NAME = object()


def _import_app(name, config_class):
    """The app's module; an app that cannot be imported is a misconfigured config class."""
    try:
        return import_module(name)
    except ImportError as error:
        where = f"{config_class.__module__}.{config_class.__qualname__}.name"
        raise ImproperlyConfigured(f"Cannot import '{name}'. Check that '{where}' is correct.") from error.__cause__


def _config_classes(module, base):
    """The AppConfig subclasses a module defines or imports, by name in alphabetical order (as
    inspect.getmembers() lists them), the base excluded."""
    return [
        (name, value)
        for name, value in sorted(vars(module).items())
        if isinstance(value, type) and issubclass(value, base) and value is not base
    ]


def _config_class_in(module, entry, base):
    """The config class for an app module: the one its apps submodule makes the default."""
    if not module_has_submodule(module, APPS_MODULE_NAME):
        return base
    apps_module_name = f"{entry}.{APPS_MODULE_NAME}"
    found = _config_classes(import_module(apps_module_name), base)
    candidates = [(name, value) for name, value in found if getattr(value, "default", True)]
    if len(candidates) == 1:
        return candidates[0][1]
    marked = [(name, value) for name, value in candidates if getattr(value, "default", False)]
    if len(marked) > 1:
        names = ", ".join(repr(name) for name, _ in marked)
        raise RuntimeError(f"{apps_module_name!r} declares more than one default AppConfig: {names}.")
    return marked[0][1] if marked else base


def _config_class_at(entry, base):
    """The class an entry that is not a module names; else the error Django gives for it."""
    try:
        return import_string(entry)
    except Exception:  # noqa: S110  (neither a module nor a class: say why, below)
        pass
    module_path, _, class_name = entry.rpartition(".")
    if not (module_path and class_name[0].isupper()):
        import_module(entry)  # raises what importing the entry as a module raises
        return None
    # It looks like a class path: say what the module offers instead.
    offered = [repr(name) for name, _ in _config_classes(import_module(module_path), base)]
    choices = f" Choices are: {', '.join(offered)}." if offered else ""
    raise ImportError(f"Module '{module_path}' does not contain a '{class_name}' class.{choices}")


def _folder_of(module):
    """The one folder of an app's module (a namespace package may have several, or none)."""
    folders = list(getattr(module, "__path__", []))
    if len(folders) != 1:
        source = getattr(module, "__file__", None)
        folders = list(set(folders)) if source is None else [os.path.dirname(source)]
    if len(folders) == 1:
        return folders[0]
    remedy = "you must configure this app with an AppConfig subclass with a 'path' class attribute."
    if folders:
        raise ImproperlyConfigured(f"The app module {module!r} has multiple filesystem locations ({folders!r}); {remedy}")
    raise ImproperlyConfigured(f"The app module {module!r} has no filesystem location, {remedy}")
