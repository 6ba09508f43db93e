from minidjango.exercises import goal

APP_SERVERS = 2
BUDGET = 90  # PostgreSQL's max_connections (100), less the reserved ones and room for migrate, cron and psql


def config(run):
    """The names gunicorn.conf.py defines, as gunicorn reads them (it runs the file as Python)."""
    namespace = {"__name__": "__config__", "__file__": "gunicorn.conf.py"}
    try:
        exec(compile(run.source("gunicorn.conf.py"), "gunicorn.conf.py", "exec"), namespace)
    except Exception:
        return None
    return namespace


def whole(value):
    return isinstance(value, int) and not isinstance(value, bool) and value > 0


def threads_per_server(run):
    """Threads serving requests on one app server: workers x threads (a sync worker has one), or None."""
    conf = config(run)
    if conf is None:
        return None
    workers, threads = conf.get("workers", 1), conf.get("threads", 1)
    if not whole(workers) or not whole(threads):
        return None
    kind = conf.get("worker_class", "sync")
    if kind == "sync" and threads > 1:
        kind = "gthread"  # gunicorn switches a sync worker to gthread when threads > 1
    return workers * (threads if kind == "gthread" else 1)


@goal("Both app servers together hold at most 90 database connections: one per thread, workers x threads x 2 servers")
def within_budget(run):
    count = threads_per_server(run)
    if run.error is not None or count is None:
        return False
    return count * APP_SERVERS <= BUDGET  # each busy thread has a connection open, kept or not


@goal("Each app server still handles at least 16 requests at once (workers x threads)")
def enough_capacity(run):
    count = threads_per_server(run)
    return count is not None and count >= 16


@goal("A kept connection is tested before use, so a database restart costs a reconnection, not an error page (CONN_HEALTH_CHECKS = True)")
def health_checks(run):
    return run.error is None and run.setting("DATABASES").get("default", {}).get("CONN_HEALTH_CHECKS") is True
