"""CACHES: a 'default' alias must exist (always); a file-based cache should have an absolute
LOCATION (always) that neither is, nor is inside, nor contains MEDIA_ROOT, STATIC_ROOT or a
STATICFILES_DIRS folder (deploy).

Both file-based checks build every configured cache (caches[alias]), so a BACKEND that cannot
be imported, or a backend that rejects its options, ends the run with that exception."""

import pathlib

from django.conf import settings
from django.core.cache import DEFAULT_CACHE_ALIAS, caches
from django.core.cache.backends.filebased import FileBasedCache

from . import Error, Tags, Warning, register

E001 = Error(
    f"You must define a '{DEFAULT_CACHE_ALIAS}' cache in your CACHES setting.",
    id="caches.E001",
    setting="CACHES",
)
_W002 = Warning(
    "Your '%s' cache configuration might expose your cache or lead to corruption of your data because its "
    "LOCATION %s %s.",
    id="caches.W002",
    setting="CACHES",
)
_W003 = Warning("Your '%s' cache LOCATION path is relative. Use an absolute path instead.", id="caches.W003", setting="CACHES")

#: The settings naming folders a web server or collectstatic reaches, in the order they are checked.
_SERVED_FOLDERS = ("MEDIA_ROOT", "STATIC_ROOT", "STATICFILES_DIRS")


def _file_caches():
    """(alias, cache) for each file-based cache, building every cache of CACHES on the way."""
    for name in settings.CACHES:
        backend = caches[name]
        if isinstance(backend, FileBasedCache):
            yield name, backend


def _folders_named_by(name, value):
    """The folders a truthy MEDIA_ROOT, STATIC_ROOT or STATICFILES_DIRS names, as Paths."""
    if name != "STATICFILES_DIRS":
        return [pathlib.Path(value)]
    folders = []
    for entry in value:
        if isinstance(entry, (list, tuple)):
            _prefix, entry = entry  # a (prefix, folder) pair; any other length fails as in Django
        folders.append(pathlib.Path(entry))
    return folders


def _relation(cache_dir, folders):
    if cache_dir in folders:
        return "matches"
    if any(folder in cache_dir.parents for folder in folders):
        return "is inside"
    if any(cache_dir in folder.parents for folder in folders):
        return "contains"
    return None


@register(Tags.caches)
def check_default_cache_is_configured(app_configs, **kwargs):
    return [] if DEFAULT_CACHE_ALIAS in settings.CACHES else [E001]


@register(Tags.caches, deploy=True)
def check_cache_location_not_exposed(app_configs, **kwargs):
    found = []
    for name in _SERVED_FOLDERS:
        value = getattr(settings, name, None)
        if not value:
            continue
        unresolved = _folders_named_by(name, value)
        folders = None  # resolved only when there is a file-based cache to compare them with
        for alias, cache in _file_caches():
            if folders is None:
                folders = {folder.resolve() for folder in unresolved}
            relation = _relation(pathlib.Path(cache._dir).resolve(), folders)
            if relation:
                found.append(_W002.replace(msg=_W002.msg % (alias, relation, name), key=alias))
    return found


@register(Tags.caches)
def check_file_based_cache_is_absolute(app_configs, **kwargs):
    found = []
    for name, entry in settings.CACHES.items():
        if isinstance(caches[name], FileBasedCache) and not pathlib.Path(entry["LOCATION"]).is_absolute():
            found.append(_W003.replace(msg=_W003.msg % (name,), key=name))
    return found
