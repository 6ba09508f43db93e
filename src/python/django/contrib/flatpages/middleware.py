"""FlatpageFallbackMiddleware: a 404 response becomes the flat page of that path, if any."""

from django.conf import settings
from django.contrib.flatpages import views
from django.http import Http404
from django.utils.deprecation import MiddlewareMixin


class FlatpageFallbackMiddleware(MiddlewareMixin):
    def process_response(self, request, response):
        if response.status_code == 404:
            try:
                return views.flatpage(request, request.path_info)
            except Exception as failure:
                # No flat page keeps the 404. A middleware cannot count on any other error being
                # handled later: it shows when debugging, and keeps the 404 otherwise.
                if settings.DEBUG and not isinstance(failure, Http404):
                    raise
        return response
