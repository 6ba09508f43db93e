"""Static file finders: where the development server, findstatic and collectstatic look for a
project's static files. STATICFILES_FINDERS lists them; each is built once per process.

- FileSystemFinder: the folders of STATICFILES_DIRS (an entry may be a (prefix, folder) pair);
  building it unpacks each pair, so a Path where a list belongs, or a 3-item tuple, fails there
  (in the checks) with a TypeError or ValueError instead of a message. check() gives the
  staticfiles.E001-E003/W004 messages.
- AppDirectoriesFinder: the `static` folder of each installed app that has one.
- DefaultStorageFinder: the default storage (STORAGES["default"], MEDIA_ROOT for the file
  system one), which must have a location.

find() answers a path's absolute file (or every one, with find_all); list() yields each file
as (relative path, storage), leaving out names matching ignore_patterns (collectstatic's are
["CVS", ".*", "*~"]). Both go through the folders in the order the settings list them.
"""

import functools
import os

from django._process import forgotten_by_new_process
from django.apps import apps
from django.conf import settings
from django.contrib.staticfiles import utils
from django.core.checks import Error, Warning
from django.core.exceptions import ImproperlyConfigured
from django.core.files.storage import FileSystemStorage, Storage, _joined_inside, default_storage
from django.utils.functional import LazyObject, empty
from django.utils.module_loading import import_string

#: The folders the last find() looked in (findstatic --verbosity 2 shows them).
searched_locations = []

_E001 = Error(
    "The STATICFILES_DIRS setting is not a tuple or list.",
    hint="Perhaps you forgot a trailing comma?",
    id="staticfiles.E001",
    setting="STATICFILES_DIRS",
)
_E002 = Error(
    "The STATICFILES_DIRS setting should not contain the STATIC_ROOT setting.",
    id="staticfiles.E002",
    setting="STATICFILES_DIRS",
)
_E003 = Error(
    "The prefix %r in the STATICFILES_DIRS setting must not end with a slash.",
    id="staticfiles.E003",
    setting="STATICFILES_DIRS",
)
_W004 = Warning(
    "The directory '%s' in the STATICFILES_DIRS setting does not exist.",
    id="staticfiles.W004",
    setting="STATICFILES_DIRS",
)


def _searched(folder):
    if folder not in searched_locations:
        searched_locations.append(folder)


class BaseFinder:
    """A base file finder to be used for custom staticfiles finder classes."""

    def check(self, **kwargs):
        raise NotImplementedError(
            "subclasses may provide a check() method to verify the finder is configured correctly."
        )

    def find(self, path, find_all=False):
        raise NotImplementedError("subclasses of BaseFinder must provide a find() method")

    def list(self, ignore_patterns):
        raise NotImplementedError("subclasses of BaseFinder must provide a list() method")


def _first_or_all(candidates, find_all):
    """The first truthy candidate, or all of them (a list) with find_all; [] when none."""
    found = []
    for candidate in candidates:
        if candidate:
            if not find_all:
                return candidate
            found.append(candidate)
    return found


def _split_entry(entry):
    """A STATICFILES_DIRS entry as (prefix, folder): a pair, or a folder with no prefix."""
    if isinstance(entry, (list, tuple)):
        prefix, folder = entry
        return prefix, folder
    return "", entry


class FileSystemFinder(BaseFinder):
    """Find static files in the folders listed in STATICFILES_DIRS."""

    def __init__(self, app_names=None, *args, **kwargs):
        self.locations = []  # (prefix, folder), each once, in the order listed
        for entry in settings.STATICFILES_DIRS:
            pair = _split_entry(entry)
            if pair not in self.locations:
                self.locations.append(pair)
        self.storages = {}  # folder -> its storage, which knows the folder's prefix
        for prefix, folder in self.locations:
            storage = self.storages[folder] = FileSystemStorage(location=folder)
            storage.prefix = prefix
        super().__init__(*args, **kwargs)

    def check(self, **kwargs):
        entries = settings.STATICFILES_DIRS
        if not isinstance(entries, (list, tuple)):
            return [_E001]
        found = []
        static_root = settings.STATIC_ROOT
        for position, entry in enumerate(entries):
            if isinstance(entry, (list, tuple)):
                prefix, entry = entry
                if prefix.endswith("/"):
                    found.append(_E003.replace(msg=_E003.msg % prefix, index=position))
            if static_root and os.path.abspath(static_root) == os.path.abspath(entry):
                found.append(_E002.about(index=position))
            # A relative folder is taken from the working directory, as os.path does.
            if not os.path.isdir(entry):
                found.append(_W004.replace(msg=_W004.msg % (entry,), index=position))
        return found

    def find(self, path, find_all=False):
        """The file `path` names in the first folder that has it (every one with find_all)."""

        def candidates():
            for prefix, folder in self.locations:
                _searched(folder)
                yield self.find_location(folder, path, prefix)

        return _first_or_all(candidates(), find_all)

    def find_location(self, root, path, prefix=None):
        """root/path when that exists; a prefixed folder only answers paths under its prefix."""
        if prefix:
            prefix = f"{prefix}{os.sep}"
            if not path.startswith(prefix):
                return None
            path = path[len(prefix):]
        full = _joined_inside(root, path)
        return full if os.path.exists(full) else None

    def list(self, ignore_patterns):
        for _prefix, folder in self.locations:
            if os.path.isdir(folder):
                storage = self.storages[folder]
                for path in utils.get_files(storage, ignore_patterns):
                    yield path, storage


