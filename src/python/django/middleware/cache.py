"""The per-site cache middleware (UpdateCacheMiddleware last in MIDDLEWARE, FetchFromCacheMiddleware
first) and CacheMiddleware, both at once, which @cache_page builds for one view.

Building one reads the CACHE_MIDDLEWARE_* settings (a wrong alias fails only when the cache is
used). Storing and answering pages comes with the request cycle: until then the middleware
lets every request through to the view."""

from django.conf import settings
from django.core.cache import DEFAULT_CACHE_ALIAS, caches
from django.utils.deprecation import MiddlewareMixin


class _CacheMiddlewareBase(MiddlewareMixin):
    """A cache middleware: its attributes start as the settings its `settings_read` names."""

    settings_read: dict[str, str] = {
        "key_prefix": "CACHE_MIDDLEWARE_KEY_PREFIX",
        "cache_alias": "CACHE_MIDDLEWARE_ALIAS",
    }

    def __init__(self, get_response):
        super().__init__(get_response)
        for attribute, setting in self.settings_read.items():
            setattr(self, attribute, getattr(settings, setting))

    @property
    def cache(self):
        """The cache the pages go to: CACHES[cache_alias]."""
        return caches[self.cache_alias]


class UpdateCacheMiddleware(_CacheMiddlewareBase):
    """The response phase: keeps pages in the cache. Last in MIDDLEWARE, so it runs after
    every other middleware has changed the response."""

    settings_read = {"cache_timeout": "CACHE_MIDDLEWARE_SECONDS", **_CacheMiddlewareBase.settings_read}
    page_timeout: int | None = None


class FetchFromCacheMiddleware(_CacheMiddlewareBase):
    """The request phase: answers from the cache. First in MIDDLEWARE."""


class CacheMiddleware(UpdateCacheMiddleware, FetchFromCacheMiddleware):
    """Both phases for a single view. An argument given as None means Django's default (no
    prefix, the 'default' cache); one not given keeps the setting."""

    def __init__(self, get_response, cache_timeout=None, page_timeout=None, **kwargs):
        super().__init__(get_response)
        given = {"cache_timeout": cache_timeout, "page_timeout": page_timeout}
        defaults = {"key_prefix": "", "cache_alias": DEFAULT_CACHE_ALIAS, "cache_timeout": self.cache_timeout}
        given.update((name, kwargs[name]) for name in ("key_prefix", "cache_alias") if name in kwargs)
        for name, value in given.items():
            setattr(self, name, defaults.get(name) if value is None else value)
