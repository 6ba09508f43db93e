"""How an exception that escaped a view or a middleware becomes a response
(django.core.handlers.exception).

Every middleware of the chain, and the view under them, is wrapped by
convert_exception_to_response(): what escapes one of them never reaches the middleware
outside it as an exception, but as the response Django makes of it. Which response is a table
(`_KNOWN_REFUSALS`, read top to bottom: a subclass before its base): a 404, a 403, a 400, and
for anything else a 500. With DEBUG on, the 404, the 400s of a suspicious or bad request and
the 500 are the technical pages (django.views.debug); otherwise the URLconf's handler404,
handler403, handler400, handler500 (django.views.defaults unless the root URLconf names its
own) answer.
"""

import logging
import sys
from functools import wraps

from django._trace import note
from django.conf import settings
from django.core.exceptions import BadRequest, DisallowedHost, PermissionDenied, SuspiciousOperation
from django.core.exceptions import RequestDataTooBig, TooManyFieldsSent, TooManyFilesSent
from django.http import Http404
from django.http.multipartparser import MultiPartParserError
from django.urls import get_resolver, get_urlconf
from django.utils.log import log_response

_ACTOR = "Handler"


def convert_exception_to_response(get_response):
    """`get_response` (a middleware or the view caller) with whatever it raises answered as a
    response, so that the middleware around it sees a response, never an exception."""

    @wraps(get_response)
    def inner(request):
        try:
            return get_response(request)
        except Exception as exc:
            return response_for_exception(request, exc)

    return inner


# ---- the responses, one kind of exception at a time ------------------------------------------


def _not_found(request, exc):
    if settings.DEBUG:
        from django.views import debug

        note(_ACTOR, "Http404 became the technical 404 page because DEBUG = True", setting="DEBUG")
        return debug.technical_404_response(request, exc)
    note(_ACTOR, "Http404 became a 404 from handler404 (DEBUG = False)", setting="DEBUG")
    return get_exception_response(request, _resolver(), 404, exc)


def _forbidden(request, exc):
    note(_ACTOR, f"{type(exc).__name__} became a 403 from handler403")
    response = get_exception_response(request, _resolver(), 403, exc)
    log_response("Forbidden (Permission denied): %s", request.path, response=response, request=request, exception=exc)
    return response


def _unparsable_body(request, exc):
    note(_ACTOR, f"{type(exc).__name__} (the multipart body could not be parsed) became a 400 from handler400")
    response = get_exception_response(request, _resolver(), 400, exc)
    log_response("Bad request (Unable to parse request body): %s", request.path, response=response, request=request,
                 exception=exc)
    return response


def _bad_request(request, exc):
    response = _four_hundred(request, exc)
    log_response("%s: %s", str(exc), request.path, response=response, request=request, exception=exc)
    return response


# Once one of these was raised while reading the body, reading it again would raise it again.
_BODY_REFUSALS = (RequestDataTooBig, TooManyFieldsSent, TooManyFilesSent)


def _suspicious(request, exc):
    if isinstance(exc, _BODY_REFUSALS):
        request._mark_post_parse_error()
    # Every suspicious operation goes to its own logger too (django.security.DisallowedHost...).
    security_logger = logging.getLogger(f"django.security.{type(exc).__name__}")
    security_logger.error(str(exc), exc_info=exc, extra={"status_code": 400, "request": request})
    if isinstance(exc, DisallowedHost):
        _note_refused_host(getattr(exc, "_refused_host", None))
    return _four_hundred(request, exc)


def _note_refused_host(refused):
    """The trace's step for a Host that get_host() refused: which name, and why."""
    if refused is None:
        return
    claimed, domain, forwarded = refused
    source = " (from X-Forwarded-Host, because USE_X_FORWARDED_HOST = True)" if forwarded else ""
    if not domain:
        note("ALLOWED_HOSTS", f"400 Bad Request: the Host {claimed!r}{source} is not a valid host name (RFC 1034/1035: "
                              "letters, digits, '-' and '.' only), so no ALLOWED_HOSTS entry can let it in",
             setting="ALLOWED_HOSTS")
        return
    allowed = settings.ALLOWED_HOSTS
    why = f"{domain!r}{source} is not in ALLOWED_HOSTS = {allowed!r}"
    if not allowed and settings.DEBUG:
        why += " (empty: with DEBUG = True only localhost, 127.0.0.1 and [::1] are allowed)"
    note("ALLOWED_HOSTS", f"400 Bad Request: {why}", setting="ALLOWED_HOSTS")


def _four_hundred(request, exc):
    """A 400: DEBUG's technical page (the 500 page, with status 400), else handler400."""
    if settings.DEBUG:
        from django.views import debug

        note(_ACTOR, f"{type(exc).__name__} became a 400 technical page because DEBUG = True", setting="DEBUG")
        return debug.technical_500_response(request, *sys.exc_info(), status_code=400)
    note(_ACTOR, f"{type(exc).__name__} became a 400 from handler400 (DEBUG = False)", setting="DEBUG")
    return get_exception_response(request, _resolver(), 400, exc)


def _server_error(request, exc):
    from django.core import signals

    signals.got_request_exception.send(sender=None, request=request)
    response = handle_uncaught_exception(request, _resolver(), sys.exc_info())
    log_response("%s: %s", response.reason_phrase, request.path, response=response, request=request, exception=exc)
    return response


#: (exception class, what answers it), the first that matches wins.
_KNOWN_REFUSALS = (
    (Http404, _not_found),
    (PermissionDenied, _forbidden),
    (MultiPartParserError, _unparsable_body),
    (BadRequest, _bad_request),
    (SuspiciousOperation, _suspicious),
)


def response_for_exception(request, exc):
    """The response Django gives for `exc`, raised while handling `request` (SystemExit is not
    answered: it goes on up)."""
    if isinstance(exc, SystemExit):
        raise exc
    answer = next((answer for kind, answer in _KNOWN_REFUSALS if isinstance(exc, kind)), _server_error)
    response = answer(request, exc)
    # An error view may answer with a TemplateResponse: it is sent rendered.
    if not getattr(response, "is_rendered", True) and callable(getattr(response, "render", None)):
        response = response.render()
    return response


def _resolver():
    return get_resolver(get_urlconf())


def get_exception_response(request, resolver, status_code, exception):
    """What the URLconf's error view for `status_code` answers; when that view itself fails,
    the 500 of an uncaught exception."""
    try:
        view = resolver.resolve_error_handler(status_code)
        return view(request, exception=exception)
    except Exception:
        from django.core import signals

        signals.got_request_exception.send(sender=None, request=request)
        return handle_uncaught_exception(request, resolver, sys.exc_info())


def handle_uncaught_exception(request, resolver, exc_info):
    """The 500 for an exception nothing expected: DEBUG's technical page, else handler500
    (with DEBUG_PROPAGATE_EXCEPTIONS it is raised again instead, for the server to report)."""
    if settings.DEBUG_PROPAGATE_EXCEPTIONS:
        raise exc_info[1]
    name = exc_info[0].__name__
    if settings.DEBUG:
        from django.views import debug

        note(_ACTOR, f"{name} became the technical 500 page (traceback and settings) because DEBUG = True",
             setting="DEBUG")
        return debug.technical_500_response(request, *exc_info)
    note(_ACTOR, f"{name} became a 500 from handler500 (DEBUG = False)", setting="DEBUG")
    return resolver.resolve_error_handler(500)(request)
