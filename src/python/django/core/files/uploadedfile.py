"""The files of a form posted as multipart/form-data (django.core.files.uploadedfile):
request.FILES holds UploadedFile objects, in memory or in a temporary file by their size."""

import contextlib
import os
import tempfile
from io import BytesIO

from django.conf import settings
from django.core.files.base import File
from django.core.files.utils import validate_file_name

__all__ = ("UploadedFile", "TemporaryUploadedFile", "InMemoryUploadedFile", "SimpleUploadedFile")

_LONGEST_NAME = 255


def _safe_upload_name(name):
    """The name a client gave, kept to its last component and 255 characters (the extension kept)."""
    base = os.path.basename(name)
    if len(base) > _LONGEST_NAME:
        stem, extension = os.path.splitext(base)
        extension = extension[:_LONGEST_NAME]
        base = stem[: _LONGEST_NAME - len(extension)] + extension
    return validate_file_name(base)


class UploadedFile(File):
    """A file a client sent with a form: its name (made safe), content type, size and charset."""

    def __init__(self, file=None, name=None, content_type=None, size=None, charset=None, content_type_extra=None):
        File.__init__(self, file, name)
        self.size, self.content_type = size, content_type
        self.charset, self.content_type_extra = charset, content_type_extra

    def __repr__(self):
        return f"<{type(self).__name__}: {self.name} ({self.content_type})>"

    @property
    def name(self):
        return vars(self).get("_name")

    @name.setter
    def name(self, name):
        self._name = None if name is None else _safe_upload_name(name)


class TemporaryUploadedFile(UploadedFile):
    """An upload written to a temporary file (in FILE_UPLOAD_TEMP_DIR), deleted when closed."""

    def __init__(self, name, content_type, size, charset, content_type_extra=None):
        suffix = ".upload" + os.path.splitext(name)[1]
        spooled = tempfile.NamedTemporaryFile(suffix=suffix, dir=settings.FILE_UPLOAD_TEMP_DIR)
        self._path = spooled.name
        UploadedFile.__init__(self, spooled, name, content_type, size, charset, content_type_extra)

    def temporary_file_path(self):
        return self._path

    def close(self):
        with contextlib.suppress(FileNotFoundError):  # moved or deleted already
            self.file.close()


class InMemoryUploadedFile(UploadedFile):
    """An upload held in memory (the field it came in is `field_name`)."""

    def __init__(self, file, field_name, name, content_type, size, charset, content_type_extra=None):
        UploadedFile.__init__(self, file, name, content_type, size, charset, content_type_extra)
        self.field_name = field_name

    def open(self, mode=None):
        self.seek(0)
        return self

    def chunks(self, chunk_size=None):
        # In memory already: one chunk.
        yield self.open().file.read()

    def multiple_chunks(self, chunk_size=None):
        return False


class SimpleUploadedFile(InMemoryUploadedFile):
    """An upload made from bytes, for tests: SimpleUploadedFile("a.txt", b"content")."""

    def __init__(self, name, content, content_type="text/plain"):
        data = content or b""
        super().__init__(BytesIO(data), None, name, content_type, len(data), None, None)

    @classmethod
    def from_dict(cls, file_dict):
        """From {"filename": ..., "content": ..., "content-type": ...}."""
        return cls(file_dict["filename"], file_dict["content"], file_dict.get("content-type", "text/plain"))
