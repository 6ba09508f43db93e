"""The default CSRF_FAILURE_VIEW (django.views.csrf)."""

from django.http import HttpResponseForbidden

CSRF_FAILURE_TEMPLATE_NAME = "403_csrf.html"


def csrf_failure(request, reason="", template_name=CSRF_FAILURE_TEMPLATE_NAME):
    """The 403 a request gets when it fails CSRF protection. (Django renders a page explaining
    `reason`; until the mini Django renders templates, the page is this plain text.)"""
    return HttpResponseForbidden(f"Forbidden (403)\nCSRF verification failed. Request aborted.\n{reason}")
