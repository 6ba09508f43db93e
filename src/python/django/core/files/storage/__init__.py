"""Storages: where files live. The STORAGES setting names a backend per alias; `storages[alias]`
builds it (once per process) and `default_storage` stands for storages["default"].

Only the local file system is modelled, as far as the staticfiles finders and checks use it:
a storage's location, its paths (which must stay inside it), exists() and listdir().
"""

import os

from django._process import forgotten_by_new_process
from django.conf import DEFAULT_STORAGE_ALIAS, settings
from django.core.exceptions import ImproperlyConfigured, SuspiciousFileOperation
from django.utils.functional import LazyObject, cached_property, empty
from django.utils.module_loading import import_string

__all__ = (
    "FileSystemStorage",
    "Storage",
    "DefaultStorage",
    "default_storage",
    "InvalidStorageError",
    "StorageHandler",
    "storages",
)


def _joined_inside(base, name):
    """base/name, absolute and normalized; SuspiciousFileOperation if that leaves base."""
    base_path = os.path.abspath(base)
    joined = os.path.abspath(os.path.join(base, name))
    if joined == base_path or joined.startswith(base_path.rstrip(os.sep) + os.sep):
        return joined
    raise SuspiciousFileOperation(
        f"The joined path ({joined}) is located outside of the base path component ({base_path})"
    )


class Storage:
    """The interface every storage offers; the local one below implements what is used here."""

    def path(self, name):
        raise NotImplementedError("This backend doesn't support absolute paths.")

    def exists(self, name):
        raise NotImplementedError("subclasses of Storage must provide an exists() method")

    def listdir(self, path):
        raise NotImplementedError("subclasses of Storage must provide a listdir() method")


class FileSystemStorage(Storage):
    """Files in a folder: `location` (default MEDIA_ROOT), served at `base_url` (default MEDIA_URL)."""

    def __init__(self, location=None, base_url=None, file_permissions_mode=None, directory_permissions_mode=None, allow_overwrite=False):
        self._location = location
        self._base_url = base_url
        self._file_permissions_mode = file_permissions_mode
        self._directory_permissions_mode = directory_permissions_mode
        self._allow_overwrite = allow_overwrite

    @cached_property
    def base_location(self):
        return settings.MEDIA_ROOT if self._location is None else self._location

    @cached_property
    def location(self):
        return os.path.abspath(self.base_location)

    @cached_property
    def base_url(self):
        if self._base_url is None:
            return settings.MEDIA_URL
        return self._base_url if self._base_url.endswith("/") else self._base_url + "/"

    def path(self, name):
        return _joined_inside(self.location, name)

    def exists(self, name):
        return os.path.lexists(self.path(name))

    def listdir(self, path):
        """(folders, files) directly in `path`, in the order the file system gives them."""
        folders, files = [], []
        with os.scandir(self.path(path)) as entries:
            for entry in entries:
                (folders if entry.is_dir() else files).append(entry.name)
        return folders, files

    def size(self, name):
        return os.path.getsize(self.path(name))


class InvalidStorageError(ImproperlyConfigured):
    pass


class StorageHandler:
    """The storages of STORAGES by alias, each built on first use."""

    def __init__(self, backends=None):
        self._given = backends
        self._forget()

    def _forget(self):
        self._backends = self._given
        self._storages = {}

    @property
    def backends(self):
        if self._backends is None:
            self._backends = settings.STORAGES.copy()
        return self._backends

    def __getitem__(self, alias):
        if alias not in self._storages:
            try:
                params = self.backends[alias]
            except KeyError:
                raise InvalidStorageError(f"Could not find config for '{alias}' in settings.STORAGES.")
            self._storages[alias] = self.create_storage(params)
        return self._storages[alias]

    def create_storage(self, params):
        params = params.copy()
        backend = params.pop("BACKEND")
        options = params.pop("OPTIONS", {})
        try:
            storage_class = import_string(backend)
        except ImportError as error:
            raise InvalidStorageError(f"Could not find backend {backend!r}: {error}") from error
        return storage_class(**options)


class DefaultStorage(LazyObject):
    def _setup(self):
        self._wrapped = storages[DEFAULT_STORAGE_ALIAS]


storages = StorageHandler()
default_storage = DefaultStorage()


@forgotten_by_new_process
def _forget_storages():
    storages._forget()
    default_storage._wrapped = empty
