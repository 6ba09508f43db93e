"""`cache_timeline`: the reader's project answering requests at moments of the engine's clock,
on one or more app servers, and what the cache did each time (see minidjango/cache_timeline.py).

Request: files, settings_module, env?, installed?, timeline ([{at, url, server?, method?,
headers?}]), servers? (their names, default: those the timeline names), database? (the dotted
path of the function each of whose calls is one database query).
Answer: {error, servers, events: [{at, server, method, url, response, cache: [{alias, did, key}],
hits, misses, queries, held: [{alias, shared, count, entries: [{key, expires, expired}]}]}]}.
"""

from minidjango.cache_timeline import CacheTimeline
from minidjango.project import Project


def run(request):
    project = Project(request["files"], request.get("env"), request.get("installed", ()))
    with project:
        return CacheTimeline(project, request).answer()
