"""HTTP responses (django.http.response): status, headers, cookies and content.

HttpResponseBase is what every response has: a status code and reason phrase, headers (a
case-insensitive mapping that checks and encodes each value as it is set, as a WSGI server
needs it) and cookies. HttpResponse keeps its content in memory as bytes; StreamingHttpResponse
and FileResponse hand it out as an iterator, once. The redirects percent-encode their target
(an IRI such as '/æøå/' becomes '/%C3%A6%C3%B8%C3%A5/') and refuse schemes other than http,
https and ftp.

A status class says its status where it is declared: `class HttpResponseGone(HttpResponse,
status=410)` (the class attribute status_code is what Django's API exposes).
"""

import contextlib
import datetime
import decimal
import io
import json
import mimetypes
import os
import re
import sys
import time
import uuid
import warnings
from email.header import Header
from http.client import responses
from urllib.parse import urlsplit

from django.conf import settings
from django.core.exceptions import DisallowedRedirect
from django.http.cookie import SimpleCookie
from django.utils.datastructures import CaseInsensitiveMapping
from django.utils.decorators import _result_of
from django.utils.encoding import iri_to_uri
from django.utils.functional import Promise
from django.utils.http import content_disposition_header, http_date

_CHARSET_IN_CONTENT_TYPE = re.compile(r";\s*charset=(?P<charset>[^\s;]+)", re.IGNORECASE)

_SAMESITE_VALUES = ("lax", "none", "strict")
_COOKIE_EXPIRED = "Thu, 01 Jan 1970 00:00:00 GMT"

# A compressed file is sent as what it is: with Content-Encoding, a browser would unpack it.
_COMPRESSED_FILE_TYPES = {
    "br": "application/x-brotli",
    "bzip2": "application/x-bzip",
    "compress": "application/x-compress",
    "gzip": "application/gzip",
    "xz": "application/x-xz",
}


class BadHeaderError(ValueError):
    pass


# ---- headers ---------------------------------------------------------------------------------


def _refuse_newlines(text, cause=None):
    line_feed, carriage_return = (b"\n", b"\r") if isinstance(text, bytes) else ("\n", "\r")
    if line_feed in text or carriage_return in text:
        raise BadHeaderError(f"Header values can't contain newlines (got {text!r})") from cause


def _header_text(value, charset, mime_encode=False):
    """A header name (charset 'ascii') or value ('latin-1') as the str a server sends.

    Bytes are decoded, other objects go through str(); a newline anywhere is refused (it would
    start another header). A value outside latin-1 is MIME-encoded ('=?utf-8?b?...?=') when
    `mime_encode`; otherwise the UnicodeError says which charset headers need.
    """
    text = value
    try:
        if isinstance(value, bytes):
            text = value.decode(charset)
        else:
            text = value if isinstance(value, str) else str(value)
            text.encode(charset)
    except UnicodeError as problem:
        _refuse_newlines(text, problem)
        if not mime_encode:
            problem.reason += f", HTTP response headers must be in {charset} format"
            raise
        return Header(text, "utf-8", maxlinelen=sys.maxsize).encode()
    _refuse_newlines(text)
    return text


class ResponseHeaders(CaseInsensitiveMapping):
    """A response's headers: names match whatever their case (the spelling last set is kept);
    values are checked and encoded as they are set."""

    def __init__(self, data):
        self._entries = {}
        for name, value in self._unpack_items(data) if data else ():
            self[name] = value

    def __setitem__(self, key, value):
        name = _header_text(key, "ascii")
        self._entries[name.lower()] = (name, _header_text(value, "latin-1", mime_encode=True))

    def __delitem__(self, key):
        self.pop(key)

    def pop(self, key, default=None):
        """Drop a header (no error when it is not there); gives the (name, value) it had."""
        return self._entries.pop(key.lower(), default)

    def setdefault(self, key, value):
        """Set a header unless it is set already."""
        if key.lower() not in self._entries:
            self[key] = value


# ---- the base of all responses ---------------------------------------------------------------


