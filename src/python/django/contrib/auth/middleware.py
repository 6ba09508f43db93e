"""The auth middleware classes MIDDLEWARE names: AuthenticationMiddleware (request.user),
LoginRequiredMiddleware, and the REMOTE_USER ones. The checks look for them (or subclasses) in
MIDDLEWARE (auth.E013, admin.E408); handling requests with them comes with the request engine.

Django's module imports the auth backends, hence the auth models: its classes are there only in
a project where those can be defined (auth and contenttypes installed)."""

from django.contrib.auth.models import needing_auth_models
from django.utils.deprecation import MiddlewareMixin


class AuthenticationMiddleware(MiddlewareMixin):
    """Gives each request its user (request.user), read from the session."""


class LoginRequiredMiddleware(MiddlewareMixin):
    """Sends anonymous users to LOGIN_URL, except for views marked @login_not_required."""

    redirect_field_name = "next"


class RemoteUserMiddleware(MiddlewareMixin):
    """Logs in the user the web server names in a request header (REMOTE_USER)."""

    # The request header it reads, and whether a request without it logs the user out.
    header, force_logout_if_no_header = "REMOTE_USER", True


class PersistentRemoteUserMiddleware(RemoteUserMiddleware):
    """RemoteUserMiddleware that keeps the user logged in when the header goes away."""

    force_logout_if_no_header = False


_MIDDLEWARE = {each.__name__: each for each in (AuthenticationMiddleware, LoginRequiredMiddleware, RemoteUserMiddleware,
                                                PersistentRemoteUserMiddleware)}
del AuthenticationMiddleware, LoginRequiredMiddleware, RemoteUserMiddleware, PersistentRemoteUserMiddleware
__getattr__ = needing_auth_models(__name__, _MIDDLEWARE)
