"""What receives the files of a multipart form as it is parsed (django.core.files.uploadhandler).

FILE_UPLOAD_HANDLERS lists the handlers, each given every file in turn: new_file() when one
begins, receive_data_chunk() for each chunk (what it returns goes on to the next handler; None
stops it), file_complete() at its end (the first handler to return a file object gives
request.FILES its entry). The memory handler keeps the files of a request no larger than
FILE_UPLOAD_MAX_MEMORY_SIZE; otherwise the temporary-file handler writes them to disk.
"""

import contextlib
import os
from io import BytesIO

from django.conf import settings
from django.core.files.uploadedfile import InMemoryUploadedFile, TemporaryUploadedFile
from django.utils.module_loading import import_string

__all__ = [
    "UploadFileException",
    "StopUpload",
    "SkipFile",
    "FileUploadHandler",
    "TemporaryFileUploadHandler",
    "MemoryFileUploadHandler",
    "load_handler",
    "StopFutureHandlers",
]


class UploadFileException(Exception):
    """Any error of an upload handler."""


class StopUpload(UploadFileException):
    """Raised by a handler to end the upload: the rest of the body is read and dropped, unless
    connection_reset (then the client sees its connection reset)."""

    connection_reset = False

    def __init__(self, connection_reset=False):
        super().__init__()
        if connection_reset:
            vars(self)["connection_reset"] = connection_reset

    def __str__(self):
        return "StopUpload: Halt current upload." if self.connection_reset else "StopUpload: Consume request data, then halt."


class SkipFile(UploadFileException):
    """Raised by a handler to leave the current file out."""


class StopFutureHandlers(UploadFileException):
    """Raised by a handler's new_file() when the handlers after it are not to see this file."""


_DESCRIBED_BY_NEW_FILE = ("field_name", "file_name", "content_type", "content_length", "charset", "content_type_extra")


def _kept(sink, data):
    """Write `data` to `sink`; None: nothing goes on to the next handler."""
    sink.write(data)


def _rewound(opened):
    opened.seek(0)
    return opened


class FileUploadHandler:
    """The base of upload handlers: it notes what new_file() is told."""

    chunk_size = 64 * 2**10

    def __init__(self, request=None):
        vars(self).update(dict.fromkeys(_DESCRIBED_BY_NEW_FILE[1:]), request=request)

    def handle_raw_input(self, input_data, META, content_length, boundary, encoding=None):
        """A handler may parse the whole body itself: then it returns (POST, FILES)."""

    def new_file(self, field_name, file_name, content_type, content_length, charset=None, content_type_extra=None):
        told = (field_name, file_name, content_type, content_length, charset, content_type_extra)
        vars(self).update(zip(_DESCRIBED_BY_NEW_FILE, told))

    def receive_data_chunk(self, raw_data, start):
        raise NotImplementedError("subclasses of FileUploadHandler must provide a receive_data_chunk() method")

    def file_complete(self, file_size):
        raise NotImplementedError("subclasses of FileUploadHandler must provide a file_complete() method")

    def upload_complete(self):
        """The whole body has been parsed."""

    def upload_interrupted(self):
        """The body ended in the middle of a file."""


class TemporaryFileUploadHandler(FileUploadHandler):
    """Writes each file to a TemporaryUploadedFile."""

    def new_file(self, *args, **kwargs):
        FileUploadHandler.new_file(self, *args, **kwargs)
        self.file = TemporaryUploadedFile(self.file_name, self.content_type, 0, self.charset, self.content_type_extra)

    def receive_data_chunk(self, raw_data, start):
        return _kept(self.file, raw_data)

    def file_complete(self, file_size):
        completed = _rewound(self.file)
        completed.size = file_size
        return completed

    def upload_interrupted(self):
        unfinished = vars(self).get("file")
        if unfinished is None:
            return
        with contextlib.suppress(FileNotFoundError):
            where = unfinished.temporary_file_path()
            unfinished.close()
            os.remove(where)


class MemoryFileUploadHandler(FileUploadHandler):
    """Keeps each file in memory when the whole request is no larger than
    FILE_UPLOAD_MAX_MEMORY_SIZE (then the handlers after it see no file); otherwise it passes
    every chunk on."""

    def handle_raw_input(self, input_data, META, content_length, boundary, encoding=None):
        # The whole request's size decides, not each file's.
        self.activated = not content_length > settings.FILE_UPLOAD_MAX_MEMORY_SIZE

    def new_file(self, *args, **kwargs):
        FileUploadHandler.new_file(self, *args, **kwargs)
        if not self.activated:
            return
        self.file = BytesIO()
        raise StopFutureHandlers

    def receive_data_chunk(self, raw_data, start):
        return _kept(self.file, raw_data) if self.activated else raw_data

    def file_complete(self, file_size):
        if not self.activated:
            return None
        described = {name: getattr(self, name) for name in ("field_name", "content_type", "charset", "content_type_extra")}
        return InMemoryUploadedFile(file=_rewound(self.file), name=self.file_name, size=file_size, **described)


def load_handler(path, *args, **kwargs):
    """The upload handler class at dotted `path`, built with the arguments given."""
    handler_class = import_string(path)
    return handler_class(*args, **kwargs)
