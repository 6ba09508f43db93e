"""MessageMiddleware, which MIDDLEWARE names to keep messages between requests (MESSAGE_STORAGE).
The admin's checks look for it (admin.E409); handling requests comes with the request engine."""

from django.utils.deprecation import MiddlewareMixin


class MessageMiddleware(MiddlewareMixin):
    """Gives each request its message storage, and keeps what was not shown for the next one."""
