"""resolve(), reverse(), and what they depend on per thread: the script prefix and the URLconf."""

import threading
from urllib.parse import urlencode

from django._process import forgotten_by_new_process
from django.http import QueryDict
from django.utils.functional import lazy

from .exceptions import NoReverseMatch, Resolver404
from .resolvers import _get_cached_resolver, get_ns_resolver, get_resolver
from .utils import get_callable


class _PerThread(threading.local):
    """Django keeps both per thread: a request may set its own URLconf, and the script prefix
    comes from the request (SCRIPT_NAME) or FORCE_SCRIPT_NAME."""

    script_prefix = None
    urlconf = None


_state = _PerThread()


def resolve(path, urlconf=None):
    return get_resolver(get_urlconf() if urlconf is None else urlconf).resolve(path)


def reverse(viewname, urlconf=None, args=None, kwargs=None, current_app=None, *, query=None, fragment=None):
    """The path of a view: `viewname` is a URL name, namespaces first ('blog:detail'), or the
    view itself; args or kwargs fill in the pattern's parameters; query and fragment are added."""
    resolver = get_resolver(get_urlconf() if urlconf is None else urlconf)
    if isinstance(viewname, str):
        *namespaces, view = viewname.split(":")
        resolver = _resolver_for_namespaces(resolver, namespaces, current_app)
    else:
        view = viewname
    url = resolver._reverse_with_prefix(view, get_script_prefix(), *(args or ()), **(kwargs or {}))
    return url + _query_string(query) + _fragment(fragment)


def _resolver_for_namespaces(resolver, namespaces, current_app):
    """The resolver that knows the names inside `namespaces`, each an instance namespace or an
    application namespace. An application namespace picks, in order: the instance current_app
    names at that depth (while current_app keeps matching the way taken), an instance named
    like the application, or the instance included last."""
    hints = current_app.split(":") if current_app else []
    following_hints = True
    taken = []
    prefix = ""
    converters = {}
    for depth, name in enumerate(namespaces):
        hint = hints[depth] if following_hints and depth < len(hints) else None
        try:
            instances = resolver.app_dict[name]
        except KeyError:
            instances = None
        if instances is not None:
            if hint and hint in instances:
                name = hint
            elif name not in instances:
                name = instances[0]
        if name != hint:
            following_hints = False
        try:
            mount, resolver = resolver.namespace_dict[name]
        except KeyError as missing:
            if taken:
                raise NoReverseMatch("%s is not a registered namespace inside '%s'" % (missing, ":".join(taken)))
            raise NoReverseMatch("%s is not a registered namespace" % missing)
        taken.append(name)
        prefix += mount
        converters.update(resolver.pattern.converters)
    if not prefix:
        return resolver
    return get_ns_resolver(prefix, resolver, tuple(converters.items()))


def _query_string(query):
    """'?...' for reverse(query=...): a QueryDict encodes itself, anything else goes through
    urllib's urlencode (lists of values repeated); nothing when it encodes to nothing."""
    if query is None:
        return ""
    encoded = query.urlencode() if isinstance(query, QueryDict) else urlencode(query, doseq=True)
    return "?" + encoded if encoded else ""


def _fragment(fragment):
    return "" if fragment is None else "#" + fragment


reverse_lazy = lazy(reverse, str)


def clear_url_caches():
    """Forget every resolver made so far, and the views looked up by dotted path."""
    for cache in (get_callable, _get_cached_resolver, get_ns_resolver):
        cache.cache_clear()


def set_script_prefix(prefix):
    """Set the script prefix of the current thread (a '/' is added at the end if missing)."""
    _state.script_prefix = prefix if prefix.endswith("/") else prefix + "/"


def get_script_prefix():
    """The script prefix of the current thread, which reverse() puts in front of every path:
    '/' unless FORCE_SCRIPT_NAME (or a request's SCRIPT_NAME) said otherwise."""
    prefix = _state.script_prefix
    return "/" if prefix is None else prefix


def clear_script_prefix():
    _state.script_prefix = None


def set_urlconf(urlconf_name):
    """Set the URLconf of the current thread; None (or anything false) goes back to
    settings.ROOT_URLCONF."""
    _state.urlconf = urlconf_name or None


def get_urlconf(default=None):
    """The URLconf set for the current thread, or `default`."""
    return default if _state.urlconf is None else _state.urlconf


def is_valid_path(path, urlconf=None):
    """The ResolverMatch when `path` resolves, else False."""
    try:
        return resolve(path, urlconf)
    except Resolver404:
        return False


@forgotten_by_new_process
def _forget_thread_state():
    _state.script_prefix = _state.urlconf = None
