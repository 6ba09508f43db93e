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
        vars(self).update(accessed=False, modified=False, serializer=import_string(settings.SESSION_SERIALIZER))
        self._session_key = session_key  # through the setter: a key too short counts as none

    # ---- the key: one of 8 characters or more, or None -------------------------------------

    session_key = property(lambda self: vars(self).get("_valid_key"))

    @property
    def _session_key(self):
        return vars(self).get("_valid_key")

    @_session_key.setter
    def _session_key(self, value):
        vars(self)["_valid_key"] = value if self._validate_session_key(value) else None

    def _validate_session_key(self, key):
        """A key is truthy and at least 8 characters long (an arbitrary lower bound)."""
        return bool(key) and len(key) >= 8

    def _get_new_session_key(self):
        """A random key no stored session has."""
        candidate = get_random_string(32, VALID_KEY_CHARS)
        while self.exists(candidate):
            candidate = get_random_string(32, VALID_KEY_CHARS)
        return candidate

    def _get_or_create_session_key(self):
        if vars(self).get("_valid_key") is None:
            self._session_key = self._get_new_session_key()
        return vars(self)["_valid_key"]

    @property
    def key_salt(self):
        return "django.contrib.sessions." + type(self).__qualname__

    # ---- the data, loaded on first use ----------------------------------------------------

    def _get_session(self, no_load=False):
        """The session's dict, loaded from the backend the first time (an empty one when there
        is no key, or with `no_load`). Any use of it counts as an access."""
        state = vars(self)
        state["accessed"] = True
        if "_session_cache" not in state:
            state["_session_cache"] = {} if no_load or self.session_key is None else self.load()
        return state["_session_cache"]

    _session = property(_get_session)

    def _changed(self):
        vars(self)["modified"] = True

    def is_empty(self):
        """True when there is no session key and no data."""
        return not (self._session_key or vars(self).get("_session_cache"))

    def pop(self, key, default=_NOT_GIVEN):
        data = self._get_session()
        if key in data:
            self._changed()
        return data.pop(key) if default is _NOT_GIVEN else data.pop(key, default)

    def setdefault(self, key, value):
        data = self._get_session()
        if key not in data:
            data[key] = value
            self._changed()
        return data[key]

    def clear(self):
        # Nothing to load: the data is to be thrown away anyway.
        vars(self).update(_session_cache={}, accessed=True, modified=True)

    # ---- the test cookie ------------------------------------------------------------------

    def set_test_cookie(self):
        self.__setitem__(self.TEST_COOKIE_NAME, self.TEST_COOKIE_VALUE)

    def test_cookie_worked(self):
        return self.get(self.TEST_COOKIE_NAME, None) == self.TEST_COOKIE_VALUE

    def delete_test_cookie(self):
        self.__delitem__(self.TEST_COOKIE_NAME)

    # ---- encoding, for the backends that store text ---------------------------------------

    def encode(self, session_dict):
        """The dict as signed, compressed text."""
        return signing.dumps(session_dict, salt=self.key_salt, serializer=self.serializer, compress=True)

    def decode(self, session_data):
        """What encode() wrote; {} (an empty session) when the text is corrupt."""
        try:
            return signing.loads(session_data, salt=self.key_salt, serializer=self.serializer)
        except Exception as problem:  # a bad signature is logged; undecodable data is not
            if isinstance(problem, signing.BadSignature):
                logging.getLogger("django.security.SuspiciousSession").warning("Session data corrupted")
            return {}

    # ---- expiry ---------------------------------------------------------------------------

    def get_session_cookie_age(self):
        return getattr(settings, "SESSION_COOKIE_AGE")

    def _expiry_and_modification(self, given):
        """The expiry (the one given, even None, else the session's own: reading it loads the
        session) and the moment it counts from."""
        expiry = given["expiry"] if "expiry" in given else self.get(_EXPIRY)
        return _as_moment(expiry), given["modification"] if "modification" in given else _now()

    def get_expiry_age(self, **kwargs):
        """Seconds until the session expires (`modification`, `expiry` may be given)."""
        expiry, modification = self._expiry_and_modification(kwargs)
        if not isinstance(expiry, datetime):
            return expiry or self.get_session_cookie_age()
        left = expiry - modification
        return left.days * 86400 + left.seconds

    def get_expiry_date(self, **kwargs):
        """When the session expires (`modification`, `expiry` may be given)."""
        expiry, modification = self._expiry_and_modification(kwargs)
        if isinstance(expiry, datetime):
            return expiry
        return modification + timedelta(seconds=expiry or self.get_session_cookie_age())

    def set_expiry(self, value):
        """Seconds of inactivity (0: at browser close), a datetime or timedelta, or None for the
        settings' policy."""
        if value is not None:
            moment = _now() + value if isinstance(value, timedelta) else value
            self.__setitem__(_EXPIRY, moment.isoformat() if isinstance(moment, datetime) else moment)
        elif _EXPIRY in self:
            self.__delitem__(_EXPIRY)

    def get_expire_at_browser_close(self):
        expiry = self.get(_EXPIRY)
        return settings.SESSION_EXPIRE_AT_BROWSER_CLOSE if expiry is None else expiry == 0

    # ---- life cycle -----------------------------------------------------------------------

    def flush(self):
        """Throw the data away, delete the stored session, and drop the key."""
        self.clear()
        self.delete()
        vars(self)["_valid_key"] = None

    def cycle_key(self):
        """A new key for the same data (after a login: the old key may have been seen)."""
        kept, old_key = self._get_session(), self.session_key
        self.create()
        vars(self)["_session_cache"] = kept
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


def _as_moment(expiry):
    """An expiry stored as ISO text, as a datetime; any other value as it is."""
    return datetime.fromisoformat(expiry) if isinstance(expiry, str) else expiry


def _reading(name):
    """A method that answers with the session dict's own `name` method."""

    def read(self, *args):
        return getattr(self._get_session(), name)(*args)

    read.__name__ = name
    return read


def _writing(name):
    """A method that calls the session dict's `name` method, and marks the session modified."""

    def write(self, *args):
        getattr(self._get_session(), name)(*args)
        self._changed()

    write.__name__ = name
    return write


for _name in ("__contains__", "__getitem__", "get", "keys", "values", "items"):
    setattr(SessionBase, _name, _reading(_name))
for _name in ("__setitem__", "__delitem__", "update"):
    setattr(SessionBase, _name, _writing(_name))
SessionBase.has_key = SessionBase.__contains__


def _async_twin(name):
    async def twin(self, *args, **kwargs):
        return getattr(self, name)(*args, **kwargs)

    twin.__name__ = "a" + name.strip("_").replace("setitem", "set")
    return twin


for _name in ("get", "pop", "setdefault", "update", "has_key", "keys", "values", "items", "set_test_cookie",
              "test_cookie_worked", "delete_test_cookie", "get_expiry_age", "get_expiry_date", "set_expiry",
              "get_expire_at_browser_close", "flush", "cycle_key", "exists", "create", "save", "delete", "load",
              "__setitem__"):
    _twin = _async_twin(_name)
    setattr(SessionBase, _twin.__name__, _twin)
del _name, _twin
