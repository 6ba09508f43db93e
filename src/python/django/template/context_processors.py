"""Context processors: functions of the request that RequestContext runs (those of the
engine's OPTIONS["context_processors"], after the csrf one every engine has), each giving
variables to every template rendered with a request."""

from django.conf import settings
from django.utils.functional import SimpleLazyObject, lazy


def csrf(request):
    """`csrf_token`: the request's CSRF token, asked for only when a template uses it (asking
    is what makes CsrfViewMiddleware send the cookie)."""

    def token():
        from django.middleware.csrf import get_token

        found = get_token(request)
        return "NOTPROVIDED" if found is None else str(found)

    return {"csrf_token": SimpleLazyObject(token)}


def csp(request):
    """`csp_nonce`: the request's Content-Security-Policy nonce (made when a template uses it,
    which is what puts it in the header), or None outside ContentSecurityPolicyMiddleware."""
    from django.middleware.csp import get_nonce

    return {"csp_nonce": get_nonce(request)}


def debug(request):
    """`debug` and `sql_queries`, for a request from INTERNAL_IPS with DEBUG on."""
    if not (settings.DEBUG and request.META.get("REMOTE_ADDR") in settings.INTERNAL_IPS):
        return {}

    def queries():
        try:
            from django.db import connections

            return [query for connection in connections.all() for query in getattr(connection, "queries", [])]
        except Exception:  # the course's Django runs no database
            return []

    return {"debug": True, "sql_queries": lazy(queries, list)()}


def i18n(request):
    from django.utils import translation

    return {"LANGUAGES": settings.LANGUAGES, "LANGUAGE_CODE": translation.get_language(),
            "LANGUAGE_BIDI": translation.get_language_bidi()}


def tz(request):
    from django.utils import timezone

    return dict(TIME_ZONE=timezone.get_current_timezone_name())


def _setting(name):
    return lambda request: {name: getattr(settings, name)}


static = _setting("STATIC_URL")
static.__name__ = static.__qualname__ = "static"
media = _setting("MEDIA_URL")
media.__name__ = media.__qualname__ = "media"


def request(request):
    """`request`: the HttpRequest itself."""
    return dict(request=request)
