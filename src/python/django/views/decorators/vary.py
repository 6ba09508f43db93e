"""View decorators adding request headers to the response's Vary (django.views.decorators.vary)."""

from django.utils.cache import patch_vary_headers
from django.utils.decorators import _wrap_view


def vary_on_headers(*headers):
    """Name request headers in the Vary of the view's responses, so that a cache keeps one copy
    per value of them (names in any case):

        @vary_on_headers("Cookie", "Accept-Language")
    """

    def varying(response):
        patch_vary_headers(response, headers)
        return response

    def decorator(func):
        return _wrap_view(func, after=varying)

    return decorator


vary_on_cookie = vary_on_headers("Cookie")
vary_on_cookie.__doc__ = "The view's responses vary on Cookie: their content depends on the cookies sent."
