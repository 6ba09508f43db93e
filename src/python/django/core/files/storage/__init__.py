"""Storages: where files live. The STORAGES setting names a backend per alias; `storages[alias]`
builds it (once per process) and `default_storage` stands for storages["default"].

Only the local file system is modelled, as far as the staticfiles finders, checks and
collectstatic use it: a storage's location, its paths (which must stay inside it), exists(),
listdir(), open(), save(), delete(), get_modified_time() and url().
"""

import contextlib
import functools
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
    inside = os.path.abspath(base)
    joined = os.path.abspath(os.path.join(base, name))
    if joined != inside and not joined.startswith(inside.rstrip(os.sep) + os.sep):
        raise SuspiciousFileOperation(f"The joined path ({joined}) is located outside of the base path component ({inside})")
    return joined


@functools.lru_cache(maxsize=256)
def _prefix_inside(folder):
    """The prefix of the paths inside an absolute, normalized folder ("/srv/static" ->
    "/srv/static/"); None for a folder that is not (abspath would change it). A pure function of
    the string, remembered: a storage's paths are asked for several times per file."""
    if os.path.isabs(folder) and os.path.normpath(folder) == folder:
        return folder.rstrip(os.sep) + os.sep
    return None


def _path_inside(base, name):
    """_joined_inside(base, name), without abspath's work when `base` is already absolute and
    normalized (a FileSystemStorage's location is): joined to it, a name is absolute, so
    normalizing it is all abspath would do (POSIX paths: the engine's)."""
    if type(base) is str and type(name) is str:
        prefix = _prefix_inside(base)
        if prefix is not None:
            # os.path.join's answer: an absolute name replaces the folder; base is not "/"-ended.
            joined = os.path.normpath(name if name.startswith("/") else f"{prefix}{name}")
            if joined == base or joined.startswith(prefix):
                return joined
    return _joined_inside(base, name)


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
        self._given = {
            "location": location,
            "base_url": base_url,
            "file_permissions_mode": file_permissions_mode,
            "directory_permissions_mode": directory_permissions_mode,
            "allow_overwrite": allow_overwrite,
        }

    @cached_property
    def base_location(self):
        given = self._given["location"]
        return settings.MEDIA_ROOT if given is None else given

    @cached_property
    def location(self):
        return os.path.abspath(self.base_location)

    @cached_property
    def base_url(self):
        given = self._given["base_url"]
        if given is not None and not given.endswith("/"):
            given += "/"
        return settings.MEDIA_URL if given is None else given

    def path(self, name):
        return _path_inside(self.location, name)

    def exists(self, name):
        return os.path.lexists(self.path(name))

    def listdir(self, path):
        """(folders, files) directly in `path`, in the order the file system gives them."""
        folders, files = [], []
        with os.scandir(self.path(path)) as listing:
            for item in listing:
                (folders if item.is_dir() else files).append(item.name)
        return folders, files

    def size(self, name):
        return os.stat(self.path(name)).st_size

    # ---- reading and writing files (what collectstatic uses) ----

    def open(self, name, mode="rb"):
        from django.core.files.base import File

        return File(open(self.path(name), mode))

    def save(self, name, content, max_length=None):
        """Write `content` under `name` (a free variant of it if taken); return the name used."""
        from django.core.files.base import File

        name = content.name if name is None else name
        wrapped = content if hasattr(content, "chunks") else File(content, name)
        return self._save(self.get_available_name(name, max_length=max_length), wrapped)

    def get_available_name(self, name, max_length=None):
        """`name`, or while it is taken, `name` with "_" and 7 random characters before its extension."""
        if self._given["allow_overwrite"] or not self.exists(name):
            return name
        from django.utils.crypto import get_random_string

        folder, base = os.path.split(name)
        stem, ext = os.path.splitext(base)
        while True:
            candidate = os.path.join(folder, f"{stem}_{get_random_string(7)}{ext}")
            if not self.exists(candidate):
                return candidate

    def _save(self, name, content):
        full = self.path(name)
        if hasattr(content, "seek"):
            try:
                content.seek(0)
            except (OSError, ValueError):
                pass
        with _opened_for_writing(full) as out:
            out.writelines(piece if isinstance(piece, bytes) else piece.encode() for piece in content.chunks())
        return _relative_to(full, self.location).replace("\\", "/")

    def delete(self, name):
        if not name:
            raise ValueError("The name must be given to delete().")
        full = self.path(name)
        remove = os.rmdir if os.path.isdir(full) and not os.path.islink(full) else os.remove
        with contextlib.suppress(FileNotFoundError):
            remove(full)

    def get_modified_time(self, name):
        """When the file was last changed: aware (UTC) with USE_TZ, naive local time without."""
        from datetime import datetime, timezone

        stamp = os.path.getmtime(self.path(name))
        return datetime.fromtimestamp(stamp, tz=timezone.utc) if settings.USE_TZ else datetime.fromtimestamp(stamp)

    def url(self, name):
        from urllib.parse import quote, urljoin

        if self.base_url is None:
            raise ValueError("This file is not accessible via a URL.")
        return urljoin(self.base_url, quote(name.replace("\\", "/").lstrip("/"), safe="/~!*()'"))


def _opened_for_writing(full):
    """`full` opened to be written, its folder made first if it has none yet. Opened straight
    away: the folder is nearly always there already (collectstatic writes many files to each),
    and a stat of it before every file costs as much as the open."""
    try:
        return open(full, "wb")
    except OSError:
        folder = os.path.dirname(full)
        if not os.path.isdir(folder):
            os.makedirs(folder, exist_ok=True)
        return open(full, "wb")


def _relative_to(full, folder):
    """os.path.relpath(full, folder) for a path the storage made inside its folder; relpath's own
    answer for any other."""
    prefix = _prefix_inside(folder) if type(folder) is str and type(full) is str else None
    if prefix is not None and full.startswith(prefix) and os.path.normpath(full) == full:
        return full[len(prefix):]
    return os.path.relpath(full, folder)


class InvalidStorageError(ImproperlyConfigured):
    pass


class StorageHandler:
    """The storages of STORAGES by alias, each built on first use."""

    def __init__(self, backends=None):
        self._given_backends = backends
        self._forget()

    def _forget(self):
        self._read_backends, self._built = self._given_backends, {}

    @property
    def backends(self):
        if self._read_backends is None:
            self._read_backends = settings.STORAGES.copy()
        return self._read_backends

    def __getitem__(self, alias):
        built = self._built.get(alias)
        if built is None:
            config = self.backends.get(alias)
            if config is None:
                raise InvalidStorageError(f"Could not find config for '{alias}' in settings.STORAGES.")
            built = self._built[alias] = self.create_storage(config)
        return built

    def create_storage(self, params):
        config = params.copy()
        path, options = config.pop("BACKEND"), config.pop("OPTIONS", {})
        try:
            backend = import_string(path)
        except ImportError as error:
            raise InvalidStorageError(f"Could not find backend {path!r}: {error}") from error
        return backend(**options)


class DefaultStorage(LazyObject):
    def _setup(self):
        self._wrapped = storages[DEFAULT_STORAGE_ALIAS]


storages = StorageHandler(backends=None)  # reads STORAGES when a storage is first needed
default_storage = DefaultStorage()


@forgotten_by_new_process
def _forget_storages():
    storages._forget()
    default_storage._wrapped = empty  # built again from the next project's STORAGES
