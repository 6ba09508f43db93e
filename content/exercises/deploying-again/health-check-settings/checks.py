import re

from minidjango.exercises import goal

SITE = "shop.example.com"
PROBES = ["192.168.1.101:8000", "192.168.1.102:8000"]


def accepts(run, host):
    """Whether request.get_host() accepts this Host header (DEBUG is off), as Django splits it."""
    from django.http.request import split_domain_port, validate_host

    domain, _port = split_domain_port(host)
    return bool(domain) and validate_host(domain, run.setting("ALLOWED_HOSTS"))


def redirected(run, path):
    """Whether SecurityMiddleware redirects a plain-HTTP request for `path` (no X-Forwarded-Proto)
    to HTTPS, as its process_request() decides; None when the exemptions are not regular
    expressions (Django raises on every request)."""
    try:
        exempt = [re.compile(pattern) for pattern in run.setting("SECURE_REDIRECT_EXEMPT")]
    except (TypeError, re.error):
        return None
    if run.setting("SECURE_SSL_REDIRECT") is not True:
        return False
    return not any(pattern.search(path.lstrip("/")) for pattern in exempt)


@goal("The probes' Host headers (192.168.1.101:8000 and 192.168.1.102:8000) and shop.example.com pass ALLOWED_HOSTS; other names do not (no '*')")
def hosts(run):
    if run.error is not None or run.has("security.W020"):
        return False
    return (
        all(accepts(run, host) for host in [SITE, *PROBES])
        and not accepts(run, "attacker.test")
        and not accepts(run, "shop.example.com.attacker.test")
    )


@goal("A plain-HTTP probe of /healthz/ reaches the view instead of a 301 to https:// (SECURE_REDIRECT_EXEMPT)")
def probe_not_redirected(run):
    return run.error is None and redirected(run, "/healthz/") is False


@goal("Every other plain-HTTP request is still redirected to HTTPS: /, /admin/login/, /shop/healthz-herbal-tea/ (no security.W008)")
def others_redirected(run):
    if run.error is not None or run.has("security.W008"):
        return False
    return all(redirected(run, path) for path in ["/", "/admin/login/", "/shop/healthz-herbal-tea/", "/healthz/extra/"])
