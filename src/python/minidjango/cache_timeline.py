"""The `cache_timeline` operation inside a laid-out project (see operations/cache_timeline.py):
requests sent to the reader's project at moments of the engine's clock, by one or more app
servers, and what the cache did for each: hits, misses, stores, the queries the view made,
and what every cache held afterwards (each entry's key and when it expires).

Each app server is a process of its own as far as the cache goes: a LocMemCache (or a
FileBasedCache: a folder on that machine) is one per server, and a `cache.delete()` on one server
leaves the others' copies alone. A backend that names a cache server (Redis, Memcached) or the
database is one cache that every app server reaches: the engine stands in for that server with
one in-memory store, kept exactly as LocMemCache keeps its entries (expiry, culling, pickled
copies), so the only difference the timeline shows is the one that matters: shared or not. A
FileBasedCache is stood in for the same way, one store per app server (each has its own disk).
What else a project keeps in memory (a module's counter) is shared by the servers here.

`database` names the function that stands for the database (e.g. "shop.data.fetch_products"):
each call of it is counted as one query of the request that made it.
"""

import contextlib
import importlib
import os

from minidjango import clock, errors, isolation

#: The most requests one timeline sends.
MAX_EVENTS = 200
#: The most entries the answer lists per store (a page key per URL could make thousands).
MAX_ENTRIES_LISTED = 50
#: What a backend's dotted path starts with when it names a cache every app server shares.
SHARED_BACKENDS = (
    "django.core.cache.backends.redis.",
    "django.core.cache.backends.memcached.",
    "django.core.cache.backends.db.",
)
#: Backends that keep entries on the machine (a folder): one store per app server.
PER_MACHINE_BACKENDS = ("django.core.cache.backends.filebased.",)
DEFAULT_SERVER = "app1"


class TimelineRefused(ValueError):
    """A timeline the engine cannot run as given (the message says what to change)."""


def _events(request):
    events = request.get("timeline")
    if not isinstance(events, list) or not events:
        raise TimelineRefused("`timeline` is a list of requests, each {at, url, server?, method?, headers?}")
    if len(events) > MAX_EVENTS:
        raise TimelineRefused(f"{len(events):,} requests: a timeline sends at most {MAX_EVENTS}")
    for number, event in enumerate(events):
        if not isinstance(event, dict) or not isinstance(event.get("url"), str):
            raise TimelineRefused(f"request {number}: each request is {{at, url, server?, method?}}, with an absolute url")
    list(clock.moments(events, what="request"))
    return events


