"""SessionBase (django.contrib.sessions.backends.base): request.session, a dict that a backend
(SESSION_ENGINE's SessionStore) loads lazily from a key and saves back.

What SessionMiddleware reads after the view, to decide about the cookie:
- `accessed`: the session was read or written (the response then varies on Cookie);
- `modified`: it was written (the cookie must be sent again);
- `is_empty()`: no key and no data (an old cookie is then deleted);
- `get_expiry_age()` / `get_expire_at_browser_close()`: the cookie's lifetime.

A backend provides exists(), create(), save(), delete() and load(); the async methods (aget,
aset, asave...) do what their plain twins do (the browser has a single thread).
"""

import logging
import string
from datetime import UTC, datetime, timedelta

from django.conf import settings
from django.core import signing
from django.utils.crypto import get_random_string
from django.utils.module_loading import import_string

# The characters of a session key a backend makes up (32 of them).
VALID_KEY_CHARS = string.ascii_lowercase + string.digits

_EXPIRY = "_session_expiry"
_NOT_GIVEN = object()


class CreateError(Exception):
    """Used internally as a consistent exception type to catch from save (see the docstring for
    SessionBase.save() for details)."""


class UpdateError(Exception):
    """Occurs if Django tries to update a session that was deleted."""


def _now():
    """timezone.now(): aware (UTC) with USE_TZ, naive local time without."""
    return datetime.now(UTC) if settings.USE_TZ else datetime.now()


def _must_provide(method):
    article = "an" if method[0] in "aeiou" else "a"

    def missing(self, *args, **kwargs):
        raise NotImplementedError(f"subclasses of SessionBase must provide {article} {method}() method")

    missing.__name__ = method
    return missing


