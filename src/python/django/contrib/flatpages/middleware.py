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
            except Http404:
                pass
            except Exception:
                # A middleware cannot count on the error being handled later: show it when
                # debugging, keep the 404 otherwise.
                if settings.DEBUG:
                    raise
        return response
