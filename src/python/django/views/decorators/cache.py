"""Cache view decorators (django.views.decorators.cache): cache a view's page, or set the
Cache-Control of its responses."""

from django.middleware.cache import CacheMiddleware
from django.utils.cache import add_never_cache_headers, patch_cache_control
from django.utils.decorators import _wrap_view, decorator_from_middleware_with_args


_NOT_A_REQUEST = "%s didn't receive an HttpRequest. If you are decorating a classmethod, be sure to use @method_decorator."


def cache_page(timeout, *, cache=None, key_prefix=None):
    """Cache the view's whole response for `timeout` seconds (keyed by URL and the headers
    its Vary names): @cache_page(60 * 15)."""
    with_arguments = decorator_from_middleware_with_args(CacheMiddleware)
    return with_arguments(page_timeout=timeout, cache_alias=cache, key_prefix=key_prefix)


def _requires_request(decorator_name):
    """A check that the view got a request: on a method without method_decorator it gets self."""

    def check(request):
        if hasattr(request, "META"):
            return None
        raise TypeError(_NOT_A_REQUEST % decorator_name)

    return check


def _patching(patch):
    def patched(response):
        patch(response)
        return response

    return patched


def cache_control(**kwargs):
    """Add Cache-Control directives to the view's responses: @cache_control(max_age=3600)."""

    patch = _patching(lambda response: patch_cache_control(response, **kwargs))

    def _cache_controller(viewfunc):
        return _wrap_view(viewfunc, before=_requires_request("cache_control"), after=patch)

    return _cache_controller


def never_cache(view_func):
    """Add headers to the view's responses so that they are never cached."""
    return _wrap_view(view_func, before=_requires_request("never_cache"), after=_patching(add_never_cache_headers))
