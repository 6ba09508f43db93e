"""LocMemCache: a cache in this process's memory, one store per LOCATION name."""

from django._process import forgotten_by_new_process
from django.core.cache.backends.base import _Located

_stores = {}  # LOCATION -> its entries, shared by every LocMemCache of that name


class LocMemCache(_Located):
    def _use_location(self, name, params):
        self._cache = _stores.setdefault(name, {})  # an unhashable LOCATION fails here, as in Django


@forgotten_by_new_process
def _forget_stores():
    _stores.clear()
