"""The auth middleware classes MIDDLEWARE names: AuthenticationMiddleware (request.user, looked
up when first used: AnonymousUser, as no user exists without a database), LoginRequiredMiddleware
(anonymous users sent to LOGIN_URL), and the REMOTE_USER ones. The checks look for them (or
subclasses) in MIDDLEWARE (auth.E013, admin.E408).

Django's module imports the auth backends, hence the auth models: its classes are there only in
a project where those can be defined (auth and contenttypes installed)."""

from functools import partial

from django._trace import note
from django.conf import settings
from django.contrib import auth
from django.contrib.auth.models import needing_auth_models
from django.core.exceptions import ImproperlyConfigured
from django.utils.deprecation import MiddlewareMixin
from django.utils.functional import SimpleLazyObject


_NO_LOGIN_URL = (
    "No login URL to redirect to. Define settings.LOGIN_URL or provide a login_url via the "
    "'django.contrib.auth.decorators.login_required' decorator."
)
_NO_AUTHENTICATION_MIDDLEWARE = (
    "The Django remote user auth middleware requires the authentication middleware to be installed. Edit your "
    "MIDDLEWARE setting to insert 'django.contrib.auth.middleware.AuthenticationMiddleware' before the "
    "RemoteUserMiddleware class."
)
_NO_SESSION = (
    "The Django authentication middleware requires session middleware to be installed. Edit your MIDDLEWARE "
    "setting to insert 'django.contrib.sessions.middleware.SessionMiddleware' before "
    "'django.contrib.auth.middleware.AuthenticationMiddleware'."
)


def _cached(request, attribute, find):
    """request.<attribute>, set to find(request) the first time."""
    state = vars(request)
    if attribute not in state:
        state[attribute] = find(request)
    return state[attribute]


def get_user(request):
    """The request's user, looked up once (the first time request.user is used)."""
    return _cached(request, "_cached_user", auth.get_user)


async def auser(request):
    state = vars(request)
    if "_acached_user" not in state:
        state["_acached_user"] = await auth.aget_user(request)
    return state["_acached_user"]


class AuthenticationMiddleware(MiddlewareMixin):
    """Gives each request its user (request.user), read from the session when first used."""

    def process_request(self, request):
        if getattr(request, "session", None) is None:
            raise ImproperlyConfigured(_NO_SESSION)
        request.user, request.auser = SimpleLazyObject(partial(get_user, request)), partial(auser, request)


class LoginRequiredMiddleware(MiddlewareMixin):
    """Sends anonymous users to LOGIN_URL, except for views marked @login_not_required."""

    redirect_field_name = "next"

    def process_view(self, request, view_func, view_args, view_kwargs):
        public = not getattr(view_func, "login_required", True)
        if public or request.user.is_authenticated:
            return None
        note("LoginRequiredMiddleware", "302 to LOGIN_URL: this view is for logged-in users only", setting="LOGIN_URL")
        return self.handle_no_permission(request, view_func)

    def get_login_url(self, view_func):
        """The view's own login_url (from @login_required), else LOGIN_URL."""
        where = getattr(view_func, "login_url", None) or settings.LOGIN_URL
        if where:
            return str(where)
        raise ImproperlyConfigured(_NO_LOGIN_URL)

    def get_redirect_field_name(self, view_func):
        return getattr(view_func, "redirect_field_name", type(self).redirect_field_name)

    def handle_no_permission(self, request, view_func):
        from django.contrib.auth.decorators import _login_redirect

        return _login_redirect(request, self.get_login_url(view_func), self.get_redirect_field_name(view_func))


class RemoteUserMiddleware(MiddlewareMixin):
    """Logs in the user the web server names in a request header (REMOTE_USER). Here nobody is
    ever logged in, so a request without the header is left alone, and one with it is
    authenticated by the backends, who find no such user (there is no database of users)."""

    # The request header it reads, and whether a request without it logs the user out.
    header, force_logout_if_no_header = "REMOTE_USER", True

    def process_request(self, request):
        if not hasattr(request, "user"):
            raise ImproperlyConfigured(_NO_AUTHENTICATION_MIDDLEWARE)
        named = request.META.get(self.header)
        if named is None:
            return
        found = auth.authenticate(request, remote_user=named)
        if found:
            request.user = found
            auth.login(request, found)
        else:
            note(type(self).__name__, f"{self.header} names {named!r}, who does not exist here (no database of users): "
                 "request.user stays AnonymousUser")


class PersistentRemoteUserMiddleware(RemoteUserMiddleware):
    """RemoteUserMiddleware that keeps the user logged in when the header goes away."""

    force_logout_if_no_header = False


_MIDDLEWARE = {each.__name__: each for each in (AuthenticationMiddleware, LoginRequiredMiddleware, RemoteUserMiddleware,
                                                PersistentRemoteUserMiddleware)}
del AuthenticationMiddleware, LoginRequiredMiddleware, RemoteUserMiddleware, PersistentRemoteUserMiddleware
__getattr__ = needing_auth_models(__name__, _MIDDLEWARE)
