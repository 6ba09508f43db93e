"""What receives the files of a multipart form as it is parsed (django.core.files.uploadhandler).

FILE_UPLOAD_HANDLERS lists the handlers, each given every file in turn: new_file() when one
begins, receive_data_chunk() for each chunk (what it returns goes on to the next handler; None
stops it), file_complete() at its end (the first handler to return a file object gives
request.FILES its entry). The memory handler keeps the files of a request no larger than
FILE_UPLOAD_MAX_MEMORY_SIZE; otherwise the temporary-file handler writes them to disk.
"""

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

    def __init__(self, connection_reset=False):
        self.connection_reset = connection_reset

    def __str__(self):
        return "StopUpload: Halt current upload." if self.connection_reset else "StopUpload: Consume request data, then halt."


class SkipFile(UploadFileException):
    """Raised by a handler to leave the current file out."""


class StopFutureHandlers(UploadFileException):
    """Raised by a handler's new_file() when the handlers after it are not to see this file."""


class FileUploadHandler:
    """The base of upload handlers: it notes what new_file() is told."""

    chunk_size = 64 * 2**10

    def __init__(self, request=None):
        self.request = request
        self.file_name = self.content_type = self.content_length = None
        self.charset = self.content_type_extra = None

    def handle_raw_input(self, input_data, META, content_length, boundary, encoding=None):
        """A handler may parse the whole body itself: then it returns (POST, FILES)."""

    def new_file(self, field_name, file_name, content_type, content_length, charset=None, content_type_extra=None):
        self.field_name, self.file_name, self.content_type = field_name, file_name, content_type
        self.content_length, self.charset, self.content_type_extra = content_length, charset, content_type_extra

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
        super().new_file(*args, **kwargs)
        self.file = TemporaryUploadedFile(self.file_name, self.content_type, 0, self.charset, self.content_type_extra)

    def receive_data_chunk(self, raw_data, start):
        self.file.write(raw_data)

    def file_complete(self, file_size):
        self.file.seek(0)
        self.file.size = file_size
        return self.file

    def upload_interrupted(self):
        if not hasattr(self, "file"):
            return
        where = self.file.temporary_file_path()
        try:
            self.file.close()
            os.remove(where)
        except FileNotFoundError:
            pass


class MemoryFileUploadHandler(FileUploadHandler):
    """Keeps each file in memory when the whole request is no larger than
    FILE_UPLOAD_MAX_MEMORY_SIZE (then the handlers after it see no file)."""

    def handle_raw_input(self, input_data, META, content_length, boundary, encoding=None):
        self.activated = content_length <= settings.FILE_UPLOAD_MAX_MEMORY_SIZE

    def new_file(self, *args, **kwargs):
        super().new_file(*args, **kwargs)
        if self.activated:
            self.file = BytesIO()
            raise StopFutureHandlers()

    def receive_data_chunk(self, raw_data, start):
        if not self.activated:
            return raw_data
        self.file.write(raw_data)

    def file_complete(self, file_size):
        if not self.activated:
            return None
        self.file.seek(0)
        return InMemoryUploadedFile(
            file=self.file,
            field_name=self.field_name,
            name=self.file_name,
            content_type=self.content_type,
            size=file_size,
            charset=self.charset,
            content_type_extra=self.content_type_extra,
        )


def load_handler(path, *args, **kwargs):
    """The upload handler class at dotted `path`, built with the arguments given."""
    return import_string(path)(*args, **kwargs)
