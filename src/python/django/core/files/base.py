"""Django's file objects (django.core.files.base): File wraps a Python file (or anything
file-like) with a name, a size and reading by chunks; ContentFile is one held in memory."""

import contextlib
import os
from io import BytesIO, StringIO, UnsupportedOperation

from django.core.files.utils import FileProxyMixin
from django.utils.functional import cached_property


_NO_MODE = object()


class File(FileProxyMixin):
    DEFAULT_CHUNK_SIZE = 64 * 2**10

    def __init__(self, file, name=None):
        self.file, self.name = file, getattr(file, "name", None) if name is None else name
        mode = getattr(file, "mode", _NO_MODE)
        if mode is not _NO_MODE:
            self.mode = mode

    def __str__(self):
        return "" if not self.name else self.name

    def __repr__(self):
        return f"<{type(self).__name__}: {self or 'None'}>"

    def __bool__(self):
        return str(self) != ""

    def __len__(self):
        size = self.size
        return size

    @cached_property
    def size(self):
        """The size in bytes: the file's own `size`, the size on disk, or where its end is."""
        inner = self.file
        if hasattr(inner, "size"):
            return inner.size
        if hasattr(inner, "name"):
            with contextlib.suppress(OSError, TypeError):
                return os.path.getsize(inner.name)
        if not (hasattr(inner, "tell") and hasattr(inner, "seek")):
            raise AttributeError("Unable to determine the file's size.")
        here = inner.tell()
        inner.seek(0, os.SEEK_END)
        end = inner.tell()
        inner.seek(here)
        return end

    def chunks(self, chunk_size=None):
        """The content from its start, `chunk_size` bytes (DEFAULT_CHUNK_SIZE) at a time."""
        size = chunk_size or self.DEFAULT_CHUNK_SIZE
        with contextlib.suppress(AttributeError, UnsupportedOperation):
            self.seek(0)
        while chunk := self.read(size):
            yield chunk

    def multiple_chunks(self, chunk_size=None):
        """Whether chunks() would give more than one chunk."""
        return self.size > (self.DEFAULT_CHUNK_SIZE if not chunk_size else chunk_size)

    def __iter__(self):
        """The content line by line (a line ends with \\n, \\r or \\r\\n, even across chunks)."""
        pending = None
        for chunk in self.chunks():
            for piece in chunk.splitlines(True):
                if pending is not None:
                    # A '\\r' at the end of a chunk and a '\\n' next are one line end.
                    if pending[-1:] in _CR and piece not in _LF:
                        yield pending
                    else:
                        piece = pending + piece
                    pending = None
                if piece[-1:] in _LF:
                    yield piece
                else:
                    pending = piece
        if pending is not None:
            yield pending

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, tb):
        self.close()

    def open(self, mode=None, *args, **kwargs):
        """Back to the start, or opened again from its name once closed."""
        if self.closed:
            if not (self.name and os.path.exists(self.name)):
                raise ValueError("The file cannot be reopened.")
            self.file = open(self.name, mode if mode else self.mode, *args, **kwargs)
        else:
            self.seek(0)
        return self

    def close(self):
        closing = self.file
        closing.close()


_CR, _LF = ("\r", b"\r"), ("\n", b"\n")


class ContentFile(File):
    """A File of text or bytes held in memory."""

    def __init__(self, content, name=None):
        held = StringIO(content) if isinstance(content, str) else BytesIO(content)
        File.__init__(self, held, name=name)
        self.size = len(held.getvalue())

    def __str__(self):
        return "Raw content"

    def __bool__(self):
        return True

    def open(self, mode=None):
        self.seek(0)
        return self

    def close(self):
        pass

    def write(self, data):
        vars(self).pop("size", None)  # measured again when next asked for
        written = self.file.write(data)
        return written
