from minidjango.exercises import goal

UPDATE = "django.middleware.cache.UpdateCacheMiddleware"
FETCH = "django.middleware.cache.FetchFromCacheMiddleware"
#: Middleware that add to the Vary header of a response, which the cache key depends on.
VARY = [
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.middleware.gzip.GZipMiddleware",
    "django.middleware.locale.LocaleMiddleware",
]


def middleware(run):
    value = run.setting("MIDDLEWARE") if run.error is None else None
    return list(value) if isinstance(value, (list, tuple)) else []


@goal("UpdateCacheMiddleware comes before every middleware that adds to Vary (SessionMiddleware, CsrfViewMiddleware...), so it stores the finished response")
def update_first(run):
    names = middleware(run)
    return names.count(UPDATE) == 1 and all(names.index(UPDATE) < names.index(name) for name in VARY if name in names)


@goal("FetchFromCacheMiddleware comes after all of them, last in MIDDLEWARE, as Django documents")
def fetch_last(run):
    names = middleware(run)
    return names.count(FETCH) == 1 and names[-1] == FETCH and UPDATE in names and names.index(UPDATE) < names.index(FETCH)


@goal("Pages go to the Redis both app servers share (CACHE_MIDDLEWARE_ALIAS names the RedisCache)")
def shared_cache(run):
    if run.error is not None:
        return False
    config = run.setting("CACHES").get(run.setting("CACHE_MIDDLEWARE_ALIAS"))
    return isinstance(config, dict) and config.get("BACKEND") == "django.core.cache.backends.redis.RedisCache"


@goal("Pages are kept for five minutes: CACHE_MIDDLEWARE_SECONDS = 300")
def five_minutes(run):
    return run.error is None and run.setting("CACHE_MIDDLEWARE_SECONDS") == 300
