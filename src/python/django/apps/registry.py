"""The app registry (`django.apps.apps`), filled from INSTALLED_APPS by django.setup().

populate() goes in Django's three phases, and the first error ends it: each entry becomes an
AppConfig (importing the app's module and its apps submodule), then each app's models module
is imported, then each config's ready() runs (the admin's imports every app's admin module).
Models register themselves in `all_models`, which lasts as long as the interpreter (as in
Django, where a module is imported once); which apps are installed lasts for one process.
"""

import warnings
from collections import Counter, defaultdict

from django._process import forgotten_by_new_process
from django.core.exceptions import AppRegistryNotReady, ImproperlyConfigured

from .config import AppConfig


class Apps:
    def __init__(self, installed_apps=()):
        self.all_models = defaultdict(dict)  # app label -> lower-case model name -> model
        self._not_populated()
        if installed_apps is not None:
            self.populate(installed_apps)

    def _not_populated(self):
        self.app_configs = {}  # label -> AppConfig, in INSTALLED_APPS order
        self.apps_ready = self.models_ready = self.ready = False
        self.loading = False

    def populate(self, installed_apps=None):
        """Load each app's config, then its models, then run its ready() (once per process)."""
        if self.ready:
            return
        if self.loading:
            raise RuntimeError("populate() isn't reentrant")
        self.loading = True  # stays set if this fails, as in Django
        for entry in installed_apps:
            self._add_config(entry if isinstance(entry, AppConfig) else AppConfig.create(entry))
        repeated = [name for name, times in Counter(c.name for c in self.app_configs.values()).most_common() if times > 1]
        if repeated:
            raise ImproperlyConfigured(f"Application names aren't unique, duplicates: {', '.join(repeated)}")
        self.apps_ready = True
        for app_config in self.app_configs.values():
            app_config.import_models()
        self.models_ready = True
        for app_config in self.get_app_configs():
            app_config.ready()
        self.ready = True

    def _add_config(self, app_config):
        if app_config.label in self.app_configs:
            raise ImproperlyConfigured(f"Application labels aren't unique, duplicates: {app_config.label}")
        self.app_configs[app_config.label] = app_config
        app_config.apps = self

    def check_apps_ready(self):
        if not self.apps_ready:
            raise AppRegistryNotReady("Apps aren't loaded yet.")

    def check_models_ready(self):
        if not self.models_ready:
            raise AppRegistryNotReady("Models aren't loaded yet.")

    def get_app_configs(self):
        self.check_apps_ready()
        return self.app_configs.values()

    def get_app_config(self, app_label):
        self.check_apps_ready()
        if app_label in self.app_configs:
            return self.app_configs[app_label]
        message = f"No installed app with label '{app_label}'."
        by_name = [c.label for c in self.app_configs.values() if c.name == app_label]
        if by_name:
            message += f" Did you mean '{by_name[0]}'?"
        raise LookupError(message)

    def is_installed(self, app_name):
        self.check_apps_ready()
        return any(app_config.name == app_name for app_config in self.app_configs.values())

    def get_containing_app_config(self, object_name):
        """The innermost installed app whose package holds the dotted path, or None."""
        self.check_apps_ready()
        holders = [
            app_config
            for app_config in self.app_configs.values()
            if object_name == app_config.name or object_name.startswith(app_config.name + ".")
        ]
        return max(holders, key=lambda app_config: len(app_config.name)) if holders else None

    def get_models(self, include_auto_created=False, include_swapped=False):
        self.check_models_ready()
        return [
            model
            for app_config in self.app_configs.values()
            for model in app_config.get_models(include_auto_created, include_swapped)
        ]

    def get_model(self, app_label, model_name=None, require_ready=True):
        """The model 'app_label.ModelName' (or app_label, model_name); case-insensitive name."""
        if require_ready:
            self.check_models_ready()
        else:
            self.check_apps_ready()
        if model_name is None:
            app_label, model_name = app_label.split(".")  # ValueError unless exactly one dot
        app_config = self.get_app_config(app_label)
        if not require_ready and app_config.models is None:
            app_config.import_models()
        return app_config.get_model(model_name, require_ready=require_ready)

    def register_model(self, app_label, model):
        name = model._meta.model_name
        known = self.all_models[app_label].get(name)
        if known is not None:
            if (known.__module__, known.__name__) != (model.__module__, model.__name__):
                raise RuntimeError(f"Conflicting '{name}' models in application '{app_label}': {known} and {model}.")
            warnings.warn(
                f"Model '{app_label}.{name}' was already registered. Reloading models is not advised as it can lead "
                "to inconsistencies, most notably with related models.",
                RuntimeWarning,
                stacklevel=2,
            )
        self.all_models[app_label][name] = model

    def clear_cache(self):
        """Django empties its caches of models here; this registry keeps none."""


apps = Apps(installed_apps=None)


@forgotten_by_new_process
def _forget_installed_apps():
    apps._not_populated()
