"""Stand-ins for the contrib apps' models (the course's mini Django has no ORM).

Defining a model class is where Django finds out whether the model's app is installed: using a
contrib app's models without the app in INSTALLED_APPS fails with Django's RuntimeError (and
with AppRegistryNotReady before the apps are loaded). A models module here declares its
models; each is made when first used in a process (`from django.contrib.sites.models import
Site`), for the project that process runs, with that check. A stand-in carries the `_meta` the
admin reads (app_label, model_name...), so it can be registered with an admin site; its
`objects` has no database behind it.
"""

from importlib import import_module
from types import SimpleNamespace

from django._process import forgotten_by_new_process
from django.apps import apps


class _NoDatabase:
    """A model's manager without a database: every query says so."""

    def __init__(self, model_name):
        self._model_name = model_name

    def __getattr__(self, method):
        def query(*args, **kwargs):
            raise NotImplementedError(f"The course's mini Django has no database ({self._model_name}.objects.{method}()).")

        return query


def _app_holding(module):
    """The installed app whose package holds `module` (AppRegistryNotReady before the apps are loaded)."""
    holding = [config for config in apps.get_app_configs() if module == config.name or module.startswith(config.name + ".")]
    return max(holding, key=lambda config: len(config.name), default=None)


def _not_installed(module, name):
    return RuntimeError("Model class %s.%s doesn't declare an explicit app_label and isn't in an application in "
                        "INSTALLED_APPS." % (module, name))


def _model_at(dotted_path):
    """The model `dotted_path` names, made if need be; what making it raises is raised as is
    (as a failing model definition is, in Django: not turned into an ImportError)."""
    module, name = dotted_path.rsplit(".", 1)
    model = getattr(import_module(module), name)
    # A model of ours that is a class (ContentType) is defined once, with the engine; in Django
    # each process defines it, and that fails without its app installed.
    if _app_holding(module) is None:
        raise _not_installed(module, name)
    return model


def reads_default_database():
    """What defining any model does to the database in Django: it asks the default alias's
    backend for its longest table name, which loads the backend (an ENGINE that cannot be
    imported fails there) and needs its `ops`."""
    from django.db import connection

    connection.ops.max_name_length()


def _made(module, name, verbose_names, needs):
    for dependency in needs:  # the models this one refers to are defined (imported) first
        _model_at(dependency)
    config = _app_holding(module)
    if config is None:
        raise _not_installed(module, name)
    reads_default_database()
    meta = SimpleNamespace(
        app_label=config.label,
        app_config=config,
        model_name=name.lower(),
        object_name=name,
        label=f"{config.label}.{name}",
        label_lower=f"{config.label}.{name.lower()}",
        verbose_name=verbose_names[0],
        verbose_name_plural=verbose_names[1],
        abstract=False,
        swapped=None,
        is_composite_pk=False,
    )
    return type(name, (), {"__module__": module, "_meta": meta, "objects": _NoDatabase(name)})


# (module, model name) -> the stand-in made in this process.
_made_in_this_process = {}


@forgotten_by_new_process
def _forget_models():
    _made_in_this_process.clear()


def declare_models(module, models, needs=()):
    """The `__getattr__` of models module `module`: {name: (verbose name, plural)} of its
    models; `needs`, the dotted paths of other apps' models they refer to."""

    def __getattr__(name):
        if name not in models:
            raise AttributeError(f"module {module!r} has no attribute {name!r}")
        key = (module, name)
        if key not in _made_in_this_process:
            _made_in_this_process[key] = _made(module, name, models[name], needs)
        return _made_in_this_process[key]

    return __getattr__


class ModelsStoodIn:
    """An AppConfig mixin: the app's models are made when the app loads its models module, as
    Django defines them then (so flatpages without sites fails in django.setup())."""

    def import_models(self):
        super().import_models()
        for name in getattr(self.models_module, "__all__", ()):
            getattr(self.models_module, name)


def needing_models(module, models, **attributes):
    """The `__getattr__` of a module whose names need some models (a view of flatpages needs
    FlatPage): each use of them makes the models first, so it fails as importing the module
    fails in Django when a model's app is not installed. `attributes` are the names, each a
    function making the value."""

    def __getattr__(name):
        for model in models:
            _model_at(model)
        if name not in attributes:
            raise AttributeError(f"module {module!r} has no attribute {name!r}")
        return attributes[name]()

    return __getattr__
