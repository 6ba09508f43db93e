"""FileBasedCache: entries kept as files in the LOCATION folder.

As in Django, the folder is created (with its parents) as soon as the cache is built, which the
cache checks do; a relative LOCATION is taken from the working directory."""

import os

from django.core.cache.backends.base import BaseCache


class FileBasedCache(BaseCache):
    cache_suffix = ".djcache"

    def __init__(self, dir, params):
        super().__init__(params)
        self._dir = os.path.abspath(dir)
        self._createdir()

    def _createdir(self):
        # Only the last folder gets makedirs()'s mode: the umask makes its parents private too.
        umask_before = os.umask(0o077)
        try:
            os.makedirs(self._dir, 0o700, exist_ok=True)
        finally:
            os.umask(umask_before)
