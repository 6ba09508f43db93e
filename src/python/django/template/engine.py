"""The Django template language's engine: its options, the tag libraries it loads when it is
built, and finding templates through its loaders.

DjangoTemplates (backends/django.py) builds one from a TEMPLATES entry. Building it imports
every library (`libraries`, `builtins`, Django's own), which is how an error in a templatetags
module reaches `manage.py check`. Loaders are imported only when a template is looked for.
"""

import functools

from django.core.exceptions import ImproperlyConfigured
from django.utils.functional import cached_property
from django.utils.module_loading import import_string

from .base import Template
from .exceptions import TemplateDoesNotExist
from .library import import_library

# The context processor every template rendered with a request gets, before the configured ones.
BUILTIN_CONTEXT_PROCESSORS = ("django.template.context_processors.csrf",)

# How the repr shows each option: always, or only when it is set; with str() or repr().
_SHOWN = (
    ("dirs", False, repr),
    ("app_dirs", True, str),
    ("context_processors", False, repr),
    ("debug", True, str),
    ("loaders", True, repr),
    ("string_if_invalid", True, repr),
    ("file_charset", True, repr),
    ("libraries", False, repr),
    ("builtins", False, repr),
    ("autoescape", True, repr),
)


def _default_loaders(app_dirs):
    """Without `loaders`: the file system (and the apps' folders with app_dirs), cached."""
    found_by = ["django.template.loaders.filesystem.Loader"]
    if app_dirs:
        found_by.append("django.template.loaders.app_directories.Loader")
    return [("django.template.loaders.cached.Loader", found_by)]


class Engine:
    default_builtins = ["django.template.defaulttags", "django.template.defaultfilters", "django.template.loader_tags"]

    def __init__(self, dirs=None, app_dirs=False, context_processors=None, debug=False, loaders=None,
                 string_if_invalid="", file_charset="utf-8", libraries=None, builtins=None, autoescape=True):
        if loaders is None:
            loaders = _default_loaders(app_dirs)
        elif app_dirs:
            raise ImproperlyConfigured("app_dirs must not be set when loaders is defined.")
        vars(self).update(
            dirs=[] if dirs is None else dirs,
            app_dirs=app_dirs,
            autoescape=autoescape,
            context_processors=[] if context_processors is None else context_processors,
            debug=debug,
            loaders=loaders,
            string_if_invalid=string_if_invalid,
            file_charset=file_charset,
            libraries={} if libraries is None else libraries,
        )
        # Importing the libraries is what fails for a broken one: first `libraries`, then builtins.
        self.template_libraries = self.get_template_libraries(self.libraries)
        self.builtins = self.default_builtins + ([] if builtins is None else builtins)
        self.template_builtins = self.get_template_builtins(self.builtins)

    def __repr__(self):
        shown = "".join(
            f" {option}={show(getattr(self, option))}" for option, always, show in _SHOWN if always or getattr(self, option)
        )
        return f"<{type(self).__qualname__}:{shown}>"

    @staticmethod
    def get_default():
        """The Engine of the first DjangoTemplates backend in TEMPLATES (what Template("...")
        uses when it is given no engine)."""
        return _default_engine()

    @cached_property
    def template_context_processors(self):
        return tuple(map(import_string, (*BUILTIN_CONTEXT_PROCESSORS, *self.context_processors)))

    def get_template_builtins(self, builtins):
        return list(map(import_library, builtins))

    def get_template_libraries(self, libraries):
        return {name: import_library(path) for name, path in libraries.items()}

    # ---- finding templates ---------------------------------------------------------------

    @cached_property
    def template_loaders(self):
        return self.get_template_loaders(self.loaders)

    def get_template_loaders(self, template_loaders):
        built = map(self.find_template_loader, template_loaders)
        return [loader for loader in built if loader is not None]

    def find_template_loader(self, loader):
        """A loader built from a `loaders` entry: 'dotted.path.Loader' or ('dotted.path', *args)."""
        path, args = (loader[0], loader[1:]) if isinstance(loader, (tuple, list)) else (loader, ())
        if not isinstance(path, str):
            raise ImproperlyConfigured("Invalid value in template loaders configuration: %r" % path)
        return import_string(path)(self, *args)

    def find_template(self, name, dirs=None, skip=None):
        """(template, origin) from the first loader that has `name`; the misses of all of them
        in the TemplateDoesNotExist otherwise."""
        looked_at = []
        for loader in self.template_loaders:
            found = _found_by(loader, name, skip, looked_at)
            if found is not None:
                return found, found.origin
        raise TemplateDoesNotExist(name, tried=looked_at)

    def from_string(self, template_code):
        return Template(template_code, engine=self)

    def get_template(self, template_name):
        found, origin = self.find_template(template_name)
        # A loader may give the source rather than a Template.
        return found if hasattr(found, "render") else Template(found, origin, template_name, engine=self)

    def select_template(self, template_name_list):
        """The first of the names that exists."""
        missing = []
        for name in template_name_list:
            try:
                return self.get_template(name)
            except TemplateDoesNotExist as not_found:
                missing += [not_found.args[0]] if not_found.args[0] not in missing else []
        raise TemplateDoesNotExist(", ".join(missing) if template_name_list else "No template names provided")

    def render_to_string(self, template_name, context=None):
        several = isinstance(template_name, (list, tuple))
        found = self.select_template(template_name) if several else self.get_template(template_name)
        from .context import Context

        return found.render(context if isinstance(context, Context) else Context(context, autoescape=self.autoescape))


def _found_by(loader, name, skip, looked_at):
    """The loader's template `name`, or None, with where it looked added to `looked_at`."""
    try:
        return loader.get_template(name, skip=skip)
    except TemplateDoesNotExist as missing:
        looked_at.extend(missing.tried)
        return None


@functools.cache
def _default_engine():
    from django.template import engines
    from django.template.backends.django import DjangoTemplates

    django_backends = [backend for backend in engines.all() if isinstance(backend, DjangoTemplates)]
    if not django_backends:
        raise ImproperlyConfigured("No DjangoTemplates backend is configured.")
    return django_backends[0].engine
