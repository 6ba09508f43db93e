from urllib.parse import parse_qs, urlsplit

from minidjango.exercises import goal

CACHE_ENGINES = {"django.contrib.sessions.backends.cache", "django.contrib.sessions.backends.cached_db"}
REDIS = "django.core.cache.backends.redis.RedisCache"


def location(config):
    value = config.get("LOCATION") if isinstance(config, dict) else None
    if isinstance(value, (list, tuple)) and value:
        value = value[0]  # the server RedisCache writes to
    return value if isinstance(value, str) else None


def redis_database(url):
    """The Redis database number a redis:// URL selects (redis-py reads the path, or ?db=)."""
    parts = urlsplit(url)
    number = parts.path.strip("/") or parse_qs(parts.query).get("db", ["0"])[0]
    return (parts.hostname, parts.port or 6379, int(number) if number.isdigit() else None)


def session_cache(run):
    if run.error is not None:
        return None
    return run.setting("CACHES").get(run.setting("SESSION_CACHE_ALIAS"))


@goal("Sessions are read from the shared Redis: a cache session engine, and SESSION_CACHE_ALIAS names a RedisCache")
def sessions_in_redis(run):
    config = session_cache(run)
    return run.setting("SESSION_ENGINE", None) in CACHE_ENGINES and isinstance(config, dict) and config.get("BACKEND") == REDIS


@goal("cache.clear() on the default cache logs no one out: the sessions' Redis database (REDIS_SESSIONS_URL) is not the default cache's")
def survives_clear(run):
    config = session_cache(run)
    default = run.setting("CACHES").get("default") if run.error is None else None
    ours, theirs = location(config), location(default)
    if not ours or not theirs or ours != run.env["REDIS_SESSIONS_URL"]:
        return False
    return redis_database(ours) != redis_database(theirs)


@goal("A Redis restart or eviction loses no session: cached_db writes each one to the database too")
def survives_restart(run):
    return run.error is None and run.setting("SESSION_ENGINE") == "django.contrib.sessions.backends.cached_db"
