"""Parsing a multipart/form-data body (django.http.multipartparser): the fields and the files
of a form posted with enctype="multipart/form-data" (RFC 7578).

The body is read whole (a request's stream never gives more than its Content-Length), then cut
at every `--boundary`: the stretch before the first one, each part between two, and whatever
follows the last. A part is its header block (up to a blank line, within 1,024 bytes) and its
data. A part with a Content-Disposition is a field, or a file when it names a filename; any
other is "raw" and skipped. Fields go to POST, within DATA_UPLOAD_MAX_NUMBER_FIELDS and
DATA_UPLOAD_MAX_MEMORY_SIZE; files go through the upload handlers (FILE_UPLOAD_HANDLERS) to
FILES, within DATA_UPLOAD_MAX_NUMBER_FILES. A file is complete only when another part follows
it: a body cut short loses its last file, as in Django.
"""

import base64
import binascii
import html
import re

from django.conf import settings
from django.core.exceptions import RequestDataTooBig, TooManyFieldsSent, TooManyFilesSent
from django.core.files.uploadhandler import SkipFile, StopFutureHandlers, StopUpload
from django.utils.datastructures import MultiValueDict
from django.utils.encoding import force_str
from django.utils.http import parse_header_parameters

__all__ = ["MultiPartParser", "MultiPartParserError", "InputStreamExhausted"]


class MultiPartParserError(Exception):
    """The body is not the multipart message its Content-Type announces: the handler answers 400."""


class InputStreamExhausted(Exception):
    """No more reads are available from the body."""


RAW, FILE, FIELD = "raw", "file", "field"
#: The kinds of part DATA_UPLOAD_MAX_NUMBER_FIELDS counts (a raw one before the first boundary
#: and one after the last are in every body: two more are allowed).
FIELD_TYPES = frozenset([FIELD, RAW])
MAX_TOTAL_HEADER_SIZE = 1024
_TOO_MANY_FIELDS = "The number of GET/POST parameters exceeded settings.DATA_UPLOAD_MAX_NUMBER_FIELDS."
_TOO_MANY_FILES = "The number of files exceeded settings.DATA_UPLOAD_MAX_NUMBER_FILES."
_TOO_BIG = "Request body exceeded settings.DATA_UPLOAD_MAX_MEMORY_SIZE."


class _Part:
    """One part: its kind, its headers (lowercased name -> (value, {parameter: bytes})), its data."""

    __slots__ = ("kind", "headers", "data")

    def __init__(self, raw):
        head_end = raw[:MAX_TOTAL_HEADER_SIZE].find(b"\r\n\r\n")
        self.kind, self.headers, self.data = RAW, {}, raw
        if head_end < 0:
            if len(raw) >= MAX_TOTAL_HEADER_SIZE:
                raise MultiPartParserError("Request max total header size exceeded.")
            return
        for line in raw[:head_end].split(b"\r\n"):
            header = _header_line(line)
            if header is None:
                continue
            name, value, parameters = header
            if name == "content-disposition":
                self.kind = FILE if parameters.get("filename") else FIELD
            self.headers[name] = (value, parameters)
        if self.kind != RAW:
            self.data = raw[head_end + 4 :]

    def header_value(self, name):
        found = self.headers.get(name)
        return None if found is None else found[0]


def _header_line(line):
    """(name, value, parameters) of a part's header line, or None for a line that is not one."""
    try:
        name, colon, rest = line.decode().partition(":")
        if not colon:
            return None
        value, parameters = parse_header_parameters(rest.lstrip(" "))
    except ValueError:  # not UTF-8 (UnicodeDecodeError), or a value too long
        return None
    return name.lower().rstrip(" "), value, {key: text.encode() for key, text in parameters.items()}


