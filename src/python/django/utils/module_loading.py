"""Importing what settings name by dotted path, and finding modules inside installed apps.

- `import_string("django.middleware.common.CommonMiddleware")`: the attribute a path names.
- `module_has_submodule(package, "admin")`: whether a package has that module, without
  importing it.
- `autodiscover_modules("admin")`: import that module of every installed app that has it.
"""

import copy
import os
import sys
from importlib import import_module
from importlib.util import find_spec


def _loaded_module(module_path):
    """sys.modules' entry for `module_path` if it has finished importing, else None.

    A module still being imported (a circular import) is in sys.modules half-built; importing
    it again gives the same half-built module, but it is the import system that says so.
    """
    module = sys.modules.get(module_path)
    spec = getattr(module, "__spec__", None) if module else None
    if spec is None or getattr(spec, "_initializing", False) is not False:
        return None
    return module


def cached_import(module_path, class_name):
    """getattr(module, class_name), importing the module only if it is not fully loaded."""
    return getattr(_loaded_module(module_path) or import_module(module_path), class_name)


def import_string(dotted_path):
    """The object a dotted path names ('package.module.Name'), its module imported.

    ImportError when the path has no dot or the module lacks the name; whatever importing the
    module raises (ModuleNotFoundError, an error in its code) is raised as it is.
    """
    parts = dotted_path.rsplit(".", 1)
    if len(parts) != 2:
        raise ImportError("%s doesn't look like a module path" % dotted_path)
    module_path, name = parts
    try:
        return cached_import(module_path, name)
    except AttributeError as missing:
        raise ImportError('Module "%s" does not define a "%s" attribute/class' % (module_path, name)) from missing


def module_has_submodule(package, module_name):
    """Whether `package` (a package, not a plain module) has a submodule `module_name`.

    The submodule is looked for, not imported; its parents are, when the name is dotted.
    """
    package_name = getattr(package, "__name__", None)
    if package_name is None or not hasattr(package, "__path__"):
        return False
    full_name = f"{package_name}.{module_name}"
    if full_name not in sys.modules and _is_of_this_django(package):
        known = _submodules_of_this_django.get(full_name)
        if known is None:
            known = _submodules_of_this_django[full_name] = _finds_spec(full_name)
        return known
    return _finds_spec(full_name)


def _finds_spec(full_name):
    try:
        return find_spec(full_name) is not None
    except ModuleNotFoundError:  # a dotted name whose parent is not there
        return False


#: This Django's own files do not change while the interpreter lives: whether one of its
#: packages has a submodule (django.setup() asks for every app's models and admin modules, and
#: each miss searches the filesystem) is found out once.
_THIS_DJANGO_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__))) + os.sep
_submodules_of_this_django = {}


def _is_of_this_django(package):
    try:
        folders = list(package.__path__)
    except Exception:  # a namespace package whose parent is gone, or a strange object
        return False
    return bool(folders) and all(isinstance(folder, str) and folder.startswith(_THIS_DJANGO_DIR) for folder in folders)


def module_dir(module):
    """The directory of a module or a package that lives in one directory."""
    match list(getattr(module, "__path__", ())):
        case [folder]:  # a package in one folder (a namespace package may have several)
            return folder
    if getattr(module, "__file__", None) is None:
        raise ValueError("Cannot determine directory containing %s" % module)
    return os.path.dirname(module.__file__)


def autodiscover_modules(*args, **kwargs):
    """Import `<app>.<name>` for every installed app and every name in `args` ("admin").

    An app without that module is passed over; a module that is there but fails to import
    raises. With `register_to` (an object with a `_registry`, such as an AdminSite), the
    registry is put back as it was before a failed import, so the import can be tried again
    without NotRegistered/AlreadyRegistered errors.
    """
    from django.apps import apps

    registry_owner = kwargs.get("register_to")
    for config in apps.get_app_configs():
        for name in args:
            _discover(config, name, registry_owner)


def _discover(app_config, name, registry_owner):
    full_name = f"{app_config.name}.{name}"
    if full_name in _not_in_django:
        return
    saved = copy.copy(registry_owner._registry) if registry_owner else None
    try:
        import_module(full_name)
    except Exception:
        if registry_owner:
            registry_owner._registry = saved
        if module_has_submodule(app_config.module, name):
            raise
        if full_name.startswith("django."):
            _not_in_django.add(full_name)


# Django's own packages do not change while the engine runs, so a module found missing from
# one of them (django.contrib.sessions.admin) is not looked for again in later projects. It
# holds facts about Django's files, not anything a project did, so a new process keeps it.
_not_in_django = set()
