"""What every cache backend reads from its CACHES entry when it is built.

TIMEOUT, MAX_ENTRIES and CULL_FREQUENCY fall back to their defaults when they are not numbers
(Django's int() of them failing with ValueError or TypeError); OPTIONS must be a dict, and a
KEY_FUNCTION path must import.
"""

from django.core.exceptions import ImproperlyConfigured
from django.utils.module_loading import import_string


class InvalidCacheBackendError(ImproperlyConfigured):
    pass


class CacheKeyWarning(RuntimeWarning):
    pass


class InvalidCacheKey(ValueError):
    pass


DEFAULT_TIMEOUT = object()

#: Memcached's key length limit, which Django warns about for every backend.
MEMCACHE_MAX_KEY_LENGTH = 250


def default_key_func(key, key_prefix, version):
    """'prefix:version:key', Django's default cache key."""
    return f"{key_prefix}:{version}:{key}"


def get_key_func(key_func):
    """KEY_FUNCTION as a function: itself when callable, imported when a path, else the default."""
    if key_func is None:
        return default_key_func
    return key_func if callable(key_func) else import_string(key_func)


def _number_or(value, default):
    if value is None:
        return None
    try:
        return int(value)
    except (TypeError, ValueError):
        return default


class BaseCache:
    def __init__(self, params):
        self.default_timeout = _number_or(params.get("timeout", params.get("TIMEOUT", 300)), 300)
        options = params.get("OPTIONS", {})
        entries = params.get("max_entries", options.get("MAX_ENTRIES", 300))
        cull = params.get("cull_frequency", options.get("CULL_FREQUENCY", 3))
        self._max_entries = 300 if entries is None else _number_or(entries, 300)
        self._cull_frequency = 3 if cull is None else _number_or(cull, 3)
        self.key_prefix = params.get("KEY_PREFIX", "")
        self.version = params.get("VERSION", 1)
        self.key_func = get_key_func(params.get("KEY_FUNCTION"))

    def make_key(self, key, version=None):
        return self.key_func(key, self.key_prefix, self.version if version is None else version)

    def close(self, **kwargs):
        """Nothing to close: no backend here holds a connection."""
