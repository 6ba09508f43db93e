"""CSRF: the middleware and its cookie (deployment checks), and CSRF_FAILURE_VIEW (always).

A CSRF_FAILURE_VIEW whose module is missing is security.E102; one whose module exists without
the function is no message at all: ViewDoesNotExist escapes and ends the run, as in Django.
"""

import inspect

from django.conf import settings
from django.core.checks import Error, Tags, Warning, register

CSRF_MIDDLEWARE = "django.middleware.csrf.CsrfViewMiddleware"

W003 = Warning(
    "You don't appear to be using Django's built-in cross-site request forgery protection via the "
    f"middleware ('{CSRF_MIDDLEWARE}' is not in your MIDDLEWARE). Enabling the middleware is the "
    "safest approach to ensure you don't leave any holes.",
    id="security.W003",
    setting="MIDDLEWARE",
)
W016 = Warning(
    f"You have '{CSRF_MIDDLEWARE}' in your MIDDLEWARE, but you have not set CSRF_COOKIE_SECURE to "
    "True. Using a secure-only CSRF cookie makes it more difficult for network traffic sniffers to "
    "steal the CSRF token.",
    id="security.W016",
    setting="CSRF_COOKIE_SECURE",
)
_E101 = Error(
    "The CSRF failure view '%s' does not take the correct number of arguments.",
    id="security.E101",
    setting="CSRF_FAILURE_VIEW",
)
_E102 = Error("The CSRF failure view '%s' could not be imported.", id="security.E102", setting="CSRF_FAILURE_VIEW")


def _csrf_middleware():
    return CSRF_MIDDLEWARE in settings.MIDDLEWARE


@register(Tags.security, deploy=True)
def check_csrf_middleware(app_configs, **kwargs):
    return [] if _csrf_middleware() else [W003]


@register(Tags.security, deploy=True)
def check_csrf_cookie_secure(app_configs, **kwargs):
    # With CSRF_USE_SESSIONS the token lives in the session, not in a cookie of its own.
    if settings.CSRF_USE_SESSIONS or not _csrf_middleware():
        return []
    return [] if settings.CSRF_COOKIE_SECURE is True else [W016]


def _takes_request_and_reason(view):
    """Whether Django can call the view as view(request, reason=...)."""
    call_with = inspect.signature(view).bind
    try:
        call_with(None, reason=None)
    except TypeError:
        return False
    return True


@register(Tags.security)
def check_csrf_failure_view(app_configs, **kwargs):
    from django.urls import get_callable

    path = settings.CSRF_FAILURE_VIEW
    try:
        view = get_callable(path)
    except ImportError:  # only this: ViewDoesNotExist ends the run
        return [_E102.replace(msg=_E102.msg % path)]
    return [] if _takes_request_and_reason(view) else [_E101.replace(msg=_E101.msg % path)]
