import re

from minidjango.exercises import goal

SERVERS = {"192.168.1.101:8000", "192.168.1.102:8000"}
PROXIES = re.compile(r"^\s*proxy_pass\s+http://django_backend\s*;", re.MULTILINE)


def accepted(run):
    return run.nginx is not None and run.nginx["ok"]


def proxies_to_django(run):
    """nginx accepts the file and a location passes requests to the upstream."""
    return accepted(run) and bool(PROXIES.search(run.source("nginx.conf")))


@goal("nginx -t accepts nginx.conf (no nginx.emerg)")
def nginx_accepts(run):
    return accepted(run) and not run.has("nginx.emerg")


@goal("Requests go to both app servers in turn, 192.168.1.101:8000 and 192.168.1.102:8000")
def both_servers(run):
    if not accepted(run):
        return False
    served = run.balance([{"client": "203.0.113.7"} for _ in range(4)])["served_by"]
    return sorted(served) == sorted([*SERVERS, *SERVERS])


@goal("Django receives the name the visitor typed: nginx passes the Host header (no course.W009)")
def host_passed(run):
    return proxies_to_django(run) and not run.has("course.W009")


@goal("Django can tell HTTPS from HTTP: nginx sets X-Forwarded-Proto itself (no course.W010)")
def proto_set(run):
    return proxies_to_django(run) and not run.has("course.W010")
