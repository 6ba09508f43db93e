"""SESSION_ENGINE = "django.contrib.sessions.backends.cache": the session data in the cache
SESSION_CACHE_ALIAS names (a locmem cache lives as long as the process: here, as long as one
run of requests), under "django.contrib.sessions.cache" + a random key, which the cookie holds.
A key the cache does not know gives a new, empty session."""

from django.conf import settings
from django.contrib.sessions.backends.base import CreateError, SessionBase, UpdateError
from django.core.cache import caches

KEY_PREFIX = "django.contrib.sessions.cache"

# How many random keys create() tries before deciding the cache is not there.
_ATTEMPTS = 10000
_NO_CACHE = "Unable to create a new session key. It is likely that the cache is unavailable."


_ABSENT = object()


class SessionStore(SessionBase):
    """A cache-based session store."""

    cache_key_prefix = "django.contrib.sessions.cache"

    def __init__(self, session_key=None):
        alias = settings.SESSION_CACHE_ALIAS
        self._cache = caches[alias]
        SessionBase.__init__(self, session_key)

    @property
    def cache_key(self):
        return f"{self.cache_key_prefix}{self._get_or_create_session_key()}"

    def load(self):
        try:
            stored = self._cache.get(self.cache_key, _ABSENT)
        except Exception:  # a backend that refuses the key: a new session
            stored = _ABSENT
        if stored is _ABSENT or stored is None:
            setattr(self, "_session_key", None)
            return {}
        return stored

    def create(self):
        # A cache may fail silently, so a collision and a missing cache look alike: try many keys.
        for _attempt in range(_ATTEMPTS):
            setattr(self, "_session_key", self._get_new_session_key())
            if self._claimed():
                vars(self)["modified"] = True
                return
        raise RuntimeError(_NO_CACHE)

    def _claimed(self):
        """Whether the new key could be stored (no other session has it)."""
        try:
            self.save(True)
        except CreateError:
            return False
        return True

    def save(self, must_create=False):
        if self.session_key is None:
            self.create()
            return
        if not must_create and not self._stored(self.session_key):
            raise UpdateError  # the session was deleted meanwhile
        store = self._cache.add if must_create else self._cache.set
        written = store(self.cache_key, self._get_session(no_load=must_create), self.get_expiry_age())
        if must_create and not written:
            raise CreateError

    def _stored(self, session_key):
        return self._cache.get(f"{self.cache_key_prefix}{session_key}", _ABSENT) is not _ABSENT

    def exists(self, session_key):
        return bool(session_key) and self._stored(session_key)

    def delete(self, session_key=None):
        key = self.session_key if session_key is None else session_key
        if key is not None:
            self._cache.delete(f"{self.cache_key_prefix}{key}")

    @classmethod
    def clear_expired(cls):
        pass  # the cache forgets expired sessions itself

    @classmethod
    async def aclear_expired(cls):
        pass
