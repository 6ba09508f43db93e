"""SessionMiddleware, which MIDDLEWARE names to give requests a session (SESSION_ENGINE's).
The admin's checks look for it (admin.E410); handling requests comes with the request engine."""

from django.utils.deprecation import MiddlewareMixin


class SessionMiddleware(MiddlewareMixin):
    """Loads the session a request's cookie names, and saves it with the response."""
