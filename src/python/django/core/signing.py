"""Signed values (django.core.signing): a value with a keyed hash after it, so that what comes
back from a browser (a cookie, a URL) can be trusted not to have been altered.

    signed = Signer().sign("hello")           # 'hello:<signature>'
    Signer().unsign(signed)                    # 'hello', or BadSignature
    token = dumps({"cart": [1, 2]})            # JSON, base64, a timestamp, signed
    loads(token, max_age=3600)                 # the object, or SignatureExpired / BadSignature

The signature is HMAC (SHA-256 by default) under a key derived from SECRET_KEY and a salt, so
a value signed for one purpose is no good for another. The format is Django's exactly: a cookie
signed by real Django reads here, and the other way round.
"""

import base64
import datetime
import json
import re
import time
import zlib

from django.conf import settings
from django.utils.crypto import constant_time_compare, salted_hmac
from django.utils.encoding import force_bytes
from django.utils.module_loading import import_string

BASE62_ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"

# A separator must not be a character the signature or base64 text can contain.
_SIGNATURE_CHARACTERS = re.compile(r"^[A-z0-9-_=]*$")


class BadSignature(Exception):
    """Signature does not match."""


class SignatureExpired(BadSignature):
    """Signature timestamp is older than required max_age."""


def b62_encode(s):
    """A whole number in base 62 (the timestamps' alphabet), '-' first when negative."""
    if s == 0:
        return "0"
    digits = []
    rest = abs(s)
    while rest:
        rest, digit = divmod(rest, 62)
        digits.append(BASE62_ALPHABET[digit])
    return ("-" if s < 0 else "") + "".join(reversed(digits))


def b62_decode(s):
    negative = s.startswith("-")
    number = 0
    for digit in s[1:] if negative else s:
        number = number * 62 + BASE62_ALPHABET.index(digit)
    return -number if negative else number


def b64_encode(s):
    """URL-safe base64 without its '=' padding."""
    return base64.urlsafe_b64encode(s).rstrip(b"=")


def b64_decode(s):
    missing = -len(s) % 4
    return base64.urlsafe_b64decode(s + b"=" * missing)


def base64_hmac(salt, value, key, algorithm="sha1"):
    digest = salted_hmac(salt, value, key, algorithm=algorithm).digest()
    return b64_encode(digest).decode()


def _cookie_signer_key(key):
    # Cookies get their own key, so a signed cookie is never a valid signature elsewhere.
    return b"".join((b"django.http.cookies", force_bytes(key)))


def get_cookie_signer(salt="django.core.signing.get_cookie_signer"):
    """The SIGNING_BACKEND signer that set_signed_cookie() and get_signed_cookie() use."""
    backend = import_string(settings.SIGNING_BACKEND)
    keys = [_cookie_signer_key(each) for each in (settings.SECRET_KEY, *settings.SECRET_KEY_FALLBACKS)]
    return backend(key=keys[0], fallback_keys=keys[1:], salt=salt)


_COMPACT_JSON = json.JSONEncoder(separators=(",", ":"))


class JSONSerializer:
    """Objects as compact JSON bytes (latin-1, which keeps every byte json.dumps writes)."""

    def dumps(self, obj):
        return _COMPACT_JSON.encode(obj).encode("latin-1")

    def loads(self, data):
        return json.loads(str(data, "latin-1"))


def dumps(obj, key=None, salt="django.core.signing", serializer=JSONSerializer, compress=False):
    """A URL-safe, signed and timestamped text holding `obj` (JSON by default, zlib-compressed
    when `compress` and that makes it shorter). Signed, not encrypted: anyone can read it."""
    return TimestampSigner(key=key, salt=salt).sign_object(obj, serializer=serializer, compress=compress)


def loads(s, key=None, salt="django.core.signing", serializer=JSONSerializer, max_age=None, fallback_keys=None):
    """The object dumps() wrote into `s`; BadSignature if it was altered, SignatureExpired if it
    is older than `max_age` seconds."""
    signer = TimestampSigner(key=key, salt=salt, fallback_keys=fallback_keys)
    return signer.unsign_object(s, serializer=serializer, max_age=max_age)


class Signer:
    """Appends `sep` and a signature to a text; unsign() checks it (against the key, then each
    fallback key, so that SECRET_KEY can be rotated) and gives the text back."""

    def __init__(self, *, key=None, sep=":", salt=None, algorithm=None, fallback_keys=None):
        vars(self).update(
            key=key or settings.SECRET_KEY,
            fallback_keys=settings.SECRET_KEY_FALLBACKS if fallback_keys is None else fallback_keys,
            sep=sep,
            salt=salt or f"{type(self).__module__}.{type(self).__name__}",
            algorithm=algorithm or "sha256",
        )
        if _SIGNATURE_CHARACTERS.match(sep):
            raise ValueError("Unsafe Signer separator: %r (cannot be empty or consist of only A-z0-9-_=)" % sep)

    def signature(self, value, key=None):
        return base64_hmac(self.salt + "signer", value, key or self.key, algorithm=self.algorithm)

    def sign(self, value):
        return f"{value}{self.sep}{self.signature(value)}"

    def unsign(self, signed_value):
        value, found, signature = signed_value.rpartition(self.sep)
        if not found:
            raise BadSignature('No "%s" found in value' % self.sep)
        if any(constant_time_compare(signature, self.signature(value, key)) for key in (self.key, *self.fallback_keys)):
            return value
        raise BadSignature('Signature "%s" does not match' % signature)

    def sign_object(self, obj, serializer=JSONSerializer, compress=False):
        """`obj` serialized, base64'd (with a leading '.' when zlib-compressed) and signed."""
        data, marker = serializer().dumps(obj), ""
        if compress:
            squeezed = zlib.compress(data)
            if len(squeezed) < len(data) - 1:  # compressing must save more than the marker costs
                data, marker = squeezed, "."
        return self.sign(marker + b64_encode(data).decode())

    def unsign_object(self, signed_obj, serializer=JSONSerializer, **kwargs):
        text = self.unsign(signed_obj, **kwargs).encode()
        compressed = text.startswith(b".")
        data = b64_decode(text[1:] if compressed else text)
        return serializer().loads(zlib.decompress(data) if compressed else data)


class TimestampSigner(Signer):
    """A Signer that also signs when the value was signed, so unsign() can refuse old values."""

    def timestamp(self):
        now = int(time.time())
        return b62_encode(now)

    def sign(self, value):
        return super().sign(f"{value}{self.sep}{self.timestamp()}")

    def unsign(self, value, max_age=None):
        """The value, once its signature checks out and it is at most `max_age` seconds old
        (a number or a timedelta)."""
        value, stamp = super().unsign(value).rsplit(self.sep, 1)
        signed_at = b62_decode(stamp)
        if max_age is None:
            return value
        limit = max_age.total_seconds() if isinstance(max_age, datetime.timedelta) else max_age
        age = time.time() - signed_at
        if limit < age:
            raise SignatureExpired("Signature age %s > %s seconds" % (age, limit))
        return value
