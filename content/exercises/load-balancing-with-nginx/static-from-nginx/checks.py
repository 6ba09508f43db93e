import re

from minidjango.exercises import goal

STATIC_LOCATION = re.compile(r"^\s*location\s+(\^~\s+)?/static/?\s*\{[^}]*\b(alias|root)\s", re.MULTILINE)
PROXIES = re.compile(r"^\s*proxy_pass\s+http://django_backend\s*;", re.MULTILINE)


def accepted(run):
    return run.nginx is not None and run.nginx["ok"]


@goal("nginx -t accepts nginx.conf (no nginx.emerg)")
def nginx_accepts(run):
    return accepted(run) and not run.has("nginx.emerg")


@goal("nginx serves /static/ from STATIC_ROOT, the folder collectstatic fills (no course.W011)")
def static_from_static_root(run):
    if not accepted(run) or run.error is not None or run.has("course.W011"):
        return False
    return bool(STATIC_LOCATION.search(run.source("nginx.conf")))


@goal("Every other request still goes to Django with its Host and X-Forwarded-Proto (no course.W009 or course.W010)")
def rest_to_django(run):
    if not accepted(run) or run.has("course.W009") or run.has("course.W010"):
        return False
    return bool(PROXIES.search(run.source("nginx.conf")))
