"""What every cache backend reads from its CACHES entry when it is built, and the cache API
every backend shares: a backend supplies get/set/add/touch/delete/clear (on keys already made
with make_and_validate_key); the rest (get_many, get_or_set, incr, versions, the async names)
is built here on those.

TIMEOUT, MAX_ENTRIES and CULL_FREQUENCY fall back to their defaults when they are not numbers
(int() of them failing with ValueError or TypeError); OPTIONS must be a dict, and a
KEY_FUNCTION path must import. A backend is built as Backend(LOCATION, the other options):
BaseCache reads the options, each backend's `_use_location()` what LOCATION means to it.
"""

import contextlib
import re
import time
import warnings

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


#: Characters memcached refuses in a key: controls, space and DEL.
_NOT_FOR_MEMCACHED = re.compile(r"[\x00-\x20\x7f]")


def memcache_key_warnings(key):
    """What is wrong with `key` for memcached, as warning texts (any backend warns about them)."""
    too_long = len(key) > MEMCACHE_MAX_KEY_LENGTH
    if too_long:
        yield "Cache key will cause errors if used with memcached: %r (longer than %s)" % (key, MEMCACHE_MAX_KEY_LENGTH)
    if _NOT_FOR_MEMCACHED.search(key):
        yield f"Cache key contains characters that will cause errors if used with memcached: {key!r}"


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

    _missing_key = object()

    def make_key(self, key, version=None):
        return self.key_func(key, self.key_prefix, self.version if version is None else version)

    def validate_key(self, key):
        """Warn (CacheKeyWarning) about a key memcached would refuse, so code stays portable."""
        if len(key) <= MEMCACHE_MAX_KEY_LENGTH and key.isascii() and key.isprintable() and " " not in key:
            return  # printable ASCII but the space: nothing memcached refuses (the common case, made quick)
        for problem in memcache_key_warnings(key):
            warnings.warn(problem, CacheKeyWarning)

    def make_and_validate_key(self, key, version=None):
        made = self.make_key(key, version=version)
        self.validate_key(made)
        return made

    def get_backend_timeout(self, timeout=DEFAULT_TIMEOUT):
        """When an entry stored now with `timeout` expires, as a time.time() value (None: never).
        A timeout of 0 means already expired."""
        if timeout is DEFAULT_TIMEOUT:
            seconds = self.default_timeout
        else:  # 0 is -1 rather than "now", which a clock of poor precision could see as the future
            seconds = -1 if timeout == 0 else timeout
        return None if seconds is None else time.time() + seconds

    # ---- what a backend provides -------------------------------------------------------------

    def _must_provide(name):
        def method(self, *args, **kwargs):
            raise NotImplementedError(f"subclasses of BaseCache must provide {'an' if name == 'add' else 'a'} {name}() method")

        method.__name__ = name
        return method

    add = _must_provide("add")
    get = _must_provide("get")
    set = _must_provide("set")
    touch = _must_provide("touch")
    delete = _must_provide("delete")
    clear = _must_provide("clear")
    del _must_provide

    # ---- built on those ----------------------------------------------------------------------

    def get_many(self, keys, version=None):
        """{key: value} for each of `keys` that is in the cache."""
        found = {key: self.get(key, self._missing_key, version=version) for key in keys}
        return {key: value for key, value in found.items() if value is not self._missing_key}

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        """Set each key of `data`; returns the keys that failed (none, here)."""
        for each in data:
            self.set(each, data[each], timeout, version)
        return []

    def delete_many(self, keys, version=None):
        for each in keys:
            self.delete(each, version)

    def get_or_set(self, key, default, timeout=DEFAULT_TIMEOUT, version=None):
        """The key's value; when it is missing, `default` (called if callable) is added first."""
        found = self._existing(key, version, missing=None)
        if found is not None:
            return found[0]
        made = default() if callable(default) else default
        self.add(key, made, timeout=timeout, version=version)
        # What was added, unless someone was quicker; or what was made, when it did not live (timeout 0)
        return self.get(key, made, version=version)

    def has_key(self, key, version=None):
        return self._existing(key, version, missing=None) is not None

    def __contains__(self, key):
        return self.has_key(key)  # (has_key as a subclass may define it)

    def incr(self, key, delta=1, version=None):
        """Add `delta` to the key's value and store it; ValueError when the key is missing."""
        total = self._existing(key, version)[0] + delta
        self.set(key, total, version=version)
        return total

    def decr(self, key, delta=1, version=None):
        return self.incr(key, delta=-delta, version=version)

    def incr_version(self, key, delta=1, version=None):
        """Move the key's value to version + delta; the new version."""
        old = self.version if version is None else version
        new = old + delta
        self.set(key, self._existing(key, old)[0], version=new)
        self.delete(key, version=old)
        return new

    def decr_version(self, key, delta=1, version=None):
        return self.incr_version(key, delta=-delta, version=version)

    def _existing(self, key, version, missing=ValueError):
        """(value,) of a key that is in the cache; else `missing` (by default, ValueError is raised)."""
        found = self.get(key, self._missing_key, version=version)
        if found is not self._missing_key:
            return (found,)
        if missing is ValueError:
            raise ValueError("Key '%s' not found" % key)
        return missing

    def close(self, **kwargs):
        """Nothing to close: no backend here holds a connection."""


def _async_twin(name):
    """`a<name>`: the same operation for async code (a browser has one thread: it runs in place)."""

    async def twin(self, *args, **kwargs):
        return getattr(self, name)(*args, **kwargs)

    twin.__name__ = "a" + name
    return twin


for _name in ("add", "get", "set", "touch", "delete", "clear", "get_many", "set_many", "delete_many", "get_or_set",
              "has_key", "incr", "decr", "incr_version", "decr_version", "close"):
    setattr(BaseCache, "a" + _name, _async_twin(_name))
del _name


class _Located(BaseCache):
    """A backend built from a LOCATION and the other options."""

    def __init__(self, location, params):
        BaseCache.__init__(self, params)
        self._use_location(location, params)

    def _use_location(self, location, params):
        raise NotImplementedError("each backend says what its LOCATION is")
