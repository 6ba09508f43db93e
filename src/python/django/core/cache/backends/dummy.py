"""DummyCache: a cache that keeps nothing (for development)."""

from django.core.cache.backends.base import BaseCache


class DummyCache(BaseCache):
    def __init__(self, host, *args, **kwargs):
        super().__init__(*args, **kwargs)
