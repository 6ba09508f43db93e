"""The TEMPLATES setting read into engines: `engines["django"]` builds that engine on first use.

Reading TEMPLATES fills each entry's defaults and refuses what Django refuses: an entry whose
BACKEND is missing or has no dot (ImproperlyConfigured), and two entries with one alias (NAME,
by default the backend's module name: "django" for DjangoTemplates).
"""

from collections import Counter
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.utils.functional import cached_property
from django.utils.module_loading import import_string


class InvalidTemplateEngineError(ImproperlyConfigured):
    pass


def _default_alias(entry):
    """'django' for 'django.template.backends.django.DjangoTemplates': the module's name."""
    try:
        parts = entry["BACKEND"].rsplit(".", 2)
    except Exception:  # no BACKEND, or not a string (or the entry is not a dict)
        parts = []
    if len(parts) > 1:
        return parts[-2]
    # An entry that is not a dict fails on .get(), with the AttributeError Django gives.
    shown = entry.get("BACKEND", "<not defined>")
    raise ImproperlyConfigured(f"Invalid BACKEND for a template engine: {shown}. Check your TEMPLATES setting.")


class EngineHandler:
    """The configured template engines, by alias; each built the first time it is asked for."""

    def __init__(self, templates=None):
        """templates: entries shaped like settings.TEMPLATES (by default, that setting)."""
        vars(self).update(_templates=templates, _engines={})

    @cached_property
    def templates(self):
        """{alias: the entry with its defaults}, in TEMPLATES order."""
        configured = settings.TEMPLATES if self._templates is None else self._templates
        by_alias = {}
        seen = Counter()
        for entry in configured:
            complete = {"NAME": _default_alias(entry), "DIRS": [], "APP_DIRS": False, "OPTIONS": {}, **entry}
            by_alias[complete["NAME"]] = complete
            seen[complete["NAME"]] += 1
        repeated = [alias for alias, count in seen.most_common() if count > 1]
        if repeated:
            raise ImproperlyConfigured("Template engine aliases aren't unique, duplicates: {}. "
                                       "Set a unique NAME for each engine in settings.TEMPLATES.".format(", ".join(repeated)))
        return by_alias

    def __getitem__(self, alias):
        built = self._engines.get(alias)
        if built is not None:
            return built
        if alias not in self.templates:
            raise InvalidTemplateEngineError(f"Could not find config for '{alias}' in settings.TEMPLATES")
        # A copy, so that an engine that fails to build can be asked for again with the same entry.
        params = dict(self.templates[alias])
        backend = import_string(params.pop("BACKEND"))
        self._engines[alias] = engine = backend(params)
        return engine

    def __iter__(self):
        yield from self.templates

    def all(self):
        """Every engine, in TEMPLATES order (all of them built)."""
        return list(map(self.__getitem__, self.templates))

    def index_of(self, engine):
        """The position in TEMPLATES of the entry `engine` was built from, or None (an engine
        built by hand, or by another handler)."""
        for index, alias in enumerate(self.__dict__.get("templates", ())):
            if self._engines.get(alias) is engine:
                return index
        return None

    def reset(self):
        """Forget the entries and the engines built from them (a new process starts without)."""
        self.__dict__.pop("templates", None)
        self._engines.clear()


def get_app_template_dirs(dirname):
    """The `dirname` folder of each installed app that has one ('templates', 'jinja2'), as Paths."""
    candidates = (Path(config.path) / dirname for config in apps.get_app_configs() if config.path)
    return tuple(folder for folder in candidates if folder.is_dir())