class AppDirectoriesFinder(BaseFinder):
    """Find static files in the `static` folder of each installed app (in INSTALLED_APPS order)."""

    storage_class = FileSystemStorage
    source_dir = "static"

    def __init__(self, app_names=None, *args, **kwargs):
        self.apps = []
        self.storages = {}  # app name -> the storage of its static folder, for apps that have one
        wanted = set(app_names) if app_names else None
        for app_config in apps.get_app_configs():
            if wanted is not None and app_config.name not in wanted:
                continue
            storage = self.storage_class(os.path.join(app_config.path, self.source_dir))
            if os.path.isdir(storage.location):
                self.storages[app_config.name] = storage
                if app_config.name not in self.apps:
                    self.apps.append(app_config.name)
        super().__init__(*args, **kwargs)

    def list(self, ignore_patterns):
        for storage in self.storages.values():
            if storage.exists(""):
                for path in utils.get_files(storage, ignore_patterns):
                    yield path, storage

    def find(self, path, find_all=False):
        def candidates():
            for app in self.apps:
                _searched(self.storages[app].location)
                yield self.find_in_app(app, path)

        return _first_or_all(candidates(), find_all)

    def find_in_app(self, app, path):
        """The app's file for `path`, or None."""
        storage = self.storages.get(app)
        if storage and storage.exists(path):
            return storage.path(path) or None
        return None


class BaseStorageFinder(BaseFinder):
    """A finder that looks in one storage (a class attribute, an instance or a class)."""

    storage = None

    def __init__(self, storage=None, *args, **kwargs):
        if storage is not None:
            self.storage = storage
        if self.storage is None:
            raise ImproperlyConfigured(f"The staticfiles storage finder {type(self)!r} doesn't have a storage class assigned.")
        if not isinstance(self.storage, (Storage, LazyObject)):
            self.storage = self.storage()  # a class: built here
        super().__init__(*args, **kwargs)

    def find(self, path, find_all=False):
        """The storage's file for `path` (in a list with find_all); [] when it has none, or when
        the storage has no local paths."""
        try:
            self.storage.path("")
        except NotImplementedError:
            return []
        _searched(self.storage.location)
        if not self.storage.exists(path):
            return []
        match = self.storage.path(path)
        return [match] if find_all else match

    def list(self, ignore_patterns):
        for path in utils.get_files(self.storage, ignore_patterns):
            yield path, self.storage


class DefaultStorageFinder(BaseStorageFinder):
    """Find static files in the default storage (STORAGES["default"])."""

    storage = default_storage

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if not getattr(self.storage, "base_location", empty):
            raise ImproperlyConfigured(
                f"The storage backend of the staticfiles finder {type(self)!r} doesn't have a valid location."
            )


def find(path, find_all=False):
    """The file `path` names, from the first finder that has it (None if none does); with
    find_all, every such file from every finder (a list)."""
    searched_locations.clear()
    found = []
    for finder in get_finders():
        result = finder.find(path, find_all=find_all)
        if result and not find_all:
            return result
        found.extend(result if isinstance(result, (list, tuple)) else [result])
    return found or ([] if find_all else None)


def get_finders():
    for finder_path in settings.STATICFILES_FINDERS:
        yield get_finder(finder_path)


@functools.cache
def get_finder(import_path):
    """The finder class at `import_path`, built (once per process)."""
    finder_class = import_string(import_path)
    if not issubclass(finder_class, BaseFinder):
        raise ImproperlyConfigured(f'Finder "{finder_class}" is not a subclass of "{BaseFinder}"')
    return finder_class()


@forgotten_by_new_process
def _forget_finders():
    get_finder.cache_clear()
    searched_locations.clear()
