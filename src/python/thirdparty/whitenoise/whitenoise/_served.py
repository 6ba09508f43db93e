"""What WhiteNoise answers for one URL it serves: a file (with its compressed copies) or a redirect.

Written for the course's engine from WhiteNoise's documented behaviour (6.x):
- only GET and HEAD (anything else: 405, Allow: GET, HEAD);
- headers worked out once, when the file is found: Content-Type, Cache-Control,
  Access-Control-Allow-Origin, what WHITENOISE_ADD_HEADERS_FUNCTION adds, Vary: Accept-Encoding
  when a .gz or .br copy sits beside the file, Last-Modified (the file's mtime) and an ETag
  made of the mtime and size in hex ('"66a1b2c3-1f4"');
- 304 when If-None-Match is that very ETag or, without If-None-Match, If-Modified-Since is not
  older than the file (the 304 keeps Cache-Control, Content-Location, Date, ETag, Expires, Vary);
- the smallest copy whose encoding the request's Accept-Encoding names (Content-Encoding: gzip
  or br), else the file itself;
- one byte range (Range: bytes=a-b, a-, -n): 206 with Content-Range, or 416; a Range it cannot
  read is ignored.
"""

import errno
import os
import re
import stat
import time
from email.utils import formatdate, parsedate
from urllib.parse import quote
from wsgiref.headers import Headers

#: What a 304 keeps of the full response's headers, in this order.
_KEPT_BY_304 = ("Cache-Control", "Content-Location", "Date", "ETag", "Expires", "Vary")
#: The compressed copies looked for beside a file, and the encoding each is sent with.
COPIES = (("gzip", ".gz"), ("br", ".br"))


class NotARegularFileError(Exception):
    pass


class MissingFileError(NotARegularFileError):
    pass


class IsDirectoryError(MissingFileError):
    pass


class Answer:
    """A status, headers as (name, value) pairs, and what the body is: the bytes `start` to
    `end` (inclusive) of the file at `path`, or nothing (path None)."""

    __slots__ = ("status", "headers", "path", "start", "end")

    def __init__(self, status, headers, path=None, start=0, end=None):
        self.status, self.headers, self.path, self.start, self.end = status, list(headers), path, start, end

    def read_body(self):
        if self.path is None:
            return b""
        with open(self.path, "rb") as file:
            file.seek(self.start)
            return file.read() if self.end is None else file.read(self.end - self.start + 1)


NOT_ALLOWED = Answer(405, [("Allow", "GET, HEAD")])


def regular_file_stat(path, stat_of=os.stat):
    """os.stat of a regular file; MissingFileError (IsDirectoryError for a folder) otherwise."""
    try:
        found = stat_of(path)
    except KeyError:  # not in a stat cache
        raise MissingFileError(path) from None
    except OSError as problem:
        if problem.errno in (errno.ENOENT, errno.ENAMETOOLONG):
            raise MissingFileError(path) from None
        raise
    if stat.S_ISDIR(found.st_mode):
        raise IsDirectoryError(f"Path is a directory: {path}")
    if not stat.S_ISREG(found.st_mode):
        raise NotARegularFileError(f"Not a regular file: {path}")
    return found


class _Copy:
    """One form of the file: the file itself (encoding None) or a compressed copy."""

    __slots__ = ("encoding", "path", "size", "accepted_by")

    def __init__(self, encoding, path, size):
        self.encoding, self.path, self.size = encoding, path, size
        self.accepted_by = re.compile(rf"\b{encoding}\b") if encoding else None

    def accepted(self, accept_encoding):
        return self.accepted_by is None or bool(self.accepted_by.search(accept_encoding))


