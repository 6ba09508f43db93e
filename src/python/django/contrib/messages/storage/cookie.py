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


# What a cookie that was altered, or is not ours, fails with.
_UNREADABLE = (signing.BadSignature, binascii.Error, json.JSONDecodeError)


def _safestring():
    """django.utils.safestring's SafeData and mark_safe (None, None where the template engine
    that brings them is absent)."""
    try:
        from django.utils import safestring
    except ImportError:  # pragma: no cover - the template area provides it
        return None, None
    return safestring.SafeData, safestring.mark_safe


class MessageEncoder(json.JSONEncoder):
    """Compactly serialize instances of the ``Message`` class as JSON."""

    message_key = "__json_message"

    def default(self, obj):
        if not isinstance(obj, Message):
            return json.JSONEncoder.default(self, obj)
        safe_type = _safestring()[0]
        flag = 1 if safe_type is not None and isinstance(obj.message, safe_type) else 0
        tail = [] if obj.extra_tags is None else [obj.extra_tags]
        return [self.message_key, flag, obj.level, obj.message, *tail]


class MessageDecoder(json.JSONDecoder):
    """Decode JSON that includes serialized ``Message`` instances."""

    def process_messages(self, obj):
        if isinstance(obj, list) and obj and obj[0] == MessageEncoder.message_key:
            return self._message(obj)
        if isinstance(obj, list):
            return list(map(self.process_messages, obj))
        if isinstance(obj, dict):
            return dict(zip(obj, map(self.process_messages, obj.values())))
        return obj

    def _message(self, fields):
        _key, is_safe, level, text, *extra = fields
        mark_safe = _safestring()[1]
        if is_safe and mark_safe is not None:
            text = mark_safe(text)
        return Message(level, text, *extra)

    def decode(self, s, **kwargs):
        return self.process_messages(json.JSONDecoder.decode(self, s, **kwargs))


class MessagePartSerializer:
    """Each message as its own JSON text (so that a list of them can be cut short cheaply)."""

    def dumps(self, obj):
        encoder = MessageEncoder(separators=(",", ":"))
        return [encoder.encode(each) for each in obj]


class MessagePartGatherSerializer:
    """JSON texts (MessagePartSerializer's) joined into one JSON list, as bytes."""

    def dumps(self, obj):
        return f"[{','.join(obj)}]".encode("latin-1")


class MessageSerializer:
    def loads(self, data):
        return MessageDecoder().decode(data.decode("latin-1"))


def _first_fitting(count, too_large):
    """The smallest index i in 0..count for which too_large(i) is false, by bisection (as few
    encodings as possible; too_large is taken to turn false once and stay so)."""
    low, high = 0, count
    while low < high:
        middle = (low + high) // 2
        low, high = (middle + 1, high) if too_large(middle) else (low, middle)
    return low


class CookieStorage(BaseStorage):
    """Store messages in a cookie."""

    cookie_name = "messages"
    max_cookie_size = 2048
    not_finished = "__messagesnotfinished__"
    not_finished_json = '"__messagesnotfinished__"'
    key_salt = "django.contrib.messages"

    def __init__(self, *args, **kwargs):
        BaseStorage.__init__(self, *args, **kwargs)
        self.signer = signing.get_cookie_signer(salt=type(self).key_salt)

    def _get(self, *args, **kwargs):
        found = self._decode(self.request.COOKIES.get(self.cookie_name))
        cut_short = bool(found) and found[-1] == self.not_finished
        return (found[:-1] if cut_short else found), not cut_short

    def _update_cookie(self, encoded_data, response):
        """Set the cookie to `encoded_data`, or delete it when there is nothing to keep."""
        place = {"domain": settings.SESSION_COOKIE_DOMAIN, "samesite": settings.SESSION_COOKIE_SAMESITE}
        if not encoded_data:
            response.delete_cookie(self.cookie_name, **place)
            return
        flags = {"secure": settings.SESSION_COOKIE_SECURE or None, "httponly": settings.SESSION_COOKIE_HTTPONLY or None}
        response.set_cookie(self.cookie_name, encoded_data, **flags, **place)
        note("MessageMiddleware", f"{self.cookie_name} cookie set: messages kept for the next page")

    def _store(self, messages, response, remove_oldest=True, *args, **kwargs):
        """Store the messages in the cookie; return those that did not fit (the oldest ones,
        or with remove_oldest=False the newest)."""
        parts = MessagePartSerializer().dumps(messages)
        value, left_out = self._encode_parts(parts), []
        if self.max_cookie_size and self._too_large(value):
            if remove_oldest:
                # Drop the first `cut` messages, the fewest that make the rest fit.
                cut = _first_fitting(len(parts), lambda cut: self._too_large(self._unfinished(parts[cut:])))
                left_out, value = messages[:cut], self._unfinished(parts[cut:])
            else:
                # Keep the first `kept`: the longest start whose next message no longer fits.
                kept = _first_fitting(len(parts), lambda kept: not self._too_large(self._unfinished(parts[: kept + 1])))
                left_out, value = messages[kept:], self._unfinished(parts[:kept])
        self._update_cookie(value, response)
        return left_out

    def _too_large(self, data):
        """Whether `data`, quoted as a cookie value, is longer than max_cookie_size."""
        return bool(data) and len(SimpleCookie().value_encode(data)[1]) > self.max_cookie_size

    def _unfinished(self, parts):
        """The cookie value for `parts` followed by the not-finished marker."""
        return self._encode_parts([*parts, self.not_finished_json], encode_empty=True)

    def _encode_parts(self, messages, encode_empty=False):
        """The signed, compressed cookie value for serialized messages (None for none, unless
        encode_empty)."""
        if not (messages or encode_empty):
            return None
        return self.signer.sign_object(messages, serializer=MessagePartGatherSerializer, compress=True)

    def _encode(self, messages, encode_empty=False):
        return self._encode_parts(MessagePartSerializer().dumps(messages), encode_empty=encode_empty)

    def _decode(self, data):
        """The messages a cookie value holds; None when it is absent, or altered (the storage
        then counts as used, so the bad cookie is replaced)."""
        if data:
            try:
                return self.signer.unsign_object(data, serializer=MessageSerializer)
            except _UNREADABLE:
                self.used = True
        return None
