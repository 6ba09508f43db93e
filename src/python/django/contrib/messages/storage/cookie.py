"""CookieStorage (django.contrib.messages.storage.cookie): the messages in a signed cookie,
"messages", with the session cookie's flags (SESSION_COOKIE_DOMAIN, _SECURE, _HTTPONLY,
_SAMESITE).

A message is written as JSON ["__json_message", is_safe, level, text(, extra_tags)]. A cookie
is at most 2048 characters: when the messages do not fit, the oldest are left out (returned to
the caller) and the list ends with "__messagesnotfinished__", so the fallback storage knows
to look in the session for the rest.
"""

import binascii
import json
from http.cookies import SimpleCookie

from django._trace import note
from django.conf import settings
from django.contrib.messages.storage.base import BaseStorage, Message
from django.core import signing


def _safestring():
    """django.utils.safestring's SafeData and mark_safe (None, None where the template engine
    that brings them is absent)."""
    try:
        from django.utils.safestring import SafeData, mark_safe
    except ImportError:
        return None, None
    return SafeData, mark_safe


class MessageEncoder(json.JSONEncoder):
    """Compactly serialize instances of the ``Message`` class as JSON."""

    message_key = "__json_message"

    def default(self, obj):
        if not isinstance(obj, Message):
            return super().default(obj)
        safe_type, _mark = _safestring()
        is_safe = int(safe_type is not None and isinstance(obj.message, safe_type))
        fields = [self.message_key, is_safe, obj.level, obj.message]
        if obj.extra_tags is not None:
            fields.append(obj.extra_tags)
        return fields


class MessageDecoder(json.JSONDecoder):
    """Decode JSON that includes serialized ``Message`` instances."""

    def process_messages(self, obj):
        if isinstance(obj, dict):
            return {key: self.process_messages(value) for key, value in obj.items()}
        if not isinstance(obj, list) or not obj:
            return obj
        if obj[0] != MessageEncoder.message_key:
            return [self.process_messages(item) for item in obj]
        _key, is_safe, *fields = obj
        _safe_type, mark_safe = _safestring()
        if is_safe and mark_safe is not None:
            fields[1] = mark_safe(fields[1])
        return Message(*fields)

    def decode(self, s, **kwargs):
        return self.process_messages(super().decode(s, **kwargs))


class MessagePartSerializer:
    """Each message as its own JSON text (so that a list of them can be cut short cheaply)."""

    def dumps(self, obj):
        return [json.dumps(each, separators=(",", ":"), cls=MessageEncoder) for each in obj]


class MessagePartGatherSerializer:
    """JSON texts (MessagePartSerializer's) joined into one JSON list, as bytes."""

    def dumps(self, obj):
        return ("[" + ",".join(obj) + "]").encode("latin-1")


class MessageSerializer:
    def loads(self, data):
        return json.loads(data.decode("latin-1"), cls=MessageDecoder)


def _first_fitting(count, too_large):
    """The smallest index i in 0..count for which too_large(i) is false, by bisection (as few
    encodings as possible; too_large is taken to turn false once and stay so)."""
    low, high = 0, count
    while low < high:
        middle = (low + high) // 2
        if too_large(middle):
            low = middle + 1
        else:
            high = middle
    return low


class CookieStorage(BaseStorage):
    """Store messages in a cookie."""

    cookie_name = "messages"
    max_cookie_size = 2048
    not_finished = "__messagesnotfinished__"
    not_finished_json = json.dumps("__messagesnotfinished__")
    key_salt = "django.contrib.messages"

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.signer = signing.get_cookie_signer(salt=self.key_salt)

    def _get(self, *args, **kwargs):
        messages = self._decode(self.request.COOKIES.get(self.cookie_name))
        all_retrieved = not (messages and messages[-1] == self.not_finished)
        if not all_retrieved:
            messages.pop()
        return messages, all_retrieved

    def _update_cookie(self, encoded_data, response):
        """Set the cookie to `encoded_data`, or delete it when there is nothing to keep."""
        if encoded_data:
            response.set_cookie(
                self.cookie_name, encoded_data, domain=settings.SESSION_COOKIE_DOMAIN,
                secure=settings.SESSION_COOKIE_SECURE or None, httponly=settings.SESSION_COOKIE_HTTPONLY or None,
                samesite=settings.SESSION_COOKIE_SAMESITE,
            )
            note("MessageMiddleware", f"{self.cookie_name} cookie set: messages kept for the next page")
        else:
            response.delete_cookie(
                self.cookie_name, domain=settings.SESSION_COOKIE_DOMAIN, samesite=settings.SESSION_COOKIE_SAMESITE
            )

    def _store(self, messages, response, remove_oldest=True, *args, **kwargs):
        """Store the messages in the cookie; return those that did not fit (the oldest ones,
        or with remove_oldest=False the newest)."""
        parts = MessagePartSerializer().dumps(messages)
        encoded = self._encode_parts(parts)
        unstored = []
        if self.max_cookie_size and self._too_large(encoded):
            if remove_oldest:
                # Drop the first `cut` messages, the fewest that make the rest fit.
                cut = _first_fitting(len(parts), lambda cut: self._too_large(self._unfinished(parts[cut:])))
                unstored, encoded = messages[:cut], self._unfinished(parts[cut:])
            else:
                # Keep the first `kept`: the longest start whose next message no longer fits.
                kept = _first_fitting(len(parts), lambda kept: not self._too_large(self._unfinished(parts[: kept + 1])))
                unstored, encoded = messages[kept:], self._unfinished(parts[:kept])
        self._update_cookie(encoded, response)
        return unstored

    def _too_large(self, data):
        return bool(data) and len(SimpleCookie().value_encode(data)[1]) > self.max_cookie_size

    def _unfinished(self, parts):
        """The cookie value for `parts` followed by the not-finished marker."""
        return self._encode_parts([*parts, self.not_finished_json], encode_empty=True)

    def _encode_parts(self, messages, encode_empty=False):
        """The signed, compressed cookie value for serialized messages (None for none, unless
        encode_empty)."""
        if messages or encode_empty:
            return self.signer.sign_object(messages, serializer=MessagePartGatherSerializer, compress=True)
        return None

    def _encode(self, messages, encode_empty=False):
        return self._encode_parts(MessagePartSerializer().dumps(messages), encode_empty=encode_empty)

    def _decode(self, data):
        """The messages a cookie value holds; None when it is absent, or altered (the storage
        then counts as used, so the bad cookie is replaced)."""
        if not data:
            return None
        try:
            return self.signer.unsign_object(data, serializer=MessageSerializer)
        except (signing.BadSignature, binascii.Error, json.JSONDecodeError):
            self.used = True
            return None
