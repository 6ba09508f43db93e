"""Memcached backends. Unlike Redis, these import their client library as soon as the cache
is built, so configuring one without the library installed fails at once (in the checks)."""

from django.core.cache.backends.base import BaseCache
from django.core.cache.backends.redis import _servers


class BaseMemcachedCache(BaseCache):
    def __init__(self, server, params, library, value_not_found_exception):
        super().__init__(params)
        self._servers = _servers(server)
        self.LibraryValueNotFoundException = value_not_found_exception
        self._lib = library
        self._class = library.Client
        self._options = params.get("OPTIONS") or {}


class PyLibMCCache(BaseMemcachedCache):
    """Memcached through pylibmc."""

    def __init__(self, server, params):
        import pylibmc

        super().__init__(server, params, library=pylibmc, value_not_found_exception=pylibmc.NotFound)


class PyMemcacheCache(BaseMemcachedCache):
    """Memcached through pymemcache."""

    def __init__(self, server, params):
        import pymemcache.serde

        super().__init__(server, params, library=pymemcache, value_not_found_exception=KeyError)
        self._class = self._lib.HashClient