class _GivenOrDerived:
    """A response attribute that is derived (the charset from Content-Type, the reason phrase
    from the status) until a value is given; stored in `_<name>`, None meaning 'derive it'."""

    def __init__(self, derive):
        self.derive = derive
        self.__doc__ = derive.__doc__

    def __set_name__(self, owner, name):
        self.storage = "_" + name

    def __get__(self, response, owner=None):
        if response is None:
            return self
        given = getattr(response, self.storage, None)
        return self.derive(response) if given is None else given

    def __set__(self, response, value):
        setattr(response, self.storage, value)


def _declared_charset(response):
    """The charset Content-Type names, else DEFAULT_CHARSET (read each time, so that a new
    Content-Type brings its own)."""
    named = _CHARSET_IN_CONTENT_TYPE.search(response.headers.get("Content-Type") or "")
    return named["charset"].replace('"', "") if named else settings.DEFAULT_CHARSET


def _standard_reason(response):
    """The standard reason phrase of the status ('Not Found')."""
    return responses.get(response.status_code, "Unknown Status Code")


def _status_code(status):
    try:
        code = int(status)
    except (ValueError, TypeError):
        raise TypeError("HTTP status code must be an integer.") from None
    if code < 100 or code > 599:
        raise ValueError("HTTP status code must be an integer from 100 to 599.")
    return code


def _forwarded_to_headers(method_name, doc):
    """A response method that is the same method of its headers (`response["Allow"]`...)."""

    def method(self, *args):
        return getattr(self.headers, method_name)(*args)

    method.__name__, method.__doc__ = method_name, doc
    return method


