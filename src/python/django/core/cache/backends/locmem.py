"""LocMemCache: a cache in this process's memory, one store per LOCATION name.

Values are pickled when stored and unpickled when read, so what a caller changes afterwards
does not change the cache (and what cannot be pickled fails at set(), as with any other
backend). A store holds at most MAX_ENTRIES: storing into a full one first drops the least
recently used 1/CULL_FREQUENCY of it (everything when CULL_FREQUENCY is 0). An entry that has
expired is dropped when it is next looked at.
"""

import pickle
import time
from collections import OrderedDict

from django._process import forgotten_by_new_process
from django.core.cache.backends.base import DEFAULT_TIMEOUT, _Located

_stores = {}  # LOCATION -> its entries, shared by every LocMemCache of that name


class _Store(OrderedDict):
    """key -> (pickled value, expiry time or None), the least recently used first."""

    def live(self, key, drop_expired=True):
        """Whether `key` is there and not expired. An expired entry is dropped, unless the caller
        is about to replace it (it still counts towards MAX_ENTRIES until then, as in Django)."""
        entry = self.get(key)
        if entry is None:
            return False
        if entry[1] is not None and entry[1] <= time.time():
            if drop_expired:
                del self[key]
            return False
        return True

    def used(self, key, pickled=None, expires=None, keep_expiry=False):
        """Mark `key` as just used; with `pickled`, store that value too."""
        if pickled is not None:
            self[key] = (pickled, self[key][1] if keep_expiry else expires)
        self.move_to_end(key)


class LocMemCache(_Located):
    pickle_protocol = pickle.HIGHEST_PROTOCOL

    def _made(self, key, version):
        return self.make_and_validate_key(key, version=version)

    def _use_location(self, name, params):
        hash(name)  # an unhashable LOCATION fails here with Django's message ("unhashable type: 'list'")
        self._cache = _stores.setdefault(name, _Store())

    def _make_room(self):
        store = self._cache
        if len(store) < self._max_entries:
            return
        dropped = len(store) // self._cull_frequency if self._cull_frequency else len(store)
        for _ in range(dropped):
            store.popitem(last=False)

    def _store(self, key, value, timeout):
        entry = (pickle.dumps(value, self.pickle_protocol), self.get_backend_timeout(timeout))
        self._make_room()
        self._cache[key] = entry
        self._cache.move_to_end(key)

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        key = self._made(key, version)
        if self._cache.live(key, drop_expired=False):
            return False
        self._store(key, value, timeout)
        return True

    def get(self, key, default=None, version=None):
        key = self._made(key, version)
        if not self._cache.live(key):
            return default
        self._cache.used(key)
        return pickle.loads(self._cache[key][0])

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        self._store(self._made(key, version), value, timeout)

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        """Give the key a new timeout; False when it is not there."""
        key = self._made(key, version)
        if not self._cache.live(key, drop_expired=False):
            return False
        self._cache[key] = (self._cache[key][0], self.get_backend_timeout(timeout))
        return True

    def incr(self, key, delta=1, version=None):
        made = self._made(key, version)
        if not self._cache.live(made):
            raise ValueError("Key '%s' not found" % made)  # (the made key, unlike other backends)
        total = pickle.loads(self._cache[made][0]) + delta
        self._cache.used(made, pickle.dumps(total, self.pickle_protocol), keep_expiry=True)
        return total

    def has_key(self, key, version=None):
        return self._cache.live(self._made(key, version))

    def delete(self, key, version=None):
        """Drop the key; whether it was there (even expired)."""
        return self._cache.pop(self._made(key, version), None) is not None

    def clear(self):
        """Empty the store (every LocMemCache of this LOCATION sees it empty)."""
        self._cache.clear()


@forgotten_by_new_process
def _forget_stores():
    _stores.clear()
