"""SessionMiddleware (django.contrib.sessions.middleware): request.session from the cookie
SESSION_COOKIE_NAME names, in SESSION_ENGINE's store; on the way out, the cookie sent again
when the view changed the session (or SESSION_SAVE_EVERY_REQUEST), deleted when the session is
now empty, and `Vary: Cookie` whenever the session was used."""

import time
from importlib import import_module

from django._trace import note
from django.conf import settings
from django.contrib.sessions.backends.base import UpdateError
from django.contrib.sessions.exceptions import SessionInterrupted
from django.utils.cache import patch_vary_headers
from django.utils.deprecation import MiddlewareMixin
from django.utils.http import http_date

_INTERRUPTED = (
    "The request's session was deleted before the request completed. The user may have logged out in a "
    "concurrent request, for example."
)
_ACTOR = "SessionMiddleware"


def _cookie_place():
    """Where the session cookie lives: the settings' domain, path and SameSite."""
    return {"domain": settings.SESSION_COOKIE_DOMAIN, "path": settings.SESSION_COOKIE_PATH,
            "samesite": settings.SESSION_COOKIE_SAMESITE}


class SessionMiddleware(MiddlewareMixin):
    """Loads the session a request's cookie names, and saves it with the response."""

    def __init__(self, get_response):
        MiddlewareMixin.__init__(self, get_response)
        self.SessionStore = import_module(settings.SESSION_ENGINE).SessionStore

    def process_request(self, request):
        request.session = self.SessionStore(request.COOKIES.get(settings.SESSION_COOKIE_NAME))

    def process_response(self, request, response):
        session = getattr(request, "session", None)
        if session is None:
            return response
        name, empty = settings.SESSION_COOKIE_NAME, session.is_empty()
        if empty and name in request.COOKIES:
            response.delete_cookie(name, **_cookie_place())
            note(_ACTOR, f"{name} cookie deleted: the session is empty")
        if session.accessed or (empty and name in request.COOKIES):
            patch_vary_headers(response, ["Cookie"])
        if not empty and (session.modified or settings.SESSION_SAVE_EVERY_REQUEST):
            self._send_cookie(session, response)
        return response

    def _send_cookie(self, session, response):
        lifetime = {"max_age": None, "expires": None}
        if not session.get_expire_at_browser_close():
            seconds = session.get_expiry_age()
            lifetime.update(max_age=seconds, expires=http_date(time.time() + seconds))
        if response.status_code >= 500:  # the view failed: keep the session as it was
            note(_ACTOR, f"session not saved: the response is a {response.status_code}")
            return
        try:
            session.save()
        except UpdateError as lost:
            raise SessionInterrupted(_INTERRUPTED) from lost
        flags = {"secure": settings.SESSION_COOKIE_SECURE or None, "httponly": settings.SESSION_COOKIE_HTTPONLY or None}
        response.set_cookie(settings.SESSION_COOKIE_NAME, session.session_key, **lifetime, **flags, **_cookie_place())
        _note_cookie_flags(_ACTOR, settings.SESSION_COOKIE_NAME, "SESSION_COOKIE")


def _note_cookie_flags(actor, name, prefix):
    """Trace notes on a cookie just set: whether it is Secure and HttpOnly, and which setting
    (`prefix`_SECURE, `prefix`_HTTPONLY) decided it."""
    secure, httponly = getattr(settings, prefix + "_SECURE"), getattr(settings, prefix + "_HTTPONLY")
    if secure:
        note(actor, f"{name} cookie set, Secure: sent over https only ({prefix}_SECURE = True)", setting=prefix + "_SECURE")
    else:
        note(actor, f"{name} cookie set ({prefix}_SECURE = False: also sent over plain http)", setting=prefix + "_SECURE")
    if httponly:
        note(actor, f"{name} cookie HttpOnly: scripts cannot read it ({prefix}_HTTPONLY = True)", setting=prefix + "_HTTPONLY")
    else:
        note(actor, f"{name} cookie not HttpOnly: the page's scripts can read it ({prefix}_HTTPONLY = False)",
             setting=prefix + "_HTTPONLY")
