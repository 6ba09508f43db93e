from minidjango.exercises import goal

DATABASE = "shop.database.discount_for"
SITE = "http://shop.example.com"


def requests_for(code, *moments):
    return [{"at": at, "url": f"{SITE}/discount/{code}/"} for at in moments]


@goal("An unknown code is looked up once, then answered from the cache for ten minutes (600 s)")
def unknown_code_cached(run):
    timeline = run.cache_timeline(requests_for("NOPE", 0, 30, 60, 599), database=DATABASE)
    return timeline.error is None and timeline.queries == [1, 0, 0, 0]


@goal("After ten minutes the unknown code is looked up again (the entry expires at 600 s)")
def unknown_code_expires(run):
    timeline = run.cache_timeline(requests_for("NOPE", 0, 599, 600, 601), database=DATABASE)
    return timeline.error is None and timeline.queries == [1, 0, 1, 0]


@goal("A known code is still cached for ten minutes")
def known_code_cached(run):
    timeline = run.cache_timeline(requests_for("TEA10", 0, 300, 599, 600), database=DATABASE)
    return timeline.error is None and timeline.queries == [1, 0, 0, 1]


@goal('The page says the same as before: "No discount for NOPE." and "TEA10: 10% off.", from the database and from the cache')
def same_page(run):
    timeline = run.cache_timeline(requests_for("NOPE", 0, 1) + requests_for("TEA10", 2, 3), database=DATABASE)
    return timeline.error is None and timeline.statuses == [200] * 4 and timeline.bodies == [
        "No discount for NOPE.", "No discount for NOPE.", "TEA10: 10% off.", "TEA10: 10% off."]
