"""FileBasedCache: entries kept as files in the LOCATION folder.

As in Django, the folder is created (with its parents) as soon as the cache is built, which the
cache checks do; a relative LOCATION is taken from the working directory."""

import os

from django.core.cache.backends.base import _Located


class FileBasedCache(_Located):
    cache_suffix = ".djcache"

    def _use_location(self, folder, params):
        self._dir = os.path.abspath(folder)
        # makedirs() gives only the last folder its mode: the umask makes the parents private too.
        umask_before = os.umask(0o077)
        try:
            os.makedirs(self._dir, mode=0o700, exist_ok=True)
        finally:
            os.umask(umask_before)
