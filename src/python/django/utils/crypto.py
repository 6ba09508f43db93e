"""Cryptographic helpers (django.utils.crypto): keyed hashes, random strings, safe comparison."""

import hashlib
import hmac
import secrets

from django.utils.encoding import force_bytes

RANDOM_STRING_CHARS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"


class InvalidAlgorithm(ValueError):
    """Algorithm is not supported by hashlib."""


def salted_hmac(key_salt, value, secret=None, *, algorithm="sha1"):
    """An HMAC of `value` under a key derived from `key_salt` and `secret` (SECRET_KEY by
    default): one salt per purpose, so a value signed for one use is no good for another."""
    if secret is None:
        from django.conf import settings

        secret = settings.SECRET_KEY
    hasher = getattr(hashlib, algorithm, None)
    if hasher is None:
        raise InvalidAlgorithm("%r is not an algorithm accepted by the hashlib module." % algorithm)
    # Always derive the key, even when salt + secret is longer than a block (where hmac would
    # hash it anyway): the key must not depend on their length.
    derived_key = hasher(force_bytes(key_salt) + force_bytes(secret)).digest()
    return hmac.new(derived_key, msg=force_bytes(value), digestmod=hasher)


def get_random_string(length, allowed_chars=RANDOM_STRING_CHARS):
    """`length` characters, each drawn from `allowed_chars` by secrets.choice, as Django draws them.

    Its strength in bits is length * log2(len(allowed_chars)): about 71 for 12 of the default 62.
    """
    return "".join(secrets.choice(allowed_chars) for _ in range(length))


def constant_time_compare(val1, val2):
    """Whether two strings (or bytes) are equal, in a time that does not tell where they differ."""
    return secrets.compare_digest(force_bytes(val1), force_bytes(val2))


def pbkdf2(password, salt, iterations, dklen=0, digest=None):
    """The PBKDF2 hash of `password` (SHA-256 unless `digest` names another hashlib function)."""
    algorithm = (digest or hashlib.sha256)().name
    derive = getattr(hashlib, "pbkdf2_hmac", _pbkdf2_hmac)
    return derive(algorithm, force_bytes(password), force_bytes(salt), iterations, dklen or None)


def _pbkdf2_hmac(hash_name, password, salt, iterations, dklen=None):
    """PBKDF2 (RFC 8018) with HMAC, for a Python whose hashlib lacks pbkdf2_hmac (Pyodide's
    builds without OpenSSL): slower, the same bytes."""
    size = hashlib.new(hash_name).digest_size
    length = dklen or size
    blocks = []
    for index in range(1, -(-length // size) + 1):
        link = hmac.digest(password, salt + index.to_bytes(4, "big"), hash_name)
        mixed = int.from_bytes(link, "big")
        for _ in range(iterations - 1):
            link = hmac.digest(password, link, hash_name)
            mixed ^= int.from_bytes(link, "big")
        blocks.append(mixed.to_bytes(size, "big"))
    return b"".join(blocks)[:length]