class HttpResponseBase:
    """What every response has: status, headers, cookies, charset. Its subclasses hold the
    content: HttpResponse (in memory) or StreamingHttpResponse (an iterator)."""

    status_code: int = 200

    def __init_subclass__(cls, status=None, preserving_status=None, **options):
        """`class HttpResponseGone(HttpResponse, status=410)`; a redirect class also names the
        status that keeps the request's method and body (`preserving_status=307`)."""
        super().__init_subclass__(**options)
        if status:
            cls.status_code = status
        if preserving_status:
            cls.status_code_preserve_request = preserving_status

    charset = _GivenOrDerived(_declared_charset)
    reason_phrase = _GivenOrDerived(_standard_reason)

    def __init__(self, content_type=None, status=None, reason=None, charset=None, headers=None):
        self.headers = ResponseHeaders(headers)
        self.charset = charset
        self._add_content_type(content_type)
        # Closed with the response (files it streams); the handler that serves it sets _handler_class.
        self._resource_closers, self._handler_class = [], None
        self.cookies, self.closed = SimpleCookie(), False
        if status is not None:
            self.status_code = _status_code(status)
        self.reason_phrase = reason

    def _add_content_type(self, given):
        if not self.has_header("Content-Type"):
            self.headers["Content-Type"] = given if given is not None else f"text/html; charset={self.charset}"
        elif given:
            raise ValueError("'headers' must not contain 'Content-Type' when the 'content_type' parameter is provided.")

    def serialize_headers(self):
        """The headers as bytes, one 'Name: value' a line, CRLF between."""
        lines = (f"{name}: {value}" for name, value in self.headers.items())
        return "\r\n".join(lines).encode("latin-1")

    def __bytes__(self):
        return self.serialize_headers()

    @property
    def _content_type_for_repr(self):
        content_type = self.headers.get("Content-Type")
        return "" if content_type is None else f', "{content_type}"'

    # The response is also a mapping of its headers.
    __getitem__ = _forwarded_to_headers("__getitem__", "A header's value (KeyError if it is not set).")
    __setitem__ = _forwarded_to_headers("__setitem__", "Set a header.")
    __delitem__ = _forwarded_to_headers("__delitem__", "Drop a header (no error when it is not set).")
    has_header = __contains__ = _forwarded_to_headers("__contains__", "Whether a header is set (whatever its case).")
    items = _forwarded_to_headers("items", "(name, value) of each header.")
    setdefault = _forwarded_to_headers("setdefault", "Set a header unless it is set already.")

    def get(self, header, alternate=None):
        return self.headers.get(header, alternate)

    # ---- cookies ---------------------------------------------------------------------------

    def set_cookie(
        self,
        key,
        value="",
        max_age=None,
        expires=None,
        path="/",
        domain=None,
        secure=False,
        httponly=False,
        samesite=None,
    ):
        """Set a cookie. `expires` is a date string, or a datetime (naive means UTC) from which
        max_age is computed; `max_age` is seconds or a timedelta, and sets Expires as well."""
        self.cookies[key] = value
        morsel = self.cookies[key]
        morsel.update(_cookie_lifetime(max_age, expires))
        morsel.update({name: given for name, given in (("path", path), ("domain", domain)) if given is not None})
        morsel.update({name: True for name, flag in (("secure", secure), ("httponly", httponly)) if flag})
        if samesite:
            if samesite.lower() not in _SAMESITE_VALUES:
                raise ValueError('samesite must be "lax", "none", or "strict".')
            morsel["samesite"] = samesite

    def set_signed_cookie(self, key, value, salt="", **kwargs):
        """set_cookie() with the value signed (get_signed_cookie() reads it back)."""
        from django.core import signing

        return self.set_cookie(key, signing.get_cookie_signer(salt=key + salt).sign(value), **kwargs)

    def delete_cookie(self, key, path="/", domain=None, samesite=None):
        """Tell the browser to drop a cookie: an empty one that expired in 1970."""
        # A browser ignores a cookie that needs the Secure flag and lacks it: __Secure- and
        # __Host- names, and SameSite=None.
        needs_secure = key.startswith(("__Secure-", "__Host-")) or bool(samesite and samesite.lower() == "none")
        self.set_cookie(
            key, max_age=0, path=path, domain=domain, secure=needs_secure, expires=_COOKIE_EXPIRED, samesite=samesite
        )

    # ---- content, and the file-like interface a server uses --------------------------------

    def make_bytes(self, value):
        """`value` as bytes in the response's charset (bytes and memoryviews as they are)."""
        if isinstance(value, bytes | memoryview):
            return bytes(value)
        text = value if isinstance(value, str) else str(value)
        return text.encode(self.charset)

    def close(self):
        """Called by the server once the response is sent: closes what it streamed."""
        while self._resource_closers:
            _call_quietly(self._resource_closers.pop(0))
        self.closed = True

    def write(self, content):
        raise OSError("This %s instance is not writable" % type(self).__name__)

    writelines = write

    def flush(self):
        pass

    def tell(self):
        raise OSError("This %s instance cannot tell its position" % type(self).__name__)

    def readable(self):
        return False

    seekable = writable = readable


def _cookie_lifetime(max_age, expires):
    """The (attribute, value) pairs of a cookie's lifetime: 'expires', then 'max-age' if any."""
    if isinstance(expires, datetime.datetime):
        seconds_left = _seconds_until(expires)
        if max_age is not None:
            raise ValueError("'expires' and 'max_age' can't be used together.")
        max_age, expires = seconds_left, None
    if max_age is None:
        return [("expires", "" if expires is None else expires)]
    seconds = max_age.total_seconds() if isinstance(max_age, datetime.timedelta) else max_age
    whole_seconds = int(seconds)
    # Old browsers only read Expires, so a max-age brings one along.
    return [("expires", expires or http_date(time.time() + seconds)), ("max-age", whole_seconds)]


def _seconds_until(moment):
    """Whole seconds from now to `moment` (a naive datetime is UTC), plus one (what is lost in
    rounding), never negative."""
    if moment.utcoffset() is None:
        moment = moment.replace(tzinfo=datetime.UTC)
    left = moment - datetime.datetime.now(tz=datetime.UTC) + datetime.timedelta(seconds=1)
    return max(0, left.days * 86400 + left.seconds)


def _call_quietly(function):
    """Call `function`, ignoring what it raises: closing must not fail a response."""
    with contextlib.suppress(Exception):
        function()


