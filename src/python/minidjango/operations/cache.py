"""`cache`: calls of Django's cache API on the engine's clock (see minidjango/cache_run.py).

Request: caches (the CACHES setting), ops ([{at, call, args?, kwargs?, cache?, as?}]): each call
made at `at` seconds since the start, in order, in one process; timed (optional, for the
benchmark).
Answer: {results: [{result: [type, repr]} | {error: {type, message}}, plus warnings?], us?: [each
call's own time in microseconds, when timed]}.
"""

from minidjango.cache_run import CacheRun
from minidjango.project import Project


def run(request):
    with Project({}):
        return CacheRun(request).answer()
