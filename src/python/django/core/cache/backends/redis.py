"""RedisCache. The redis package is imported only when the cache is first used (never, here),
so a Redis cache can be configured and checked without redis installed, as in Django."""

import re

from django.core.cache.backends.base import _Located


def _servers(location):
    """LOCATION as a list of servers: a string may hold several, split at ';' or ','."""
    return re.split("[;,]", location) if isinstance(location, str) else location


class RedisCacheClient:
    def __init__(self, servers, serializer=None, pool_class=None, parser_class=None, **options):
        import redis  # ModuleNotFoundError when the package is missing, as in Django

        self._client_library, self._server_urls = redis, servers


class RedisCache(_Located):
    def _use_location(self, server, params):
        self._servers = _servers(server)
        self._class, self._options = RedisCacheClient, params.get("OPTIONS", {})
