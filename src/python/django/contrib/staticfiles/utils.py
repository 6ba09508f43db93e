"""Helpers of the staticfiles app: which names to ignore, the files of a storage, and the
sanity of the static settings (what a staticfiles storage checks when it is built)."""

import fnmatch
import functools
import os
import re

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured


def matches_patterns(path, patterns):
    """Whether `path` matches one of the glob patterns (case-sensitively)."""
    globs = tuple(patterns)
    try:
        match = _any_of(globs) if type(path) is str else None
    except TypeError:  # a glob that cannot be a key
        match = None
    if match is None:
        return any(fnmatch.fnmatchcase(path, glob) for glob in globs)
    return match(path) is not None


@functools.lru_cache(maxsize=64)
def _any_of(globs):
    """One regex's match() for "matches one of the globs" as fnmatchcase matches each, or None
    when a glob is not text (a pure function of the globs: collectstatic asks it twice for each
    file it finds)."""
    if not all(type(glob) is str for glob in globs):
        return None
    return re.compile("|".join(f"(?:{fnmatch.translate(glob)})" for glob in globs) or "(?!)").match


def get_files(storage, ignore_patterns=None, location=""):
    """Every file of `storage` under `location`, as a relative path, depth first: a folder's
    files, then its folders'. A file is ignored when its name or its relative path matches a
    pattern; a folder (and all below it) when its name does."""
    patterns = [] if ignore_patterns is None else ignore_patterns
    folders, files = storage.listdir(location)
    for name in files:
        relative = os.path.join(location, name) if location else name
        if not matches_patterns(name, patterns) and not (location and matches_patterns(relative, patterns)):
            yield relative
    for name in folders:
        if not matches_patterns(name, patterns):
            yield from get_files(storage, patterns, os.path.join(location, name) if location else name)


def check_settings(base_url=None):
    """Refuse static settings staticfiles cannot work with."""
    static_url = settings.STATIC_URL if base_url is None else base_url
    if not static_url:
        raise ImproperlyConfigured("You're using the staticfiles app without having set the required STATIC_URL setting.")
    media_url = settings.MEDIA_URL
    if media_url == static_url:
        raise ImproperlyConfigured("The MEDIA_URL and STATIC_URL settings must have different values")
    if settings.DEBUG and media_url and settings.STATIC_URL and media_url.startswith(settings.STATIC_URL):
        raise ImproperlyConfigured("runserver can't serve media if MEDIA_URL is within STATIC_URL.")
    media_root, static_root = settings.MEDIA_ROOT, settings.STATIC_ROOT
    if media_root and static_root and media_root == static_root:
        raise ImproperlyConfigured("The MEDIA_ROOT and STATIC_ROOT settings must have different values")
