"""DummyCache: a cache that keeps nothing (for development): every read misses, every write is
forgotten. Keys are still made and checked, so a key memcached would refuse still warns."""

from django.core.cache.backends.base import DEFAULT_TIMEOUT, _Located


class DummyCache(_Located):
    def _use_location(self, host, params):
        """Nowhere to connect to."""

    def _forgets(self, key, version, answer=None):
        self.make_and_validate_key(key, version)
        return answer

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._forgets(key, version, True)

    def get(self, key, default=None, version=None):
        return self._forgets(key, version, default)

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        self._forgets(key, version)

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        return self._forgets(key, version, False)

    def delete(self, key, version=None):
        return self._forgets(key, version, False)

    def has_key(self, key, version=None):
        return self._forgets(key, version, False)

    def clear(self):
        """Nothing to clear."""
