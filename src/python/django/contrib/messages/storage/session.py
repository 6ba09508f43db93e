"""SessionStorage (django.contrib.messages.storage.session): the messages in the session, under
"_messages", as the cookie storage's JSON; it stores everything it is given."""

from django.contrib.messages.storage.base import BaseStorage
from django.contrib.messages.storage.cookie import MessageDecoder, MessageEncoder
from django.core.exceptions import ImproperlyConfigured

_NO_SESSION = (
    "The session-based temporary message storage requires session middleware to be installed, and come before the "
    "message middleware in the MIDDLEWARE list."
)


class SessionStorage(BaseStorage):
    """Store messages in the session (that is, django.contrib.sessions)."""

    session_key = "_messages"

    def __init__(self, request, *args, **kwargs):
        if getattr(request, "session", _NO_SESSION) is _NO_SESSION:
            raise ImproperlyConfigured(_NO_SESSION)
        BaseStorage.__init__(self, request, *args, **kwargs)

    def _get(self, *args, **kwargs):
        stored = self.request.session.get(self.session_key)
        return self.deserialize_messages(stored), True

    def _store(self, messages, response, *args, **kwargs):
        session = self.request.session
        if not messages:
            session.pop(self.session_key, None)
        else:
            session[self.session_key] = self.serialize_messages(messages)
        return []

    def serialize_messages(self, messages):
        return MessageEncoder().encode(messages)

    def deserialize_messages(self, data):
        if isinstance(data, str) and data:
            return MessageDecoder().decode(data)
        return data
