"""DatabaseCache: entries in a database table (LOCATION), made by `createcachetable`."""

from django.core.cache.backends.base import _Located


class BaseDatabaseCache(_Located):
    def _use_location(self, table, params):
        self._table = table  # the table's name: nothing is created here


class DatabaseCache(BaseDatabaseCache):
    pass
