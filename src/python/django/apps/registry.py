"""The app registry (`django.apps.apps`), filled from INSTALLED_APPS by django.setup().

populate() goes through Django's three phases, and the first error ends it: each entry becomes
an AppConfig (importing the app's module and its apps submodule); each app's models module is
imported; each config's ready() runs (the admin's imports every app's admin module). The phase
reached is one number; `apps_ready`, `models_ready` and `ready` read it.

Models register themselves in `all_models`, which lasts as long as the interpreter (as in
Django, where a module is imported once); which apps are installed lasts for one process.
"""

import warnings
from collections import Counter, defaultdict

from django._process import forgotten_by_new_process
from django.core.exceptions import AppRegistryNotReady, ImproperlyConfigured

from .config import AppConfig

_NOTHING, _CONFIGS, _MODELS, _READY = range(4)
#: What asking too early says, by the phase that was needed.
_NOT_YET = {_CONFIGS: "Apps aren't loaded yet.", _MODELS: "Models aren't loaded yet."}


class Apps:
    def __init__(self, installed_apps=()):
        self.all_models = defaultdict(dict)  # app label -> lower-case model name -> model
        self._start_over()
        if installed_apps is None:
            return  # the main registry: django.setup() populates it
        self.populate(installed_apps=installed_apps)

    def _start_over(self):
        self.app_configs = {}  # label -> AppConfig, in INSTALLED_APPS order
        self._phase = _NOTHING
        self._populating = False

    apps_ready = property(lambda self: self._phase >= _CONFIGS)
    models_ready = property(lambda self: self._phase >= _MODELS)
    ready = property(lambda self: self._phase >= _READY)
    loading = property(lambda self: self._populating)

    def populate(self, installed_apps=None):
        """Load each app's config, then its models, then run its ready() (once per process)."""
        if self._phase == _READY:
            return
        if self._populating:
            raise RuntimeError("populate() isn't reentrant")
        self._populating = True  # stays set if this fails, as in Django
        for item in installed_apps:
            self._register(item if isinstance(item, AppConfig) else AppConfig.create(item))
        names = Counter(config.name for config in self.app_configs.values())
        twice = [name for name, seen in names.most_common() if seen > 1]
        if twice:
            raise ImproperlyConfigured("Application names aren't unique, duplicates: " + ", ".join(twice))
        self._phase = _CONFIGS
        for config in list(self.app_configs.values()):
            config.import_models()
        self._phase = _MODELS
        for config in list(self.app_configs.values()):
            config.ready()
        self._phase = _READY

    def _register(self, config):
        if config.label in self.app_configs:
            raise ImproperlyConfigured(f"Application labels aren't unique, duplicates: {config.label}")
        config.apps = self
        self.app_configs[config.label] = config

    def _require(self, phase):
        if self._phase >= phase:
            return
        if phase == _CONFIGS:
            # Settings that are not configured say so more helpfully (ImproperlyConfigured).
            from django.conf import settings

            settings.INSTALLED_APPS
        raise AppRegistryNotReady(_NOT_YET[phase])

    def check_apps_ready(self):
        self._require(_CONFIGS)

    def check_models_ready(self):
        self._require(_MODELS)

    def get_app_configs(self):
        self._require(_CONFIGS)
        return self.app_configs.values()  # a live view, as in Django

    def get_app_config(self, app_label):
        self._require(_CONFIGS)
        found = self.app_configs.get(app_label)
        if found is not None:
            return found
        same_name = [config.label for config in self.app_configs.values() if config.name == app_label]
        suggestion = f" Did you mean '{same_name[0]}'?" if same_name else ""
        raise LookupError(f"No installed app with label '{app_label}'.{suggestion}")

    def is_installed(self, app_name):
        self._require(_CONFIGS)
        return app_name in {config.name for config in self.app_configs.values()}

    def get_containing_app_config(self, object_name):
        """The innermost installed app whose package holds the dotted path, or None."""
        self._require(_CONFIGS)
        holders = [
            config
            for config in self.app_configs.values()
            if object_name == config.name or object_name.startswith(config.name + ".")
        ]
        return max(holders, key=lambda config: len(config.name)) if holders else None

    def get_models(self, include_auto_created=False, include_swapped=False):
        self._require(_MODELS)
        found = []
        for config in self.app_configs.values():
            found += config.get_models(include_auto_created, include_swapped)
        return found

    def get_model(self, app_label, model_name=None, require_ready=True):
        """The model 'app_label.ModelName' (or app_label, model_name); case-insensitive name."""
        self._require(_MODELS if require_ready else _CONFIGS)
        # 'label.Name' must have exactly one dot (ValueError otherwise).
        label, name = app_label.split(".") if model_name is None else (app_label, model_name)
        config = self.get_app_config(label)
        if config.models is None and not require_ready:
            config.import_models()
        return config.get_model(name, require_ready=require_ready)

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


apps = Apps(None)  # the main registry: populated by django.setup()


@forgotten_by_new_process
def _forget_installed_apps():
    apps._start_over()