class SessionBase:
    """Base class for all Session classes."""

    TEST_COOKIE_NAME = "testcookie"
    TEST_COOKIE_VALUE = "worked"

    def __init__(self, session_key=None):
        self._session_key = session_key
        self.accessed = False
        self.modified = False
        self.serializer = import_string(settings.SESSION_SERIALIZER)

    # ---- the key: one of 8 characters or more, or None -------------------------------------

    @property
    def session_key(self):
        return vars(self).get("_valid_key")

    @property
    def _session_key(self):
        return vars(self).get("_valid_key")

    @_session_key.setter
    def _session_key(self, value):
        self._valid_key = value if self._validate_session_key(value) else None

    def _validate_session_key(self, key):
        """A key is truthy and at least 8 characters long (an arbitrary lower bound)."""
        return key and len(key) >= 8

    def _get_new_session_key(self):
        """A random key no stored session has."""
        while True:
            candidate = get_random_string(32, VALID_KEY_CHARS)
            if not self.exists(candidate):
                return candidate

    def _get_or_create_session_key(self):
        if self._session_key is None:
            self._session_key = self._get_new_session_key()
        return self._session_key

    @property
    def key_salt(self):
        return "django.contrib.sessions." + type(self).__qualname__

    # ---- the data, loaded on first use ----------------------------------------------------

    def _get_session(self, no_load=False):
        """The session's dict, loaded from the backend the first time (an empty one when there
        is no key, or with `no_load`). Any use of it counts as an access."""
        self.accessed = True
        if "_session_cache" not in vars(self):
            self._session_cache = {} if self.session_key is None or no_load else self.load()
        return self._session_cache

    _session = property(_get_session)

    def is_empty(self):
        """True when there is no session key and no data."""
        if self._session_key:
            return False
        return not vars(self).get("_session_cache")

    def __contains__(self, key):
        return key in self._session

    def __getitem__(self, key):
        return self._session[key]

    def get(self, key, default=None):
        return self._session.get(key, default)

    def has_key(self, key):
        return key in self._session

    def keys(self):
        return self._session.keys()

    def values(self):
        return self._session.values()

    def items(self):
        return self._session.items()

    def __setitem__(self, key, value):
        self._session[key] = value
        self.modified = True

    def __delitem__(self, key):
        del self._session[key]
        self.modified = True

    def pop(self, key, default=_NOT_GIVEN):
        data = self._session
        self.modified = self.modified or key in data
        return data.pop(key) if default is _NOT_GIVEN else data.pop(key, default)

    def setdefault(self, key, value):
        if key not in self._session:
            self[key] = value
        return self._session[key]

    def update(self, dict_):
        self._session.update(dict_)
        self.modified = True

    def clear(self):
        # Nothing to load: the data is to be thrown away anyway.
        self._session_cache = {}
        self.accessed = self.modified = True

    # ---- the test cookie ------------------------------------------------------------------

    def set_test_cookie(self):
        self[self.TEST_COOKIE_NAME] = self.TEST_COOKIE_VALUE

    def test_cookie_worked(self):
        return self.get(self.TEST_COOKIE_NAME) == self.TEST_COOKIE_VALUE

    def delete_test_cookie(self):
        del self[self.TEST_COOKIE_NAME]

    # ---- encoding, for the backends that store text ---------------------------------------

    def encode(self, session_dict):
        """The dict as signed, compressed text."""
        return signing.dumps(session_dict, salt=self.key_salt, serializer=self.serializer, compress=True)

    def decode(self, session_data):
        """What encode() wrote; {} (an empty session) when the text is corrupt."""
        try:
            return signing.loads(session_data, salt=self.key_salt, serializer=self.serializer)
        except signing.BadSignature:
            logging.getLogger("django.security.SuspiciousSession").warning("Session data corrupted")
        except Exception:
            pass
        return {}

    # ---- expiry ---------------------------------------------------------------------------

    def get_session_cookie_age(self):
        return settings.SESSION_COOKIE_AGE

    def _expiry_and_modification(self, kwargs):
        # An expiry given (even None) is used as is, so the session is not loaded for it.
        expiry = kwargs["expiry"] if "expiry" in kwargs else self.get(_EXPIRY)
        return expiry, kwargs["modification"] if "modification" in kwargs else _now()

    def get_expiry_age(self, **kwargs):
        """Seconds until the session expires (`modification`, `expiry` may be given)."""
        expiry, modification = self._expiry_and_modification(kwargs)
        if not expiry:
            return self.get_session_cookie_age()
        if isinstance(expiry, str):
            expiry = datetime.fromisoformat(expiry)
        if not isinstance(expiry, datetime):
            return expiry
        left = expiry - modification
        return left.days * 86400 + left.seconds

    def get_expiry_date(self, **kwargs):
        """When the session expires (`modification`, `expiry` may be given)."""
        expiry, modification = self._expiry_and_modification(kwargs)
        if isinstance(expiry, str):
            return datetime.fromisoformat(expiry)
        if isinstance(expiry, datetime):
            return expiry
        return modification + timedelta(seconds=expiry or self.get_session_cookie_age())

    def set_expiry(self, value):
        """Seconds of inactivity (0: at browser close), a datetime or timedelta, or None for the
        settings' policy."""
        if value is None:
            if _EXPIRY in self:
                del self[_EXPIRY]
            return
        if isinstance(value, timedelta):
            value = _now() + value
        self[_EXPIRY] = value.isoformat() if isinstance(value, datetime) else value

    def get_expire_at_browser_close(self):
        expiry = self.get(_EXPIRY)
        return settings.SESSION_EXPIRE_AT_BROWSER_CLOSE if expiry is None else expiry == 0

    # ---- life cycle -----------------------------------------------------------------------

    def flush(self):
        """Throw the data away, delete the stored session, and drop the key."""
        self.clear()
        self.delete()
        self._session_key = None

    def cycle_key(self):
        """A new key for the same data (after a login: the old key may have been seen)."""
        data, old_key = self._session, self.session_key
        self.create()
        self._session_cache = data
        if old_key:
            self.delete(old_key)

    exists = _must_provide("exists")
    create = _must_provide("create")
    save = _must_provide("save")
    delete = _must_provide("delete")
    load = _must_provide("load")

    @classmethod
    def clear_expired(cls):
        raise NotImplementedError("This backend does not support clear_expired().")


def _async_twin(name):
    async def twin(self, *args, **kwargs):
        return getattr(self, name)(*args, **kwargs)

    twin.__name__ = "a" + name
    return twin


for _name in ("get", "pop", "setdefault", "update", "has_key", "keys", "values", "items", "set_test_cookie",
              "test_cookie_worked", "delete_test_cookie", "get_expiry_age", "get_expiry_date", "set_expiry",
              "get_expire_at_browser_close", "flush", "cycle_key", "exists", "create", "save", "delete", "load"):
    setattr(SessionBase, "a" + _name, _async_twin(_name))
SessionBase.aset = _async_twin("__setitem__")
SessionBase.aset.__name__ = "aset"
del _name
