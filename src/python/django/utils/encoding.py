"""Text and bytes, and the percent-encodings of URLs (django.utils.encoding).

An IRI (RFC 3987) is a URL that may hold any Unicode character ('/café/'); a URI (RFC 3986)
is its ASCII form ('/caf%C3%A9/'). Redirects, full paths and absolute URLs are sent as URIs:
iri_to_uri() encodes what is not ASCII and leaves everything that already means something in a
URL (reserved characters, existing %xx escapes) alone; uri_to_iri() decodes only what can be
decoded without changing the URL's meaning.
"""

import codecs
import datetime
import locale
import re
from decimal import Decimal
from urllib.parse import quote

from django.utils.functional import Promise

# RFC 3986, section 2.2: characters with a meaning in a URL, never encoded by iri_to_uri().
_GEN_DELIMS = ":/?#[]@"
_SUB_DELIMS = "!$&'()*+,;="
_IRI_KEEPS = _GEN_DELIMS + _SUB_DELIMS + "%~"

# RFC 2396, section 3.3: what a path segment may hold unescaped, besides letters and digits.
# ';' '=' and '?' would change how the path reads, so escape_uri_path() encodes them.
_PATH_MARKS = "-_.!~*'()"
_PATH_KEEPS = "/" + ":@&+$," + _PATH_MARKS
_FILE_PATH_KEEPS = "/~!*()'"

# Escapes uri_to_iri() turns back into characters: any byte of a multi-byte UTF-8 sequence,
# and the ASCII letters and marks that mean nothing special in a URL.
_PERCENT_ESCAPE = re.compile(rb"%([0-9A-Fa-f]{2})")
_PLAIN_ASCII = frozenset(b"-._~ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")

# Values force_str()/force_bytes() leave alone when asked for strings_only.
_KEPT_AS_IS = (type(None), int, float, Decimal, datetime.datetime, datetime.date, datetime.time)


class DjangoUnicodeDecodeError(UnicodeDecodeError):
    """UnicodeDecodeError, whose message also shows the object that failed to decode."""

    def __str__(self):
        return f"{super().__str__()}. You passed in {self.object!r} ({type(self.object)})"


def is_protected_type(obj):
    """Whether force_str(obj, strings_only=True) keeps `obj` as it is (None, numbers, dates)."""
    return isinstance(obj, _KEPT_AS_IS)


def smart_str(s, encoding="utf-8", strings_only=False, errors="strict"):
    """force_str(), except that a lazy translation stays lazy."""
    return s if isinstance(s, Promise) else force_str(s, encoding, strings_only, errors)


def force_str(s, encoding="utf-8", strings_only=False, errors="strict"):
    """`s` as a str: bytes decoded with `encoding`, anything else through str(). (A str
    subclass is kept; a lazy object standing for a str is not: its type is not str's.)"""
    if issubclass(type(s), str) or (strings_only and is_protected_type(s)):
        return s
    try:
        return str(s, encoding, errors) if isinstance(s, bytes) else str(s)
    except UnicodeDecodeError as problem:
        raise DjangoUnicodeDecodeError(*problem.args) from None


def smart_bytes(s, encoding="utf-8", strings_only=False, errors="strict"):
    """force_bytes(), except that a lazy translation stays lazy."""
    return s if isinstance(s, Promise) else force_bytes(s, encoding, strings_only, errors)


def force_bytes(s, encoding="utf-8", strings_only=False, errors="strict"):
    """`s` as bytes in `encoding`: bytes (read as UTF-8) re-encoded, anything else through str()."""
    if isinstance(s, bytes):
        return s if encoding == "utf-8" else s.decode("utf-8", errors).encode(encoding, errors)
    if strings_only and is_protected_type(s):
        return s
    return bytes(s) if isinstance(s, memoryview) else str(s).encode(encoding, errors)


def iri_to_uri(iri):
    """The URI of an IRI: characters outside ASCII (and spaces, quotes...) percent-encoded as
    UTF-8; reserved characters and %xx escapes kept, so encoding twice changes nothing.

    >>> iri_to_uri("/blog/for/Jürgen Münster/")
    '/blog/for/J%C3%BCrgen%20M%C3%BCnster/'
    """
    if iri is None:
        return None
    if isinstance(iri, Promise):
        iri = str(iri)
    return quote(iri, safe=_IRI_KEEPS)


def uri_to_iri(uri):
    """The IRI of a URI: escapes of UTF-8 text and of plain ASCII letters decoded; escapes of
    reserved characters, spaces and broken UTF-8 kept (as %XX).

    >>> uri_to_iri("/%E2%99%A5%E2%99%A5/?utf8=%E2%9C%93")
    '/♥♥/?utf8=✓'
    """
    if uri is None:
        return None
    unescaped = _PERCENT_ESCAPE.sub(_decodable_byte, force_bytes(uri))
    return repercent_broken_unicode(unescaped).decode()


def _decodable_byte(escape):
    byte = int(escape[1], 16)
    if byte >= 0x80 or byte in _PLAIN_ASCII:
        return bytes((byte,))
    return escape[0]


def escape_uri_path(path):
    """`path` percent-encoded as the path of a URI: '/' and the characters a path segment may
    hold stay; '?', '#', ';', '=' and what is not ASCII are encoded."""
    return quote(path, safe=_PATH_KEEPS)


def punycode(domain):
    """The ASCII (IDNA) form of a domain name."""
    return domain.encode("idna").decode("ascii")


def repercent_broken_unicode(path):
    """`path` (bytes) with every byte that is not part of valid UTF-8 percent-encoded again."""
    repaired = bytearray()
    rest = path
    while True:
        try:
            rest.decode()
        except UnicodeDecodeError as exc:
            repaired += rest[: exc.start] + quote(rest[exc.start : exc.end]).encode()
            rest = rest[exc.end :]
        else:
            return bytes(repaired + rest)


def filepath_to_uri(path):
    """A file system path as the path part of a URL ('\\' becomes '/', the rest percent-encoded)."""
    return None if path is None else quote(str(path).replace("\\", "/"), safe=_FILE_PATH_KEEPS)


def get_system_encoding():
    """The encoding the system's locale uses ('ascii' when it names none, or one Python lacks)."""
    try:
        name = locale.getlocale()[1] or "ascii"
        codecs.lookup(name)
    except Exception:  # (locale itself may fail, not only the lookup)
        name = "ascii"
    return name


DEFAULT_LOCALE_ENCODING = get_system_encoding()
