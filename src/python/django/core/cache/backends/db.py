"""DatabaseCache: entries in a database table (LOCATION), made by `createcachetable`."""

from django.core.cache.backends.base import BaseCache


class BaseDatabaseCache(BaseCache):
    def __init__(self, table, params):
        super().__init__(params)
        self._table = table


class DatabaseCache(BaseDatabaseCache):
    pass