# ---- responses held in memory ----------------------------------------------------------------


class _Held:
    """What an HttpResponse holds: its bytes as chunks (write() adds one), and the text they
    were decoded to the first time it was asked for (writing more does not change it, as in
    Django)."""

    __slots__ = ("chunks", "decoded")

    def __init__(self, chunks):
        self.chunks, self.decoded = chunks, None


def _nothing():
    pass


class HttpResponse(HttpResponseBase):
    """A response whose content is bytes held in memory; it can be read, replaced, and written
    to like a file."""

    streaming: bool = False

    def __init__(self, content=b"", *args, **options):
        super().__init__(*args, **options)
        self.content = content

    def __repr__(self):
        return f"<{type(self).__name__} status_code={self.status_code:d}{self._content_type_for_repr}>"

    def serialize(self):
        """The whole message as bytes: headers, a blank line, content."""
        return b"\r\n\r\n".join((self.serialize_headers(), self.content))

    def __bytes__(self):
        return self.serialize()

    @property
    def content(self):
        return b"".join(self._held.chunks)

    @content.setter
    def content(self, value):
        self._held = _Held([self._one_chunk(value)])

    def _one_chunk(self, value):
        """`value` as bytes. An iterable (not bytes or text) is consumed now, so that the content
        can be read again, and closed."""
        if isinstance(value, bytes | memoryview | str) or not hasattr(value, "__iter__"):
            return self.make_bytes(value)
        whole = b"".join(map(self.make_bytes, value))
        _call_quietly(getattr(value, "close", _nothing))
        return whole

    @property
    def text(self):
        """The content decoded with the response's charset, the first time it is asked for (until
        the content is replaced)."""
        held = self._held
        if held.decoded is None:
            held.decoded = str(self.content, self.charset or "utf-8")
        return held.decoded

    def __iter__(self):
        return iter(self._held.chunks)

    def write(self, content):
        self._held.chunks.append(self.make_bytes(content))

    def writelines(self, lines):
        for chunk in lines:
            self.write(chunk)

    def tell(self):
        return len(self.content)

    def getvalue(self):
        return self.content

    def writable(self):
        return True


class HttpResponseRedirectBase(HttpResponse):
    allowed_schemes: list[str] = ["http", "https", "ftp"]

    def __init__(self, redirect_to, preserve_request=False, *args, **options):
        super().__init__(*args, **options)
        # Location first: a refused redirect still has a repr (the debug page shows it).
        self["Location"] = iri_to_uri(redirect_to)
        scheme = urlsplit(str(redirect_to)).scheme
        if preserve_request:
            self.status_code = self.status_code_preserve_request
        if scheme and scheme not in self.allowed_schemes:
            raise DisallowedRedirect("Unsafe redirect to URL with protocol '%s'" % scheme)

    @property
    def url(self):
        return self["Location"]

    def __repr__(self):
        return f'<{type(self).__name__} status_code={self.status_code:d}{self._content_type_for_repr}, url="{self.url}">'


class HttpResponseRedirect(HttpResponseRedirectBase, status=302, preserving_status=307):
    """302 Found (307 with preserve_request=True)."""


class HttpResponsePermanentRedirect(HttpResponseRedirectBase, status=301, preserving_status=308):
    """301 Moved Permanently (308 with preserve_request=True)."""


class HttpResponseNotModified(HttpResponse, status=304):
    """304 Not Modified: no content, no Content-Type."""

    def __init__(self, *args, **options):
        super().__init__(*args, **options)
        del self["content-type"]

    @HttpResponse.content.setter
    def content(self, value):
        if value:
            raise AttributeError("You cannot set content to a 304 (Not Modified) response")
        self._held = _Held([])


class HttpResponseBadRequest(HttpResponse, status=400):
    """400 Bad Request."""


class HttpResponseForbidden(HttpResponse, status=403):
    """403 Forbidden."""


class HttpResponseNotFound(HttpResponse, status=404):
    """404 Not Found."""