class CacheTimeline:
    def __init__(self, project, request):
        self.project = project
        self.settings_module = request.get("settings_module", "mysite.settings")
        self.events = _events(request)
        servers = request.get("servers") or sorted({str(e.get("server", DEFAULT_SERVER)) for e in self.events})
        self.servers = [str(name) for name in servers]
        unknown = {str(e.get("server", self.servers[0])) for e in self.events} - set(self.servers)
        if unknown:
            raise TimelineRefused(f"requests name servers {sorted(unknown)} that `servers` ({self.servers}) does not list")
        self.database = request.get("database")
        self.queries = 0
        self.depth = 0
        self.log = []  # what the cache did during the request being sent
        self.shared_names = set()
        self.stores = {server: {} for server in self.servers}
        self.shared_stores = {}

    # ---- the run ----------------------------------------------------------------------------

    def answer(self):
        from django.core.cache.backends import locmem

        self._locmem = locmem
        os.environ["DJANGO_SETTINGS_MODULE"] = self.settings_module
        saved_stores = dict(locmem._stores)
        undo = []
        try:
            try:
                self._count_queries(undo)
                self._watch_the_cache(undo)
                applications = self._applications()
            except BaseException as exc:  # the reader's settings or code raised while loading
                return {"error": self._error(exc), "servers": self.servers, "events": []}
            events = [self._send(applications, event, seconds)
                      for event, seconds in zip(self.events, clock.moments(self.events, what="request"))]
            return {"error": None, "servers": self.servers, "events": events}
        finally:
            for put_back in reversed(undo):
                put_back()
            locmem._stores.clear()
            locmem._stores.update(saved_stores)
            from django.core.cache import caches

            caches._forget()  # the cache objects made on the servers' stores go with them
            isolation.end()

    def _error(self, exc):
        isolation.end()
        return errors.describe(exc, self.project, self.settings_module)

    def _applications(self):
        from django.core.wsgi import get_wsgi_application

        applications = {}
        for server in self.servers:
            self._enter(server)
            applications[server] = get_wsgi_application()  # its own middleware, as each server builds
            self._leave(server)
        return applications

    def _send(self, applications, event, seconds):
        from minidjango.request_run import RequestRun

        server = str(event.get("server", self.servers[0]))
        line = {key: event[key] for key in ("method", "url", "headers", "body", "cookies") if key in event}
        line.setdefault("method", "GET")
        line["cookies"] = False
        self.log, queries_before = [], self.queries
        self._enter(server)
        try:
            with clock.at(seconds):
                response = RequestRun(self.project, {"settings_module": self.settings_module})._send(applications[server], line)
                held = self._held(server, seconds)
        finally:
            self._leave(server)
        response.pop("_stop", None)
        response.pop("trace", None)
        response.pop("ms", None)
        response.pop("body_base64", None)
        return {
            "at": seconds, "server": server, "method": line["method"], "url": line["url"],
            "response": response,
            "cache": self.log,
            "hits": sum(1 for step in self.log if step["did"] == "hit"),
            "misses": sum(1 for step in self.log if step["did"] == "miss"),
            "queries": self.queries - queries_before,
            "held": held,
        }

    # ---- one process per server, one store per cache server -----------------------------------

    def _enter(self, server):
        """The caches as `server`'s process has them: its own stores, and the shared ones."""
        from django.core.cache import caches

        caches._forget()  # the cache objects are made again, on this server's stores
        self._locmem._stores.clear()
        self._locmem._stores.update(self.stores[server])
        self._locmem._stores.update(self.shared_stores)

    def _leave(self, server):
        for name, store in self._locmem._stores.items():
            (self.shared_stores if name in self.shared_names else self.stores[server])[name] = store

    def _held(self, server, seconds):
        """What each cache alias holds on `server` after the request: [{alias, shared, entries}]."""
        from django.conf import settings
        from django.core.cache import caches
        from django.core.cache.backends.locmem import LocMemCache

        held = []
        aliases = settings.CACHES if isinstance(settings.CACHES, dict) else {}
        for alias in aliases:
            try:
                cache = caches[alias]
            except Exception:  # an alias that cannot be built was never used by the request either
                continue
            if not isinstance(cache, LocMemCache):
                continue
            entries = [{"key": key, "expires": None if expires is None else expires - clock.ORIGIN,
                        "expired": expires is not None and expires <= clock.ORIGIN + seconds}
                       for key, (_, expires) in list(cache._cache.items())[-MAX_ENTRIES_LISTED:]]
            held.append({"alias": alias, "shared": getattr(cache, "_timeline_shared", False),
                         "count": len(cache._cache), "entries": entries})
        return held

    # ---- instruments ------------------------------------------------------------------------

    def _watch_the_cache(self, undo):
        """Note each get (hit or miss), set, add, delete and touch of a cache during a request;
        build a cache server's stand-in for the backends that name one."""
        from django.core.cache import caches
        from django.core.cache.backends.base import DEFAULT_TIMEOUT
        from django.core.cache.backends.locmem import LocMemCache

        timeline, missing = self, object()
        names = ("get", "set", "add", "delete", "touch", "get_or_set")
        originals = {name: getattr(LocMemCache, name) for name in names}

        def get(cache, key, default=None, version=None):
            with timeline._inside() as outermost:
                found = originals["get"](cache, key, missing, version)
            if outermost:
                timeline._note(cache, "miss" if found is missing else "hit", key)
            return default if found is missing else found

        def get_or_set(cache, key, default, timeout=DEFAULT_TIMEOUT, version=None):
            with timeline._inside() as outermost:
                found = originals["get"](cache, key, missing, version)
                answer = originals["get_or_set"](cache, key, default, timeout, version)
            if outermost:
                timeline._note(cache, "miss" if found is missing else "hit", key)
                if found is missing:
                    timeline._note(cache, "set", key)
            return answer

        def writer(name):
            def write(cache, key, *args, **kwargs):
                with timeline._inside() as outermost:
                    answer = originals[name](cache, key, *args, **kwargs)
                if outermost:
                    timeline._note(cache, name if answer is not False else f"{name} (not done)", key)
                return answer

            return write

        LocMemCache.get, LocMemCache.get_or_set = get, get_or_set
        for name in ("set", "add", "delete", "touch"):
            setattr(LocMemCache, name, writer(name))

        def put_back():
            for name, method in originals.items():
                setattr(LocMemCache, name, method)

        undo.append(put_back)
        built = caches.create_connection

        def create_connection(alias):
            config = caches.settings[alias]
            backend = config.get("BACKEND", "") if isinstance(config, dict) else ""
            shared = isinstance(backend, str) and backend.startswith(SHARED_BACKENDS)
            if not shared and not (isinstance(backend, str) and backend.startswith(PER_MACHINE_BACKENDS)):
                return built(alias)
            built(alias)  # what the real backend refuses (a bad option, a missing client library) it still refuses
            options = {name: value for name, value in config.items() if name not in ("BACKEND", "LOCATION")}
            name = f"{backend} at {config.get('LOCATION', '')!r}"
            if shared:
                timeline.shared_names.add(name)
            stand_in = LocMemCache(name, options)
            stand_in._timeline_shared = shared
            return stand_in

        caches.create_connection = create_connection
        undo.append(lambda: vars(caches).pop("create_connection", None))

    @contextlib.contextmanager
    def _inside(self):
        """Whether this cache call is the view's own (not one the cache API makes inside another)."""
        self.depth += 1
        try:
            yield self.depth == 1
        finally:
            self.depth -= 1

    def _note(self, cache, did, key):
        from django.core.cache import caches

        alias = next((alias for alias in vars(caches._connections) if getattr(caches._connections, alias) is cache), "?")
        self.log.append({"alias": alias, "did": did, "key": str(key)})

    def _count_queries(self, undo):
        if self.database is None:
            return
        if not isinstance(self.database, str) or "." not in self.database:
            raise TimelineRefused(f"`database` is the dotted path of the function that queries the database, not {self.database!r}")
        module_name, _, name = self.database.rpartition(".")
        module = importlib.import_module(module_name)
        function = getattr(module, name, None)
        if not callable(function):
            raise TimelineRefused(f"{module_name} has no function {name}() to count as the database")
        timeline = self

        def query(*args, **kwargs):
            timeline.queries += 1
            return function(*args, **kwargs)

        setattr(module, name, query)
        undo.append(lambda: setattr(module, name, function))


class Timeline:
    """What run.cache_timeline() gives a goal: the answer's events, and sums over them."""

    def __init__(self, answer):
        self.error = answer["error"]
        self.events = answer["events"]
        #: Per request: how many database queries it made, and how many cache gets hit or missed.
        self.queries = [event["queries"] for event in self.events]
        self.hits = [event["hits"] for event in self.events]
        self.misses = [event["misses"] for event in self.events]
        self.statuses = [event["response"]["status"] for event in self.events]
        self.bodies = [event["response"].get("body", "") for event in self.events]

    @property
    def total_queries(self):
        return sum(self.queries)

    def __repr__(self):
        return f"<Timeline queries={self.queries} hits={self.hits} misses={self.misses} error={self.error}>"


def timeline_for_exercise(run, requests, servers, database):
    if run.error is not None:  # the settings did not load: nothing answers
        return Timeline({"error": run.error, "events": []})
    isolation.begin()  # the reader's views run now: what they change is put back after
    request = {"settings_module": run._settings_module, "timeline": list(requests), "servers": servers, "database": database}
    return Timeline(CacheTimeline(run.project, request).answer())
