"""What a URLconf is written with: path(), re_path() and include()."""

from functools import partial
from importlib import import_module

from django.core.exceptions import ImproperlyConfigured

from ._sites import caller_site
from .resolvers import RegexPattern, RoutePattern, URLPattern, URLResolver


def _included_urlconf(arg, namespace):
    """(urlconf, app_name) of include()'s first argument: a module, its dotted path or a list
    of patterns, or a (patterns, app_name) pair."""
    if not isinstance(arg, tuple):
        return arg, None
    if len(arg) == 2:
        return arg[0], arg[1]
    if namespace:
        raise ImproperlyConfigured("Cannot override the namespace for a dynamic module that provides a namespace.")
    raise ImproperlyConfigured("Passing a %d-tuple to include() is not supported. Pass a 2-tuple containing the list of patterns and app_name, and provide the namespace argument to include() instead." % len(arg))  # noqa: E501


def include(arg, namespace=None):
    """What path(prefix, include(...)) mounts: (urlconf module or pattern list, app_name,
    namespace). The module's own app_name wins over a pair's; the namespace defaults to the
    app_name, and there is no namespace without an app_name."""
    urlconf, app_name = _included_urlconf(arg, namespace)
    if isinstance(urlconf, str):
        urlconf = import_module(urlconf)
    app_name = getattr(urlconf, "app_name", app_name)
    if namespace and not app_name:
        raise ImproperlyConfigured("Specifying a namespace in include() without providing an app_name is not supported. Set the app_name attribute in the included module, or pass a 2-tuple containing the list of patterns and app_name instead.")  # noqa: E501
    return (urlconf, app_name, namespace or app_name)


def _path(route, view, kwargs=None, name=None, Pattern=None):
    """path() and re_path(): an endpoint for a view, or a mount for an include()."""
    if not (kwargs is None or isinstance(kwargs, dict)):
        raise TypeError(f"kwargs argument must be a dict, but got {type(kwargs).__name__}.")
    if isinstance(view, (list, tuple)):  # what include() returned
        mount = Pattern(route, is_endpoint=False)
        urlconf, app_name, namespace = view
        made = URLResolver(mount, urlconf, kwargs, app_name=app_name, namespace=namespace)
    elif not callable(view):
        raise TypeError(_not_a_view(view))
    else:
        made = URLPattern(Pattern(route, name=name, is_endpoint=True), view, kwargs, name)
    # Where the reader wrote this call: for matches, 404s, check messages and errors about it.
    made.source_site = made.pattern.source_site = caller_site()
    return made


def _not_a_view(view):
    from django.views import View

    if isinstance(view, View):
        cls = type(view).__name__
        return f"view must be a callable, pass {cls}.as_view(), not {cls}()."
    return "view must be a callable or a list/tuple in the case of include()."


path = partial(_path, Pattern=RoutePattern)
re_path = partial(_path, Pattern=RegexPattern)