class HttpResponseNotAllowed(HttpResponse, status=405):
    """405 Method Not Allowed; Allow lists the methods that are."""

    def __init__(self, permitted_methods, *args, **options):
        super().__init__(*args, **options)
        self["Allow"] = ", ".join(permitted_methods)

    def __repr__(self):
        return f"<{type(self).__name__} [{self['Allow']}] status_code={self.status_code:d}{self._content_type_for_repr}>"


class HttpResponseGone(HttpResponse, status=410):
    """410 Gone."""


class HttpResponseServerError(HttpResponse, status=500):
    """500 Internal Server Error."""


class Http404(Exception):
    pass


# ---- streamed responses ----------------------------------------------------------------------


_NO_CONTENT = "This %s instance has no `content` attribute. Use `streaming_content` instead."
_NO_TEXT = "This %s instance has no `text` attribute."


class StreamingHttpResponse(HttpResponseBase):
    """A response whose content is an iterator (sync or async), consumed once as it is sent.
    It has no `content`; a middleware may wrap `streaming_content` in another iterator."""

    streaming: bool = True

    def __init__(self, streaming_content=(), *args, **options):
        super().__init__(*args, **options)
        self._take_streaming_content(streaming_content)

    def __repr__(self):
        return f"<{type(self).__qualname__} status_code={self.status_code:d}{self._content_type_for_repr}>"

    @property
    def content(self):
        raise AttributeError(_NO_CONTENT % type(self).__name__)

    @property
    def text(self):
        raise AttributeError(_NO_TEXT % type(self).__name__)

    @property
    def streaming_content(self):
        """The content as bytes chunks (an async iterator when the content is async)."""
        source = self._iterator
        if not self.is_async:
            return map(self.make_bytes, source)

        async def as_bytes():
            async for chunk in source:
                yield self.make_bytes(chunk)

        return as_bytes()

    @streaming_content.setter
    def streaming_content(self, value):
        self._take_streaming_content(value)

    def _take_streaming_content(self, value):
        # Always an iterator, so that even a list is read once.
        try:
            self._iterator, self.is_async = iter(value), False
        except TypeError:
            self._iterator, self.is_async = aiter(value), True
        self._close_with_response(value)

    def _close_with_response(self, resource):
        """Have close() (called by the server once the response is sent) close `resource` too."""
        closer = getattr(resource, "close", None)
        if closer is not None:
            self._resource_closers.append(closer)

    def __iter__(self):
        if not self.is_async:
            return iter(self.streaming_content)
        warnings.warn(
            "StreamingHttpResponse must consume asynchronous iterators in order to serve them synchronously. Use a "
            "synchronous iterator instead.",
            Warning,
            stacklevel=2,
        )
        return map(self.make_bytes, _drain(self._iterator))

    async def __aiter__(self):
        if self.is_async:
            async for chunk in self.streaming_content:
                yield chunk
            return
        warnings.warn(
            "StreamingHttpResponse must consume synchronous iterators in order to serve them asynchronously. Use an "
            "asynchronous iterator instead.",
            Warning,
            stacklevel=2,
        )
        for chunk in list(self.streaming_content):
            yield chunk

    def getvalue(self):
        return b"".join(self.streaming_content)


def _drain(async_iterator):
    """Every item of an async iterator, collected without an event loop (see _result_of())."""

    async def collect():
        return [item async for item in async_iterator]

    return _result_of(collect())


