"""Database and cache URLs turned into Django's DATABASES and CACHES entries.

    postgres://user:p%40ss@db.example.com:5432/mysite?sslmode=require
    -> {"ENGINE": "django.db.backends.postgresql", "NAME": "mysite", "USER": "user",
        "PASSWORD": "p@ss", "HOST": "db.example.com", "PORT": 5432, "OPTIONS": {"sslmode": "require"}}

    rediscache://127.0.0.1:6379/1?timeout=60
    -> {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": "redis://127.0.0.1:6379/1", "TIMEOUT": 60}
"""

import ast
from urllib.parse import parse_qsl, unquote, urlsplit

from django.core.exceptions import ImproperlyConfigured

#: URL scheme -> database ENGINE (django-environ's documented list).
DATABASE_ENGINES = {
    "postgres": "django.db.backends.postgresql",
    "postgresql": "django.db.backends.postgresql",
    "psql": "django.db.backends.postgresql",
    "pgsql": "django.db.backends.postgresql",
    "postgis": "django.contrib.gis.db.backends.postgis",
    "mysql": "django.db.backends.mysql",
    "mysql2": "django.db.backends.mysql",
    "mysqlgis": "django.contrib.gis.db.backends.mysql",
    "mysql-connector": "mysql.connector.django",
    "sqlite": "django.db.backends.sqlite3",
    "spatialite": "django.contrib.gis.db.backends.spatialite",
    "oracle": "django.db.backends.oracle",
    "mssql": "sql_server.pyodbc",
    "pyodbc": "sql_server.pyodbc",
    "redshift": "django_redshift_backend",
    "ldap": "ldapdb.backends.ldap",
}

#: URL scheme -> cache BACKEND.
CACHE_BACKENDS = {
    "dbcache": "django.core.cache.backends.db.DatabaseCache",
    "dummycache": "django.core.cache.backends.dummy.DummyCache",
    "filecache": "django.core.cache.backends.filebased.FileBasedCache",
    "locmemcache": "django.core.cache.backends.locmem.LocMemCache",
    "memcache": "django.core.cache.backends.memcached.MemcachedCache",
    "pymemcache": "django.core.cache.backends.memcached.PyMemcacheCache",
    "pylibmc": "django.core.cache.backends.memcached.PyLibMCCache",
    "rediscache": "django.core.cache.backends.redis.RedisCache",
    "redis": "django.core.cache.backends.redis.RedisCache",
    "rediss": "django.core.cache.backends.redis.RedisCache",
}

#: Query parameters that are keys of the DATABASES entry itself, not of its OPTIONS.
DATABASE_KEYS = ("ATOMIC_REQUESTS", "AUTOCOMMIT", "CONN_MAX_AGE", "CONN_HEALTH_CHECKS", "DISABLE_SERVER_SIDE_CURSORS")
#: Query parameters that are keys of the CACHES entry itself.
CACHE_KEYS = ("TIMEOUT", "KEY_PREFIX", "VERSION", "KEY_FUNCTION")

SQLITE_MEMORY = ":memory:"


def _number_or_text(text):
    return int(text) if text.isdigit() else text


def _literal_or_text(text):
    """600 -> 600, True -> True, None -> None; anything else stays text."""
    try:
        return ast.literal_eval(text)
    except (ValueError, SyntaxError):
        return text


def _parts(url):
    """(scheme, user, password, hosts [(host, port)], path, query pairs) of a URL string or split URL."""
    if not hasattr(url, "scheme"):
        url = urlsplit(str(url))
    userinfo, _, hostlist = url.netloc.rpartition("@")
    user, _, password = userinfo.partition(":")
    hosts = []
    for entry in hostlist.split(","):
        host, port = entry, ""
        if entry.startswith("["):  # [ipv6]:port
            host, _, rest = entry[1:].partition("]")
            port = rest.removeprefix(":")
        elif entry.count(":") == 1:
            host, port = entry.split(":")
        hosts.append((unquote(host), port))
    return url.scheme, unquote(user), unquote(password), hosts, url.path, parse_qsl(url.query, keep_blank_values=True)


def database(url, engine=None):
    """One DATABASES entry for url; engine, when given, replaces the scheme's."""
    if str(url) in ("sqlite://", "sqlite://:memory:"):
        return {"ENGINE": engine or DATABASE_ENGINES["sqlite"], "NAME": SQLITE_MEMORY}
    scheme, user, password, hosts, path, query = _parts(url)
    if engine is None and scheme not in DATABASE_ENGINES:  # docs silent: an unknown scheme is a configuration error
        raise ImproperlyConfigured(f"Unknown database URL scheme {scheme!r}")
    name = unquote(path.removeprefix("/"))
    if scheme in ("sqlite", "spatialite"):
        hosts = [("", "")]
        name = name or SQLITE_MEMORY
    ports = [port for _, port in hosts]
    config = {
        "ENGINE": engine or DATABASE_ENGINES[scheme],
        "NAME": name,
        "USER": user,
        "PASSWORD": password,
        "HOST": ",".join(host for host, _ in hosts),
        # One port is a number; a cluster's ports stay text, side by side like its hosts.
        "PORT": _number_or_text(ports[0]) if len(ports) == 1 else ",".join(ports),
    }
    options = {}
    for key, value in query:
        if key.upper() in DATABASE_KEYS:
            config[key.upper()] = _literal_or_text(value)
        else:
            options[key] = _number_or_text(value)
    if options:  # OPTIONS only when the query gives some (the docs show no empty one)
        config["OPTIONS"] = options
    return config


def _cache_location(scheme, netloc, path):
    """LOCATION for a cache URL: a string, or a list when the URL names several servers."""
    if scheme == "filecache":
        return netloc + path
    servers = [server for server in netloc.split(",") if server]
    if scheme in ("rediscache", "redis", "rediss"):
        if not servers:  # a socket path: rediscache:///run/redis.sock
            return f"unix://{path}"
        protocol = "rediss" if scheme == "rediss" else "redis"
        locations = [f"{protocol}://{server}{path}" for server in servers]
    elif scheme in ("memcache", "pymemcache", "pylibmc"):
        locations = servers or [f"unix:{path}"]
    else:
        locations = servers or ([path] if path else [])
    if not locations:
        return None
    return locations[0] if len(locations) == 1 else locations


def cache(url, backend=None):
    """One CACHES entry for url ({} for an empty URL); backend, when given, replaces the scheme's."""
    if not hasattr(url, "scheme"):
        url = urlsplit(str(url or ""))
    if not url.geturl():
        return {}
    if url.scheme not in CACHE_BACKENDS:
        raise ImproperlyConfigured(f"Invalid cache schema {url.scheme}")
    config = {"BACKEND": backend or CACHE_BACKENDS[url.scheme]}
    location = _cache_location(url.scheme, url.netloc, url.path)
    if location is not None:  # dummycache:// has none, and Django's default LOCATION is ''
        config["LOCATION"] = location
    options = {}
    # The docs' ?client_class=...&password=... is OPTIONS' CLIENT_CLASS and PASSWORD; CACHES' own keys stay outside.
    for key, value in parse_qsl(url.query, keep_blank_values=True):
        if key.upper() in CACHE_KEYS:
            config[key.upper()] = _number_or_text(value)
        else:
            options[key.upper()] = _number_or_text(value)
    if options:
        config["OPTIONS"] = options
    return config
