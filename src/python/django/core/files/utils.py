"""Helpers of Django's file objects (django.core.files.utils)."""

import os
import pathlib

from django.core.exceptions import SuspiciousFileOperation


def validate_file_name(name, allow_relative_path=False):
    """`name` if it is a safe file name: not '.', '..' or empty, and without a directory part
    (a relative one, without '..', when allow_relative_path); SuspiciousFileOperation otherwise."""
    if os.path.basename(name) in {"", ".", ".."}:
        raise SuspiciousFileOperation("Could not derive file name from '%s'" % name)
    if not allow_relative_path:
        if name != os.path.basename(name):
            raise SuspiciousFileOperation("File name '%s' includes path elements" % name)
        return name
    as_path = pathlib.PurePosixPath(name)
    if as_path.is_absolute() or ".." in as_path.parts:
        raise SuspiciousFileOperation("Detected path traversal attempt in '%s'" % name)
    return name


def _forwarded(name):
    """A property giving the wrapped file's attribute `name` (a method, or a value)."""
    return property(lambda self: getattr(self.file, name))


class FileProxyMixin:
    """Forwards the file methods (read, seek, write...) to `self.file`, the object wrapped."""

    encoding, fileno, flush, isatty, newlines = map(_forwarded, ("encoding", "fileno", "flush", "isatty", "newlines"))
    read, readinto, readline, readlines = map(_forwarded, ("read", "readinto", "readline", "readlines"))
    seek, tell, truncate, write, writelines = map(_forwarded, ("seek", "tell", "truncate", "write", "writelines"))

    @property
    def closed(self):
        return not self.file or self.file.closed

    def _asks_file(self, method, otherwise):
        if self.closed:
            return False
        asked = getattr(self.file, method, None)
        return asked() if asked is not None else otherwise(self)

    def readable(self):
        return self._asks_file("readable", lambda self: True)

    def writable(self):
        return self._asks_file("writable", lambda self: "w" in getattr(self.file, "mode", ""))

    def seekable(self):
        return self._asks_file("seekable", lambda self: True)

    def __iter__(self):
        return iter(self.file)