class FileResponse(StreamingHttpResponse):
    """A streaming response for a file-like object, read block by block. Content-Length,
    Content-Type (unless given) and Content-Disposition come from the file and its name."""

    block_size: int = 4096

    def __init__(self, *args, as_attachment=False, filename="", **options):
        self.as_attachment, self.filename = as_attachment, filename
        # Content-Type is guessed from the file name unless the content_type argument gives it.
        self._guesses_content_type = options.get("content_type") is None
        super().__init__(*args, **options)

    def _take_streaming_content(self, value):
        self.file_to_stream = value if hasattr(value, "read") else None
        if self.file_to_stream is None:
            return super()._take_streaming_content(value)
        self._close_with_response(value)
        self.set_headers(value)
        blocks = iter(lambda: value.read(self.block_size), b"")
        return super()._take_streaming_content(blocks)

    def set_headers(self, filelike):
        """Content-Length, Content-Type and Content-Disposition for `filelike`."""
        name = getattr(filelike, "name", "")
        name = name if isinstance(name, str) else ""
        size = self._bytes_left(filelike, name)
        if size is not None:
            self.headers["Content-Length"] = size
        filename = os.path.basename(self.filename or name)
        if self._guesses_content_type:
            self.headers["Content-Type"] = _file_content_type(filename)
        disposition = content_disposition_header(self.as_attachment, filename)
        if disposition:
            self.headers["Content-Disposition"] = disposition

    def _bytes_left(self, filelike, name):
        """How many bytes are left to read in `filelike` (None if it cannot tell)."""
        can_seek = hasattr(filelike, "seek") and (not hasattr(filelike, "seekable") or filelike.seekable())
        if not hasattr(filelike, "tell"):
            if not can_seek:
                return None
            # Read through it to count, then go back.
            counted = sum(iter(lambda: len(filelike.read(self.block_size)), 0))
            filelike.seek(-counted, io.SEEK_END)
            return counted
        if can_seek:
            here = filelike.tell()
            filelike.seek(0, io.SEEK_END)
            end = filelike.tell()
            filelike.seek(here)
            return end - here
        if hasattr(filelike, "getbuffer"):
            return filelike.getbuffer().nbytes - filelike.tell()
        if os.path.exists(name):
            return os.path.getsize(name) - filelike.tell()
        return None


def _file_content_type(filename):
    if not filename:
        return "application/octet-stream"
    guessed, encoding = mimetypes.guess_type(filename)
    return _COMPRESSED_FILE_TYPES.get(encoding, guessed) or "application/octet-stream"


# ---- JSON ------------------------------------------------------------------------------------


class DjangoJSONEncoder(json.JSONEncoder):
    """JSON for what views commonly return besides JSON's own types: dates and times (ECMA-262
    format), durations (ISO 8601), decimals, UUIDs and lazy strings (as strings)."""

    def default(self, o):
        encode = next((encode for kinds, encode in _JSON_ENCODINGS if isinstance(o, kinds)), None)
        return super().default(o) if encode is None else encode(o)


def _json_datetime(value):
    text = value.isoformat()
    if value.microsecond:
        text = text[:23] + text[26:]  # milliseconds only
    return text.removesuffix("+00:00") + "Z" if text.endswith("+00:00") else text


def _json_time(value):
    if value.utcoffset() is not None:
        raise ValueError("JSON can't represent timezone-aware times.")
    return value.isoformat()[:12] if value.microsecond else value.isoformat()


def _json_duration(value):
    sign = "-" if value < datetime.timedelta(0) else ""
    value = abs(value)
    minutes, seconds = divmod(value.seconds, 60)
    hours, minutes = divmod(minutes, 60)
    fraction = f".{value.microseconds:06d}" if value.microseconds else ""
    return f"{sign}P{value.days}DT{hours:02d}H{minutes:02d}M{seconds:02d}{fraction}S"


# In order: a datetime is a date too.
_JSON_ENCODINGS = (
    (datetime.datetime, _json_datetime),
    (datetime.date, datetime.date.isoformat),
    (datetime.time, _json_time),
    (datetime.timedelta, _json_duration),
    ((decimal.Decimal, uuid.UUID, Promise), str),
)


class JsonResponse(HttpResponse):
    """A response whose content is `data` as JSON. Only a dict is accepted unless safe=False
    (a top-level array was unsafe in old browsers)."""

    def __init__(self, data, encoder=DjangoJSONEncoder, safe=True, json_dumps_params=None, **options):
        if safe and not isinstance(data, dict):
            raise TypeError("In order to allow non-dict objects to be serialized set the safe parameter to False.")
        options.setdefault("content_type", "application/json")
        super().__init__(content=json.dumps(data, cls=encoder, **(json_dumps_params or {})), **options)
