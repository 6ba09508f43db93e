"""Memcached backends. Unlike Redis, these import their client library as soon as the cache
is built, before reading any option: configuring one without the library installed fails at
once (in the checks)."""

from django.core.cache.backends.base import BaseCache
from django.core.cache.backends.redis import _servers


class BaseMemcachedCache(BaseCache):
    def __init__(self, server, params, library, value_not_found_exception):
        BaseCache.__init__(self, params)
        self._servers = _servers(server)
        self.LibraryValueNotFoundException, self._lib = value_not_found_exception, library
        self._class, self._options = library.Client, params.get("OPTIONS") or {}


class PyLibMCCache(BaseMemcachedCache):
    """Memcached through pylibmc."""

    def __init__(self, server, params):
        import pylibmc

        BaseMemcachedCache.__init__(self, server, params, library=pylibmc, value_not_found_exception=pylibmc.NotFound)


class PyMemcacheCache(BaseMemcachedCache):
    """Memcached through pymemcache (its hashing client)."""

    def __init__(self, server, params):
        import pymemcache.serde

        BaseMemcachedCache.__init__(self, server, params, library=pymemcache, value_not_found_exception=KeyError)
        self._class = pymemcache.HashClient
