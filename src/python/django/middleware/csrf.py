"""The parts of django.middleware.csrf that settings reach without a request: why a request is
refused (the REASON_* texts) and how CSRF_FAILURE_VIEW is found (the csrf system check calls
_get_failure_view()).

CsrfViewMiddleware exists for the csrf decorators, which build it when they decorate a view;
its request checks come with the request cycle. MIDDLEWARE names it as a string that the
checks never import."""

import string

from django.conf import settings
from django.urls import get_callable
from django.utils.deprecation import MiddlewareMixin

REASON_BAD_ORIGIN = "Origin checking failed - %s does not match any trusted origins."
REASON_NO_REFERER = "Referer checking failed - no Referer."
REASON_BAD_REFERER = "Referer checking failed - %s does not match any trusted origins."
REASON_NO_CSRF_COOKIE = "CSRF cookie not set."
REASON_CSRF_TOKEN_MISSING = "CSRF token missing."
REASON_MALFORMED_REFERER = "Referer checking failed - Referer is malformed."
REASON_INSECURE_REFERER = "Referer checking failed - Referer is insecure while host is secure."
REASON_INCORRECT_LENGTH = "has incorrect length"
REASON_INVALID_CHARACTERS = "has invalid characters"

CSRF_SECRET_LENGTH = 32
CSRF_TOKEN_LENGTH = 2 * CSRF_SECRET_LENGTH
CSRF_ALLOWED_CHARS = string.ascii_letters + string.digits
CSRF_SESSION_KEY = "_csrftoken"


def _get_failure_view():
    """The view CSRF_FAILURE_VIEW names (imported), which answers a refused request."""
    return get_callable(settings.CSRF_FAILURE_VIEW)


class CsrfViewMiddleware(MiddlewareMixin):
    """Refuse unsafe requests (POST...) that lack a valid CSRF token or come from an untrusted
    Origin. (Its checks run with the request cycle; built on its own, it lets requests through.)"""
