"""The per-site cache middleware (UpdateCacheMiddleware last in MIDDLEWARE, FetchFromCacheMiddleware
first) and CacheMiddleware, both at once, which @cache_page builds for one view.

Building one reads the CACHE_MIDDLEWARE_* settings (a wrong alias fails only when the cache is
used). Storing and answering pages comes with the request cycle: until then the middleware
lets every request through to the view."""

from django.conf import settings
from django.core.cache import DEFAULT_CACHE_ALIAS, caches
from django.utils.deprecation import MiddlewareMixin


class _CacheAliasMixin:
    @property
    def cache(self):
        """The cache the pages go to: CACHES[cache_alias]."""
        return caches[self.cache_alias]


class UpdateCacheMiddleware(_CacheAliasMixin, MiddlewareMixin):
    """The response phase: keeps pages in the cache. Last in MIDDLEWARE, so it runs after
    every other middleware has changed the response."""

    def __init__(self, get_response):
        super().__init__(get_response)
        self.cache_timeout = settings.CACHE_MIDDLEWARE_SECONDS
        self.page_timeout = None
        self.key_prefix = settings.CACHE_MIDDLEWARE_KEY_PREFIX
        self.cache_alias = settings.CACHE_MIDDLEWARE_ALIAS


class FetchFromCacheMiddleware(_CacheAliasMixin, MiddlewareMixin):
    """The request phase: answers from the cache. First in MIDDLEWARE."""

    def __init__(self, get_response):
        super().__init__(get_response)
        self.key_prefix = settings.CACHE_MIDDLEWARE_KEY_PREFIX
        self.cache_alias = settings.CACHE_MIDDLEWARE_ALIAS


class CacheMiddleware(UpdateCacheMiddleware, FetchFromCacheMiddleware):
    """Both phases for a single view. An argument given as None means Django's default (no
    prefix, the 'default' cache); one not given keeps the setting."""

    def __init__(self, get_response, cache_timeout=None, page_timeout=None, **kwargs):
        super().__init__(get_response)
        defaults = {"key_prefix": "", "cache_alias": DEFAULT_CACHE_ALIAS}
        for name in defaults.keys() & kwargs.keys():
            setattr(self, name, defaults[name] if kwargs[name] is None else kwargs[name])
        self.cache_timeout = settings.CACHE_MIDDLEWARE_SECONDS if cache_timeout is None else cache_timeout
        self.page_timeout = page_timeout
