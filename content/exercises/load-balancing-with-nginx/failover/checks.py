from minidjango.exercises import goal

FIRST, DEPLOYED, SPARE = "192.168.1.101:8000", "192.168.1.102:8000", "192.168.1.103:8000"
VISITORS = [{"client": f"203.0.113.{n}"} for n in range(1, 9)]


def served(run, down=()):
    """Who serves eight requests (nginx -t must accept the file), or None."""
    if run.nginx is None or not run.nginx["ok"] or not run.nginx["upstreams"]:
        return None
    return run.balance(VISITORS, down=down)["served_by"]


def listed(run, address):
    upstreams = run.nginx["upstreams"] if run.nginx is not None else []
    return next((s for u in upstreams[:1] for s in u["servers"] if s["address"] == address), None)


@goal("nginx -t accepts nginx.conf (no nginx.emerg)")
def nginx_accepts(run):
    return run.nginx is not None and run.nginx["ok"] and not run.has("nginx.emerg")


@goal("192.168.1.102 gets no request while it is being deployed, and 192.168.1.101 gets them all")
def deployed_left_out(run):
    return served(run) == [FIRST] * len(VISITORS)


@goal("192.168.1.103 is in the upstream as a backup: it serves nothing while 192.168.1.101 answers")
def spare_is_backup(run):
    spare = listed(run, SPARE)
    return spare is not None and spare["backup"] and served(run) is not None and SPARE not in served(run)


@goal("When 192.168.1.101 stops too, every visitor still gets an answer, from 192.168.1.103")
def failover(run):
    return served(run, down=[FIRST]) == [SPARE] * len(VISITORS)
