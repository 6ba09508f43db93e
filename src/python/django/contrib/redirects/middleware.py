"""RedirectFallbackMiddleware: a 404 becomes the redirect a Redirect row names for its path.
There is no database of redirects in the course's mini Django, so a 404 stays a 404; the
middleware still refuses to be used without django.contrib.sites, as Django's does."""

from django.apps import apps
from django.core.exceptions import ImproperlyConfigured
from django.http import HttpResponseGone, HttpResponsePermanentRedirect
from django.utils.deprecation import MiddlewareMixin


class RedirectFallbackMiddleware(MiddlewareMixin):
    # The responses for a redirect to nowhere (410) and to somewhere (301).
    response_gone_class = HttpResponseGone
    response_redirect_class = HttpResponsePermanentRedirect

    def __init__(self, get_response):
        if apps.is_installed("django.contrib.sites"):
            return MiddlewareMixin.__init__(self, get_response)
        raise ImproperlyConfigured("You cannot use RedirectFallbackMiddleware when django.contrib.sites is not installed.")

    def process_response(self, request, response):
        return response