class StaticFile:
    """A file WhiteNoise serves, with the headers `headers` (a list of pairs) already worked out
    for it and its compressed copies found."""

    def __init__(self, path, headers, stat_of=os.stat):
        main = regular_file_stat(path, stat_of)
        copies = [_Copy(None, path, main.st_size)]
        for encoding, suffix in COPIES:
            try:
                copies.append(_Copy(encoding, path + suffix, regular_file_stat(path + suffix, stat_of).st_size))
            except MissingFileError:
                pass
        self.headers = self._completed(Headers(list(headers)), main, len(copies) > 1)
        self.copies = sorted(copies, key=lambda copy: copy.size)  # the smallest accepted one wins
        self.last_modified = parsedate(self.headers["Last-Modified"]) if "Last-Modified" in self.headers else None
        self.etag = self.headers["ETag"]
        self.not_modified = Answer(304, [(name, self.headers[name]) for name in _KEPT_BY_304 if name in self.headers])

    @staticmethod
    def _completed(headers, main, has_copies):
        if has_copies:
            headers["Vary"] = "Accept-Encoding"
        if "Last-Modified" not in headers and main.st_mtime:  # an mtime of 0 is a file system's lie
            headers["Last-Modified"] = formatdate(main.st_mtime, usegmt=True)
        if "ETag" not in headers:
            modified = parsedate(headers["Last-Modified"]) if "Last-Modified" in headers else None
            if modified:
                headers["ETag"] = f'"{int(time.mktime(modified)):x}-{main.st_size:x}"'
        return headers

    def answer(self, method, meta):
        """The Answer to a request with this method and these WSGI META headers."""
        if method not in ("GET", "HEAD"):
            return NOT_ALLOWED
        if self._not_modified(meta):
            return self.not_modified
        copy = self._chosen_copy(meta.get("HTTP_ACCEPT_ENCODING", ""))
        headers = [*self.headers.items(), ("Content-Length", str(copy.size))]
        if copy.encoding:
            headers.append(("Content-Encoding", copy.encoding))
        body_path = copy.path if method == "GET" else None
        wanted = meta.get("HTTP_RANGE")
        if wanted:
            try:
                return _ranged(wanted, headers, copy.size, body_path)
            except ValueError:
                pass  # a Range it cannot read: the whole file, as the RFC allows
        return Answer(200, headers, body_path)

    def _not_modified(self, meta):
        tag = meta.get("HTTP_IF_NONE_MATCH")
        if tag is not None:
            return tag == self.etag
        since = meta.get("HTTP_IF_MODIFIED_SINCE")
        if self.last_modified is None or since is None:
            return False
        since = parsedate(since)
        return since is not None and since >= self.last_modified

    def _chosen_copy(self, accept_encoding):
        accept_encoding = "" if accept_encoding == "*" else accept_encoding
        return next(copy for copy in self.copies if copy.accepted(accept_encoding))


def _byte_range(header, size):
    """(first, last) byte of 'bytes=a-b' / 'bytes=a-' / 'bytes=-n' in a file of `size` bytes;
    ValueError for anything else (another unit, several ranges)."""
    unit, _, spec = header.strip().partition("=")
    first, dash, last = spec.strip().partition("-")
    if unit != "bytes" or not dash:
        raise ValueError(header)
    if first:
        start, end = int(first), int(last) if last else None
    else:
        start, end = -int(last), None  # the last n bytes
    start = max(start + size, 0) if start < 0 else start
    return start, size - 1 if end is None else min(end, size - 1)


def _ranged(header, headers, size, body_path):
    start, end = _byte_range(header, size)
    if start >= end:
        return Answer(416, [("Content-Range", f"bytes */{size}")])
    kept = [(name, value) for name, value in headers if name != "Content-Length"]
    kept += [("Content-Range", f"bytes {start}-{end}/{size}"), ("Content-Length", str(end - start + 1))]
    return Answer(206, kept, body_path, start, end)


class Redirect:
    """A 302 to a relative URL (WhiteNoise does not know where the application is mounted)."""

    def __init__(self, location, headers=()):
        self.response = Answer(302, [*headers, ("Location", quote(location.encode("utf8")))])

    def answer(self, method, meta):
        return self.response
