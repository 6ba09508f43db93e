"""django.urls: writing URLconfs (path, re_path, include), resolving and reversing."""

from .base import clear_script_prefix, clear_url_caches, get_script_prefix, get_urlconf, is_valid_path, resolve, reverse, reverse_lazy, set_script_prefix, set_urlconf  # noqa: E501
from .conf import include, path, re_path
from .converters import register_converter
from .exceptions import NoReverseMatch, Resolver404
from .resolvers import ResolverMatch, URLPattern, URLResolver, get_ns_resolver, get_resolver
from .utils import get_callable, get_mod_func

__all__ = [
    "NoReverseMatch",
    "ResolverMatch",
    "Resolver404",
    "URLPattern",
    "URLResolver",
    "clear_script_prefix",
    "clear_url_caches",
    "get_callable",
    "get_mod_func",
    "get_ns_resolver",
    "get_resolver",
    "get_script_prefix",
    "get_urlconf",
    "include",
    "is_valid_path",
    "path",
    "re_path",
    "register_converter",
    "resolve",
    "reverse",
    "reverse_lazy",
    "set_script_prefix",
    "set_urlconf",
]
