"""XFrameOptionsMiddleware: X-Frame-Options on every response, so that another site cannot show
the page in a frame (clickjacking).

The value is X_FRAME_OPTIONS (upper-cased; 'DENY' by default). A response that has the header
already keeps it, and one from a view marked @xframe_options_exempt gets none.
"""

from django._trace import note
from django.conf import settings
from django.utils.deprecation import MiddlewareMixin

_HEADER = "X-Frame-Options"


class XFrameOptionsMiddleware(MiddlewareMixin):
    def process_response(self, request, response):
        if response.get(_HEADER) is not None:
            return response
        marked_exempt = getattr(response, "xframe_options_exempt", False)
        if marked_exempt:
            note("XFrameOptionsMiddleware", "no X-Frame-Options: the view is marked @xframe_options_exempt")
            return response
        value = self.get_xframe_options_value(request, response)
        response.headers[_HEADER] = value
        note("XFrameOptionsMiddleware", f"{_HEADER}: {value} (X_FRAME_OPTIONS)", setting="X_FRAME_OPTIONS")
        return response

    def get_xframe_options_value(self, request, response):
        """The header's value; a subclass may choose it per request or response."""
        chosen = getattr(settings, "X_FRAME_OPTIONS", "DENY")
        return chosen.upper()
