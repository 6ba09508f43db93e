"""django.utils.text, the part settings and apps reach for: slugify() (a setting computed from a
project's name), capfirst() and format_lazy(); and the gzip compression of responses
(compress_string, compress_sequence) that GZipMiddleware uses."""

import gzip
import io
import re
import secrets
import unicodedata
import zlib

from django.utils.functional import keep_lazy_text, lazy

#: What a slug leaves out: anything but word characters, spaces and hyphens.
_NOT_IN_SLUG = re.compile(r"[^\w\s-]")
#: Runs of spaces and hyphens, each of which becomes one hyphen.
_SLUG_GAPS = re.compile(r"[-\s]+")


@keep_lazy_text
def slugify(value, allow_unicode=False):
    """'Hello, World!' -> 'hello-world': lower case, only letters, digits, underscores and
    hyphens, no hyphen or underscore at either end. Letters are made ASCII (accents dropped,
    others left out) unless `allow_unicode`."""
    text = unicodedata.normalize("NFKC" if allow_unicode else "NFKD", str(value))
    if not allow_unicode:
        text = text.encode("ascii", "ignore").decode("ascii")
    kept = _NOT_IN_SLUG.sub("", text.lower())
    return _SLUG_GAPS.sub("-", kept).strip("-_")


@keep_lazy_text
def capfirst(x):
    """The text with its first character in upper case ('' and None stay as they are)."""
    if not x:
        return x
    text = str(x)
    return text[0].upper() + text[1:]


def _format(format_string, *args, **kwargs):
    return format_string.format(*args, **kwargs)


#: str.format() done when the result is used (for lazily translated formats).
format_lazy = lazy(_format, str)


# ---- gzip, as GZipMiddleware sends it -------------------------------------------------------
#
# Level 6 and a zero timestamp, so that the same content compresses the same way. Against
# BREACH (guessing a secret from the compressed length), the gzip header may carry a file name
# of 0 to max_random_bytes-1 random bytes: the length then varies from one response to the next.

_GZIP_FLAGS_AT = 3  # the FLG byte of a gzip header (RFC 1952)
_GZIP_HEADER_LENGTH = 10


def _padding_name(max_random_bytes):
    return b"a" * secrets.randbelow(max_random_bytes)


def compress_string(s, *, max_random_bytes=None):
    """The bytes `s` gzipped; with `max_random_bytes`, padded with a random-length file name."""
    packed = zlib.compress(s, 6, wbits=31)  # a gzip member with no timestamp, as Python 3.12's gzip.compress(mtime=0) gives
    if not max_random_bytes:
        return packed
    header = bytearray(packed[:_GZIP_HEADER_LENGTH])
    header[_GZIP_FLAGS_AT] = gzip.FNAME
    return bytes(header) + _padding_name(max_random_bytes) + b"\0" + packed[_GZIP_HEADER_LENGTH:]


def _drained(buffer):
    """What has been written to `buffer` since the last call, emptying it."""
    written = buffer.getvalue()
    buffer.seek(0)
    buffer.truncate()
    return written


def compress_sequence(sequence, *, max_random_bytes=None):
    """A gzip stream of the byte chunks of `sequence`, as chunks: the header first, then what
    each chunk adds (nothing when the compressor holds it back), then the end."""
    buffer = io.BytesIO()
    name = _padding_name(max_random_bytes) if max_random_bytes else None
    with gzip.GzipFile(filename=name, mode="wb", compresslevel=6, fileobj=buffer, mtime=0) as packer:
        yield _drained(buffer)
        for chunk in sequence:
            packer.write(chunk)
            if buffer.tell():
                yield _drained(buffer)
    yield _drained(buffer)


async def acompress_sequence(sequence, *, max_random_bytes=None):
    """compress_sequence() of an async iterator of byte chunks."""
    buffer = io.BytesIO()
    name = _padding_name(max_random_bytes) if max_random_bytes else None
    with gzip.GzipFile(filename=name, mode="wb", compresslevel=6, fileobj=buffer, mtime=0) as packer:
        yield _drained(buffer)
        async for chunk in sequence:
            packer.write(chunk)
            if buffer.tell():
                yield _drained(buffer)
    yield _drained(buffer)
