"""MessageMiddleware (django.contrib.messages.middleware): request._messages, a MESSAGE_STORAGE
storage, for messages.success(request, ...) and the like; after the view, what was added and
not yet shown is stored for the next request (in a cookie, the session, or both)."""

from django.conf import settings
from django.contrib.messages.storage import default_storage
from django.utils.deprecation import MiddlewareMixin


class MessageMiddleware(MiddlewareMixin):
    """Gives each request its message storage, and keeps what was not shown for the next one."""

    def process_request(self, request):
        request._messages = default_storage(request)

    def process_response(self, request, response):
        # A middleware above may have answered before process_request ran: no storage then.
        storage = getattr(request, "_messages", None)
        if storage is not None:
            left_over = storage.update(response)
            if left_over and settings.DEBUG:
                raise ValueError("Not all temporary messages could be stored.")
        return response
