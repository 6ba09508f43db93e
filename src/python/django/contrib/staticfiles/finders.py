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


def _pairs(storage, ignore_patterns):
    """(relative path, storage) for each file of a storage that the patterns do not ignore."""
    return ((path, storage) for path in utils.get_files(storage, ignore_patterns))


class BaseFinder:
    """A base file finder to be used for custom staticfiles finder classes."""

    def check(self, **kwargs):
        raise NotImplementedError("subclasses may provide a check() method to verify the finder is configured correctly.")

    def list(self, ignore_patterns):
        raise NotImplementedError("subclasses of BaseFinder must provide a list() method")


def _first_or_all(candidates, find_all):
    """The first truthy candidate, or all of them (a list) with find_all; [] when none."""
    found = filter(None, candidates)  # lazily: without find_all, the search stops at the first
    return list(found) if find_all else next(found, [])


def _split_entry(entry):
    """A STATICFILES_DIRS entry as (prefix, folder): a pair, or a folder with no prefix."""
    if isinstance(entry, (list, tuple)):
        prefix, folder = entry  # any other length fails here, as in Django
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
            self.storages[folder] = FileSystemStorage(location=folder)
            self.storages[folder].prefix = prefix

    def check(self, **kwargs):
        entries = settings.STATICFILES_DIRS
        if not isinstance(entries, (list, tuple)):
            return [_E001]
        found = []
        static_root = settings.STATIC_ROOT
        for position, entry in enumerate(entries):
            if isinstance(entry, (list, tuple)):
                prefix, entry = entry
                if prefix.endswith("/"):  # a prefix is joined to the path with a slash of its own
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
            under = f"{prefix}{os.sep}"
            if path[: len(under)] != under:
                return None
            path = path[len(under):]
        full = _joined_inside(root, path)
        return full if os.path.exists(full) else None

    def list(self, ignore_patterns):
        for _prefix, folder in self.locations:
            if os.path.isdir(folder):
                yield from _pairs(self.storages[folder], ignore_patterns)


#: Django's own tree, which does not change while the interpreter lives: whether a folder in it
#: exists is asked of the filesystem once (the contrib apps' static folders, on every check).
_DJANGO_TREE = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))) + os.sep
_folders_in_django = {}


def _is_folder(path):
    if not (isinstance(path, str) and path.startswith(_DJANGO_TREE)) or "/.." in path:
        return os.path.isdir(path)
    found = _folders_in_django.get(path)
    if found is None:
        found = _folders_in_django[path] = os.path.isdir(path)
    return found


class AppDirectoriesFinder(BaseFinder):
    """Find static files in the `static` folder of each installed app (in INSTALLED_APPS order)."""

    storage_class = FileSystemStorage
    source_dir = "static"

    def __init__(self, app_names=None, *args, **kwargs):
        self.apps = []
        self.storages = {}  # app name -> the storage of its static folder, for apps that have one
        wanted = set(app_names) if app_names else None
        for config in apps.get_app_configs():
            if wanted is not None and config.name not in wanted:
                continue
            folder = self.storage_class(os.path.join(config.path, self.source_dir))
            if _is_folder(folder.location):
                self.storages[config.name] = folder
                if config.name not in self.apps:
                    self.apps.append(config.name)

    def list(self, ignore_patterns):
        for folder in self.storages.values():
            if folder.exists(""):
                yield from _pairs(folder, ignore_patterns)

    def find(self, path, find_all=False):
        def candidates():
            for name in self.apps:
                _searched(self.storages[name].location)
                yield self.find_in_app(name, path)

        return _first_or_all(candidates(), find_all)

    def find_in_app(self, app, path):
        """The app's file for `path`, or None."""
        folder = self.storages.get(app)
        if not folder or not folder.exists(path):
            return None
        return folder.path(path) or None


class BaseStorageFinder(BaseFinder):
    """A finder that looks in one storage (a class attribute, an instance or a class)."""

    storage = None

    def __init__(self, storage=None, *args, **kwargs):
        chosen = self.storage if storage is None else storage
        if chosen is None:
            raise ImproperlyConfigured(f"The staticfiles storage finder {type(self)!r} doesn't have a storage class assigned.")
        self.storage = chosen if isinstance(chosen, (Storage, LazyObject)) else chosen()

    def find(self, path, find_all=False):
        """The storage's file for `path` (in a list with find_all); [] when it has none, or when
        the storage has no local paths."""
        storage = self.storage
        try:
            storage.path("")
        except NotImplementedError:  # not on the local file system
            return []
        _searched(storage.location)
        if not storage.exists(path):
            return []
        return [storage.path(path)] if find_all else storage.path(path)

    def list(self, ignore_patterns):
        yield from _pairs(self.storage, ignore_patterns)


class DefaultStorageFinder(BaseStorageFinder):
    """Find static files in the default storage (STORAGES["default"])."""

    storage = default_storage  # a LazyObject: the storage is built when first used

    def __init__(self, *args, **kwargs):
        BaseStorageFinder.__init__(self, *args, **kwargs)
        if not getattr(self.storage, "base_location", empty):
            raise ImproperlyConfigured(f"The storage backend of the staticfiles finder {type(self)!r} doesn't have a valid location.")


def find(path, find_all=False):
    """The file `path` names, from the first finder that has it (None if none does); with
    find_all, every such file from every finder (a list)."""
    searched_locations.clear()
    found = []
    for each in get_finders():
        answer = each.find(path, find_all=find_all)
        if answer and not find_all:
            return answer
        found.extend(answer if isinstance(answer, (list, tuple)) else [answer])
    return found or ([] if find_all else None)


def get_finders():
    yield from map(get_finder, settings.STATICFILES_FINDERS)


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
