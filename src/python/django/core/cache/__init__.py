"""The cache framework as far as the checks reach it: `caches[alias]` builds the backend that
CACHES[alias] names, once per process, and `cache` stands for caches["default"].

Only building is modelled (what the cache checks and an exercise's goals do): a backend reads
its options as Django's does, so a bad BACKEND, OPTIONS or KEY_FUNCTION fails as it does
there; storing and reading values comes later.
"""

from django._process import forgotten_by_new_process
from django.core.cache.backends.base import BaseCache, CacheKeyWarning, InvalidCacheBackendError, InvalidCacheKey
from django.utils.connection import BaseConnectionHandler, ConnectionProxy
from django.utils.module_loading import import_string

__all__ = ["cache", "caches", "DEFAULT_CACHE_ALIAS", "InvalidCacheBackendError", "CacheKeyWarning", "BaseCache", "InvalidCacheKey"]

DEFAULT_CACHE_ALIAS = "default"


class CacheHandler(BaseConnectionHandler):
    settings_name = "CACHES"
    exception_class = InvalidCacheBackendError

    def create_connection(self, alias):
        options = self.settings[alias].copy()
        backend_path = options.pop("BACKEND")
        location = options.pop("LOCATION", "")
        try:
            backend = import_string(backend_path)
        except ImportError as error:
            raise InvalidCacheBackendError("Could not find backend '%s': %s" % (backend_path, error)) from error
        return backend(location, options)


caches = CacheHandler(settings=None)  # reads CACHES when an alias is first looked up
cache = ConnectionProxy(caches, alias=DEFAULT_CACHE_ALIAS)


@forgotten_by_new_process
def _forget_caches():
    caches._forget()
