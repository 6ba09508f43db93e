from minidjango.exercises import goal

SITE = "http://shop.example.com"
SERVERS = ["app1", "app2"]
#: The first server caches the price, the second reads it, the price changes on the first, both read.
REQUESTS = [
    {"at": 0, "url": f"{SITE}/", "server": "app1"},
    {"at": 5, "url": f"{SITE}/", "server": "app2"},
    {"at": 10, "url": f"{SITE}/price/5/", "server": "app1"},
    {"at": 20, "url": f"{SITE}/", "server": "app1"},
    {"at": 30, "url": f"{SITE}/", "server": "app2"},
]


def timeline(run):
    """The timeline above, run once per check (the price it changes stays changed)."""
    if getattr(run, "_two_servers", None) is None:
        run._two_servers = run.cache_timeline(REQUESTS, servers=SERVERS, database="shop.database.current_price")
    return run._two_servers


@goal("After the price changes on app1, app2 shows the new price too (Tea: 5 EUR at 30 s)")
def change_reaches_both(run):
    answer = timeline(run)
    return answer.error is None and answer.bodies[3:] == ["Tea: 5 EUR", "Tea: 5 EUR"]


@goal("One query serves both servers: app2 answers from what app1 cached (no query at 5 s or at 30 s)")
def one_query_for_both(run):
    answer = timeline(run)
    return answer.error is None and answer.queries[1] == 0 and answer.queries[4] == 0 and answer.hits[1] == 1


@goal("The cache's address comes from REDIS_URL, and settings.py does not contain its password")
def address_from_environment(run):
    if run.error is not None:
        return False
    config = run.setting("CACHES").get("default", {})
    return config.get("LOCATION") == run.env["REDIS_URL"] and "Vb3kR8wQz2LpN6sT" not in run.source("mysite/settings.py")
