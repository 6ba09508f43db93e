"""What every cache backend reads from its CACHES entry when it is built.

TIMEOUT, MAX_ENTRIES and CULL_FREQUENCY fall back to their defaults when they are not numbers
(int() of them failing with ValueError or TypeError); OPTIONS must be a dict, and a
KEY_FUNCTION path must import. A backend is built as Backend(LOCATION, the other options):
BaseCache reads the options, each backend's `_use_location()` what LOCATION means to it.
"""

import contextlib

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
    chosen = default_key_func if key_func is None else key_func
    return chosen if callable(chosen) else import_string(chosen)


def _whole_number(value, default):
    with contextlib.suppress(TypeError, ValueError):
        default = int(value)
    return default


class BaseCache:
    def __init__(self, params):
        timeout = params["timeout"] if "timeout" in params else params.get("TIMEOUT", 300)
        self.default_timeout = None if timeout is None else _whole_number(timeout, 300)
        tuning = params.get("OPTIONS", {})
        self._max_entries = _whole_number(params.get("max_entries", tuning.get("MAX_ENTRIES", 300)), 300)
        self._cull_frequency = _whole_number(params.get("cull_frequency", tuning.get("CULL_FREQUENCY", 3)), 3)
        self.key_prefix, self.version = params.get("KEY_PREFIX", ""), params.get("VERSION", 1)
        key_function = params.get("KEY_FUNCTION")
        self.key_func = get_key_func(key_function)

    def make_key(self, key, version=None):
        return self.key_func(key, self.key_prefix, self.version if version is None else version)

    def close(self, **kwargs):
        """Nothing to close: no backend here holds a connection."""


class _Located(BaseCache):
    """A backend built from a LOCATION and the other options."""

    def __init__(self, location, params):
        BaseCache.__init__(self, params)
        self._use_location(location, params)

    def _use_location(self, location, params):
        raise NotImplementedError("each backend says what its LOCATION is")
