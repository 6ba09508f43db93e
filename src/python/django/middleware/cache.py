"""The per-site cache: UpdateCacheMiddleware (first in MIDDLEWARE, so that it sees the response
last) stores pages, FetchFromCacheMiddleware (last, so that it looks just before the view) answers
from them; CacheMiddleware is both at once, which @cache_page builds for one view.

What is stored: the response to a GET or HEAD, status 200 (a 304 passes untouched), not
streamed, not marked private / no-cache / no-store, and not one that sets a cookie while
varying on Cookie for a request that sent none (it would hand that cookie to everyone). It is
kept for @cache_page's timeout, else the response's max-age, else CACHE_MIDDLEWARE_SECONDS
(max-age=0: not at all), and gets Expires and Cache-Control for that long. A page served from
the cache gets an Age header.
"""

import time

from django._trace import note
from django.conf import settings
from django.core.cache import DEFAULT_CACHE_ALIAS, caches
from django.utils.cache import get_cache_key, get_max_age, has_vary_header, learn_cache_key, patch_response_headers
from django.utils.deprecation import MiddlewareMixin
from django.utils.http import parse_http_date_safe

_SAFE_METHODS = ("GET", "HEAD")
_NOT_TO_STORE = ("private", "no-cache", "no-store")


class _CacheMiddlewareBase(MiddlewareMixin):
    """A cache middleware: its attributes start as the settings its `settings_read` names."""

    settings_read: dict[str, str] = {
        "key_prefix": "CACHE_MIDDLEWARE_KEY_PREFIX",
        "cache_alias": "CACHE_MIDDLEWARE_ALIAS",
    }

    def __init__(self, get_response):
        MiddlewareMixin.__init__(self, get_response)
        for attribute, setting in self.settings_read.items():
            setattr(self, attribute, getattr(settings, setting))

    @property
    def cache(self):
        """The cache the pages go to: CACHES[cache_alias]."""
        return caches[self.cache_alias]

    @property
    def _actor(self):
        return type(self).__name__


class UpdateCacheMiddleware(_CacheMiddlewareBase):
    """The response phase: keeps pages in the cache."""

    settings_read = {"cache_timeout": "CACHE_MIDDLEWARE_SECONDS", **_CacheMiddlewareBase.settings_read}
    page_timeout: int | None = None

    def _should_update_cache(self, request, response):
        """Whether the request phase asked for this response to be stored (it found none)."""
        return getattr(request, "_cache_update_cache", False)

    def process_response(self, request, response):
        wanted = self._should_update_cache(request, response)
        if not wanted:
            return response
        refusal = self._why_not_stored(request, response)
        if refusal:
            note(self._actor, f"not cached: {refusal}")
            return response
        timeout, decided_by = self._timeout(response)
        if timeout == 0 and decided_by == "its max-age":
            note(self._actor, "not cached: the response's Cache-Control has max-age=0")
            return response
        patch_response_headers(response, timeout)
        if timeout and response.status_code == 200:  # (a 304 gets the headers, and is not stored)
            self._store(request, response, timeout, decided_by)
        return response

    def _why_not_stored(self, request, response):
        if response.streaming:
            return "the response is streamed"
        if response.status_code not in (200, 304):
            return f"the status is {response.status_code}"
        if not request.COOKIES and response.cookies and has_vary_header(response, "Cookie"):
            return "it sets a cookie and varies on Cookie"
        cache_control = response.get("Cache-Control", "")
        marked = next((directive for directive in _NOT_TO_STORE if directive in cache_control), None)
        return f"its Cache-Control says {marked}" if marked else None

    def _timeout(self, response):
        """How long to keep the response, and what decided it."""
        if self.page_timeout is not None:
            return self.page_timeout, "cache_page"
        max_age = get_max_age(response)
        if max_age is None:
            return self.cache_timeout, "CACHE_MIDDLEWARE_SECONDS"
        return max_age, "its max-age"

    def _store(self, request, response, timeout, decided_by):
        key = learn_cache_key(request, response, timeout, self.key_prefix, cache=self.cache)
        cache = self.cache
        if callable(getattr(response, "render", None)):
            response.add_post_render_callback(lambda rendered: cache.set(key, rendered, timeout))
        else:
            cache.set(key, response, timeout)
        setting = decided_by if decided_by == "CACHE_MIDDLEWARE_SECONDS" else None
        note(self._actor, f"stored in the cache for {timeout} s ({decided_by})", setting=setting)


class FetchFromCacheMiddleware(_CacheMiddlewareBase):
    """The request phase: answers from the cache."""

    def process_request(self, request):
        cached = self._cached_page(request) if request.method in _SAFE_METHODS else None
        # What UpdateCacheMiddleware reads: store the response unless this answered or it is unsafe.
        request._cache_update_cache = cached is None and request.method in _SAFE_METHODS
        if cached is None:
            return None
        _add_age(cached)
        note(self._actor, f"served from the cache ({cached.get('Age', '?')} s old): the view did not run")
        return cached

    def _cached_page(self, request):
        """The stored response for this request (a HEAD may use its GET's), or None."""
        for method in dict.fromkeys(("GET", request.method)):
            key = get_cache_key(request, self.key_prefix, method, cache=self.cache)
            if key is None:
                return None
            found = self.cache.get(key)
            if found is not None:
                return found
        return None


def _add_age(response):
    """Age: how long ago the cached response was made, from its max-age and Expires."""
    max_age = get_max_age(response)
    if max_age is None:
        return
    expires = parse_http_date_safe(response["Expires"])
    if expires is not None:
        response["Age"] = max(0, max_age - (expires - int(time.time())))


class CacheMiddleware(UpdateCacheMiddleware, FetchFromCacheMiddleware):
    """Both phases for a single view. An argument given as None means Django's default (no
    prefix, the 'default' cache); one not given keeps the setting."""

    def __init__(self, get_response, cache_timeout=None, page_timeout=None, **kwargs):
        UpdateCacheMiddleware.__init__(self, get_response)
        given = {"cache_timeout": cache_timeout, "page_timeout": page_timeout}
        defaults = {"key_prefix": "", "cache_alias": DEFAULT_CACHE_ALIAS, "cache_timeout": self.cache_timeout}
        given.update((name, kwargs[name]) for name in ("key_prefix", "cache_alias") if name in kwargs)
        for name, value in given.items():
            setattr(self, name, defaults.get(name) if value is None else value)
