"""Naming views by dotted path: get_callable('blog.views.index') imports the view."""

import functools
from importlib import import_module

from django._process import forgotten_by_new_process
from django.core.exceptions import ViewDoesNotExist
from django.utils.module_loading import module_has_submodule


def get_mod_func(callback):
    """'blog.views.index' -> ('blog.views', 'index'); a name without a dot -> (name, '')."""
    module, dot, name = callback.rpartition(".")
    return (module, name) if dot else (callback, "")


@functools.cache
def get_callable(lookup_view):
    """The view `lookup_view` stands for: itself when callable, else what its dotted path
    names (ImportError or ViewDoesNotExist saying why there is none)."""
    return lookup_view if callable(lookup_view) else _view_at(lookup_view)


def _view_at(dotted):
    if not isinstance(dotted, str):
        raise ViewDoesNotExist("'%s' is not a callable or a dot-notation path" % dotted)
    module_name, attribute = get_mod_func(dotted)
    if not attribute:
        raise ImportError("Could not import '%s'. The path must be fully qualified." % dotted)
    module = _import_view_module(dotted, module_name)
    if not hasattr(module, attribute):
        raise ViewDoesNotExist("Could not import '%s'. View does not exist in module %s." % (dotted, module_name))
    view = getattr(module, attribute)
    if callable(view):
        return view
    raise ViewDoesNotExist("Could not import '%s.%s'. View is not callable." % (module_name, attribute))


def _import_view_module(dotted, module_name):
    """The module of a view's dotted path. When it cannot be imported because its parent has
    no such submodule, ViewDoesNotExist says so; any other ImportError is raised as it is."""
    try:
        return import_module(module_name)
    except ImportError:
        parent, child = get_mod_func(module_name)
        if not child or module_has_submodule(import_module(parent), child):
            raise
        raise ViewDoesNotExist("Could not import '%s'. Parent module %s does not exist." % (dotted, module_name))


# The views a process looked up by dotted path are its own.
forgotten_by_new_process(get_callable.cache_clear)