def _cut_at_boundaries(body, separator):
    """The stretches of `body` around each `separator` (the line break before one is not data);
    what follows the last separator counts only when there is something."""
    stretches, start = [], 0
    while (found := body.find(separator, start)) >= 0:
        end = found
        for line_break in (b"\n", b"\r"):
            if end > 0 and body[end - 1 : end] == line_break:
                end -= 1
        stretches.append(body[start:end])
        start = found + len(separator)
    if start < len(body):
        stretches.append(body[start:])
    return stretches


class MultiPartParser:
    """MultiPartParser(request.META, stream, upload_handlers, encoding).parse() -> (POST, FILES)."""

    boundary_re = re.compile(r"[ -~]{0,200}[!-~]")

    def __init__(self, META, input_data, upload_handlers, encoding=None):
        content_type = str(META.get("CONTENT_TYPE") or "")
        if content_type[:10] != "multipart/":
            raise MultiPartParserError("Invalid Content-Type: %s" % content_type)
        if not content_type.isascii():
            raise MultiPartParserError("Invalid non-ASCII Content-Type in multipart: %s" % force_str(content_type))
        boundary = parse_header_parameters(content_type)[1].get("boundary")
        if not (boundary and self.boundary_re.fullmatch(boundary)):
            raise MultiPartParserError("Invalid boundary in multipart: %s" % force_str(boundary))
        try:
            length = int(META.get("CONTENT_LENGTH", 0))
        except (ValueError, TypeError):
            length = 0
        if length < 0:
            raise MultiPartParserError("Invalid content length: %r" % length)
        self._boundary, self._input_data, self._meta = boundary.encode("ascii"), input_data, META
        # Below 2**31, a multiple of 4 (what 32-bit network calls take).
        self._chunk_size = min([2**31 - 4, *(handler.chunk_size for handler in upload_handlers if handler.chunk_size)])
        self._encoding = settings.DEFAULT_CHARSET if not encoding else encoding
        self._content_length = length
        self._upload_handlers = upload_handlers

    def parse(self):
        """(POST, FILES); the files opened so far are closed if parsing fails."""
        try:
            return self._parse()
        except Exception:
            for _name, files in getattr(self, "_files", MultiValueDict()).lists():
                for opened in files:
                    opened.close()
            raise

    def _text(self, value):
        return force_str(value, self._encoding, errors="replace")

    def _parse(self):
        from django.http import QueryDict

        if not self._content_length:
            nothing = QueryDict(encoding=self._encoding)
            return nothing, MultiValueDict()
        for handler in self._upload_handlers:
            taken = handler.handle_raw_input(
                self._input_data, self._meta, self._content_length, self._boundary, self._encoding
            )
            if taken is not None:
                return taken[0], taken[1]
        self._post, self._files = QueryDict(mutable=True), MultiValueDict()
        self._counts = {"parts": 0, "files": 0, "field_bytes": 0}
        body = self._input_data.read()
        awaiting = None  # the field name of a file that the next part completes
        try:
            for raw in _cut_at_boundaries(body, b"--" + self._boundary):
                part = _Part(raw)
                if awaiting is not None:
                    self.handle_file_complete(awaiting, self._received)
                    awaiting = None
                awaiting = self._take(part)
        except StopUpload:
            self._close_files()
        else:
            if awaiting is not None:
                _each(self._upload_handlers, "upload_interrupted")
        # A handler's upload_complete() that returns something ends the round.
        any(handler.upload_complete() for handler in self._upload_handlers)
        self._post._mutable = False
        return self._post, self._files

    def _take(self, part):
        """Add a part to POST, or hand it to the upload handlers; the field name when it is a
        file still to be completed."""
        if part.kind in FIELD_TYPES and settings.DATA_UPLOAD_MAX_NUMBER_FIELDS is not None:
            self._counts["parts"] += 1
            if self._counts["parts"] > settings.DATA_UPLOAD_MAX_NUMBER_FIELDS + 2:
                raise TooManyFieldsSent(_TOO_MANY_FIELDS)
        disposition = part.headers.get("content-disposition")
        name = disposition[1].get("name") if disposition else None
        if name is None:
            return None
        field_name = self._text(name.strip())
        encoding = part.header_value("content-transfer-encoding")
        base64_encoded = encoding is not None and encoding.strip() == "base64"
        if part.kind == FIELD:
            self._take_field(field_name, part.data, base64_encoded)
            return None
        if part.kind == FILE:
            return self._take_file(field_name, part, disposition[1], base64_encoded)
        return None

    def _take_field(self, field_name, data, base64_encoded):
        limit = settings.DATA_UPLOAD_MAX_MEMORY_SIZE
        # The name and '&=' count too, as in a urlencoded body.
        self._counts["field_bytes"] += len(data) + len(field_name) + 2
        if limit is not None and self._counts["field_bytes"] > limit:
            raise RequestDataTooBig(_TOO_BIG)
        if base64_encoded:
            try:
                data = base64.b64decode(data)
            except binascii.Error:
                pass
        self._post.appendlist(field_name, self._text(data))

    def _take_file(self, field_name, part, disposition, base64_encoded):
        self._counts["files"] += 1
        most = settings.DATA_UPLOAD_MAX_NUMBER_FILES
        if most is not None and self._counts["files"] > most:
            raise TooManyFilesSent(_TOO_MANY_FILES)
        file_name = self.sanitize_file_name(self._text(disposition["filename"]))
        if not file_name:
            return None
        content_type, extra = part.headers.get("content-type", ("", {}))
        content_length = _whole_number(part.header_value("content-length"))
        handlers = self._upload_handlers
        self._received = [0] * len(handlers)
        try:
            for handler in handlers:
                try:
                    handler.new_file(field_name, file_name, content_type.strip(), content_length,
                                     extra.get("charset"), extra)
                except StopFutureHandlers:
                    break
            self._feed(self._file_bytes(part.data, base64_encoded))
        except SkipFile:
            self._close_files()
            return None
        return field_name

    @staticmethod
    def _file_bytes(data, base64_encoded):
        if not base64_encoded:
            return data
        try:
            return base64.b64decode(b"".join(data.split()))
        except Exception as exc:
            raise MultiPartParserError("Could not decode base64 data.") from exc

    def _feed(self, data):
        """Hand the file's bytes to the handlers, chunk by chunk; a handler that returns None
        keeps a chunk from the handlers after it."""
        for start in range(0, len(data), self._chunk_size):
            chunk = data[start : start + self._chunk_size]
            for position, handler in enumerate(self._upload_handlers):
                size = len(chunk)
                chunk = handler.receive_data_chunk(chunk, self._received[position])
                self._received[position] += size
                if chunk is None:
                    break

    def handle_file_complete(self, old_field_name, counters):
        """The file of `old_field_name` is complete: the first handler to give a file object
        puts it in FILES."""
        for handler, received in zip(self._upload_handlers, counters):
            completed = handler.file_complete(received)
            if completed:
                self._files.appendlist(self._text(old_field_name), completed)
                return

    def sanitize_file_name(self, file_name):
        """The file name a client sent, made safe: HTML entities decoded, only what follows the
        last '/' or '\\', without unprintable characters; None for '', '.' and '..'."""
        name = html.unescape(file_name)
        name = re.split(r"[/\\]", name)[-1]
        name = "".join(filter(str.isprintable, name))
        return None if name in {"", ".", ".."} else name

    IE_sanitize = sanitize_file_name

    def _close_files(self):
        for opened in [handler.file for handler in self._upload_handlers if hasattr(handler, "file")]:
            opened.close()


def _each(handlers, hook):
    for handler in handlers:
        getattr(handler, hook)()


def _whole_number(text):
    try:
        return int(text)
    except (TypeError, ValueError):
        return None


def exhaust(stream_or_iterable):
    """Read an iterator or a stream to its end."""
    try:
        for _ in iter(stream_or_iterable):
            pass
    except TypeError:
        while stream_or_iterable.read(16384):
            pass
