"""SessionStorage (django.contrib.messages.storage.session): the messages in the session, under
"_messages", as the cookie storage's JSON; it stores everything it is given."""

import json

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
        if not hasattr(request, "session"):
            raise ImproperlyConfigured(_NO_SESSION)
        super().__init__(request, *args, **kwargs)

    def _get(self, *args, **kwargs):
        return self.deserialize_messages(self.request.session.get(self.session_key)), True

    def _store(self, messages, response, *args, **kwargs):
        if messages:
            self.request.session[self.session_key] = self.serialize_messages(messages)
        else:
            self.request.session.pop(self.session_key, None)
        return []

    def serialize_messages(self, messages):
        return MessageEncoder().encode(messages)

    def deserialize_messages(self, data):
        return json.loads(data, cls=MessageDecoder) if data and isinstance(data, str) else data
