"""The DjangoTemplates backend: an Engine built from a TEMPLATES entry, and its checks.

Building it imports every template tag library it can use: Django's own, each installed app's
`templatetags` package (searched anew each time, so the libraries always follow
INSTALLED_APPS and the files as they are now), and OPTIONS' `libraries` and `builtins`. An
error in one of those modules therefore surfaces when the template checks build the engines.

Checks: templates.E002 (string_if_invalid is not a string) and templates.W003 (one library
name for several modules).
"""

from collections import defaultdict
from dataclasses import dataclass
from importlib import import_module
from pkgutil import walk_packages

from django.apps import apps
from django.conf import settings
from django.core.checks import Error, Warning
from django.template.engine import Engine
from django.template.exceptions import TemplateDoesNotExist
from django.template.library import import_failure

from .base import BaseEngine, split_options

# The OPTIONS this backend fills in when they are not given (debug: settings.DEBUG).
_OPTION_DEFAULTS = (("autoescape", lambda: True), ("debug", lambda: settings.DEBUG), ("file_charset", lambda: "utf-8"))


class DjangoTemplates(BaseEngine):
    app_dirname = "templates"

    def __init__(self, params):
        entry, options = split_options(params)
        for option, default in _OPTION_DEFAULTS:
            options.setdefault(option, default())
        options["libraries"] = self.get_templatetag_libraries(options.get("libraries", {}))
        super().__init__(entry)
        # An OPTIONS key Engine() does not take is its TypeError, as in Django.
        self.engine = Engine(self.dirs, self.app_dirs, **options)

    def from_string(self, template_code):
        return self._backend_template(self.engine.from_string, template_code)

    def get_template(self, template_name):
        return self._backend_template(self.engine.get_template, template_name)

    def _backend_template(self, find, argument):
        try:
            found = find(argument)
        except TemplateDoesNotExist as missing:
            reraise(missing, self)
        return Template(found, self)

    def get_templatetag_libraries(self, custom_libraries):
        """The installed apps' libraries by name, with `custom_libraries` over them."""
        by_name = get_installed_libraries()
        by_name.update(custom_libraries)  # a dict or pairs, as dict.update() takes them
        return by_name

    # ---- checks ---------------------------------------------------------------------------

    def check(self, **kwargs):
        return [*self._check_string_if_invalid_is_string(), *self._check_for_template_tags_with_the_same_name()]

    def _about_this_entry(self, **where):
        from django.template import engines

        return {"obj": self, "setting": "TEMPLATES", "index": engines.index_of(self), **where}

    def _check_string_if_invalid_is_string(self):
        shown_for_invalid = self.engine.string_if_invalid
        if isinstance(shown_for_invalid, str):
            return []
        return [
            Error(
                "'string_if_invalid' in TEMPLATES OPTIONS must be a string but got: %r (%s)."
                % (shown_for_invalid, type(shown_for_invalid)),
                id="templates.E002",
                **self._about_this_entry(key=("OPTIONS", "string_if_invalid")),
            )
        ]

    def _check_for_template_tags_with_the_same_name(self):
        # Every module each name stands for: the installed apps' (and Django's) libraries, and
        # this engine's, which are those with OPTIONS' `libraries` over them.
        modules = defaultdict(set)
        for name, module_path in (*get_template_tag_modules(), *self.engine.libraries.items()):
            modules[name].add(module_path)
        return [
            Warning(
                "%r is used for multiple template tag modules: %s" % (name, ", ".join(map(repr, sorted(paths)))),
                id="templates.W003",
                **self._about_this_entry(),
            )
            for name, paths in modules.items()
            if len(paths) > 1
        ]


@dataclass(eq=False)
class Template:
    """A template of this backend: the Engine's template, with the backend's ways to render."""

    template: object
    backend: object

    @property
    def origin(self):
        return self.template.origin

    def render(self, context=None, request=None):
        from django.template.context import make_context

        context = make_context(context, request, autoescape=self.backend.engine.autoescape)
        try:
            rendered = self.template.render(context)
        except TemplateDoesNotExist as missing:  # an {% include %} that is not there
            reraise(missing, self.backend)
        return rendered


def copy_exception(exc, backend=None):
    """A new TemplateDoesNotExist like `exc` (of `backend`, if given), so the original can be
    kept (cached) while the copy is raised."""
    copy = type(exc)(*exc.args, tried=exc.tried, backend=backend or exc.backend, chain=exc.chain)
    extras = {name: value for name, value in vars(exc).items() if name not in ("tried", "backend", "chain")}
    vars(copy).update(extras)  # template_debug, when the engine attached it
    return copy


def reraise(exc, backend):
    """Raise `exc` again as this backend's."""
    raise copy_exception(exc, backend) from exc


# ---- the template tag libraries of Django and of the installed apps -------------------------


def get_template_tag_modules():
    """(name, module path) of every library in Django's and the installed apps' templatetags
    packages, in INSTALLED_APPS order: ('static', 'django.templatetags.static'), ..."""
    packages = ["django.templatetags", *(f"{config.name}.templatetags" for config in apps.get_app_configs())]
    for package in packages:
        for module_path in _libraries_in_package(package):
            yield module_path[len(package) + 1 :], module_path


def get_installed_libraries():
    """{name: module path} of those libraries (a later one of the same name wins)."""
    return dict(get_template_tag_modules())


def get_package_libraries(pkg):
    """The modules below package `pkg` (at any depth) that define `register`."""
    for found in walk_packages(pkg.__path__, pkg.__name__ + "."):
        try:
            module = import_module(found.name)
        except ImportError as failure:
            raise import_failure(found.name, failure) from failure
        if hasattr(module, "register"):
            yield found.name


def _libraries_in_package(package):
    """The library modules of `package` (none when it does not import or is not a package)."""
    found = _libraries_of_django.get(package)
    if found is None:
        found = _search_package(package)
        if package.startswith("django."):
            _libraries_of_django[package] = found
    return found


def _search_package(package):
    try:
        pkg = import_module(package)
    except ImportError:
        return ()  # this app has no templatetags package
    return tuple(get_package_libraries(pkg)) if hasattr(pkg, "__path__") else ()


# Django's own packages do not change while the engine runs, so the libraries found in them
# (django.templatetags, a contrib app's templatetags, or their absence) are kept for the
# engine's life: facts about Django's files, which a new process need not forget. A project's
# apps are searched every time.
_libraries_of_django = {}
