"""The session kept in the cookie itself (SESSION_ENGINE =
"django.contrib.sessions.backends.signed_cookies"): the session key *is* the data, signed and
timestamped, so nothing is stored on the server. A cookie that was altered, or is older than
SESSION_COOKIE_AGE, gives an empty session. Signed, not encrypted: the browser can read it."""

from django.contrib.sessions.backends.base import SessionBase
from django.core import signing

_SALT = "django.contrib.sessions.backends.signed_cookies"


class SessionStore(SessionBase):
    def load(self):
        """The data the key holds; an empty, modified session if it does not check out."""
        try:
            return signing.loads(self.session_key, salt=_SALT, serializer=self.serializer,
                                 max_age=self.get_session_cookie_age())
        except Exception:  # a bad signature, an expired one, or data that does not decode
            self.create()
        return {}

    def create(self):
        # Nothing to create: marked modified, the cookie is sent with this response.
        vars(self)["modified"] = True

    def save(self, must_create=False):
        # The new key is the data signed anew.
        self._session_key = signing.dumps(self._get_session(), salt=_SALT, serializer=self.serializer, compress=True)
        self.create()

    def exists(self, session_key=None):
        # Nothing is shared between clients, so no key is ever taken.
        return False

    def delete(self, session_key=None):
        self._session_key = ""
        vars(self).update(_session_cache={})
        self.create()

    def cycle_key(self):
        self.save()

    @classmethod
    def clear_expired(cls):
        pass  # expired cookies are the browser's to drop

    @classmethod
    async def aclear_expired(cls):
        pass
