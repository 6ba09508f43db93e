"""django.contrib.auth as far as settings and the app registry reach it: which model is the
user model (AUTH_USER_MODEL), and the names other modules import from here.

With no database, the mini Django's auth behaves as a project whose database has no users yet:
authenticate() finds nobody (and sends user_login_failed), get_user() gives every request
AnonymousUser (what AuthenticationMiddleware puts on request.user), logout() works, and login()
says clearly that there is nobody to log in."""

import inspect
import re

from django.core.exceptions import ImproperlyConfigured, PermissionDenied
from django.utils.module_loading import import_string

SESSION_KEY = "_auth_user_id"
BACKEND_SESSION_KEY = "_auth_user_backend"
HASH_SESSION_KEY = "_auth_user_hash"
REDIRECT_FIELD_NAME = "next"


def get_user_model():
    """The model AUTH_USER_MODEL names; ImproperlyConfigured, with Django's words, when it is not
    'app_label.ModelName' or no installed app has that model."""
    from django.apps import apps
    from django.conf import settings

    name = settings.AUTH_USER_MODEL
    try:
        return apps.get_model(name, require_ready=False)
    except (ValueError, LookupError) as problem:
        if isinstance(problem, ValueError):  # not exactly one dot
            raise ImproperlyConfigured("AUTH_USER_MODEL must be of the form 'app_label.model_name'")
        raise ImproperlyConfigured(f"AUTH_USER_MODEL refers to model '{name}' that has not been installed")


def get_permission_codename(action, opts):
    """The codename of a model's permission, e.g. 'change_user'."""
    return f"{action}_{opts.model_name}"


def get_user(request):
    """The user the request's session is logged in as; AnonymousUser when it names none (and,
    the mini Django having no database to load users from, when it names one)."""
    from django._trace import note
    from django.contrib.auth import models

    session = request.session
    if SESSION_KEY in session and BACKEND_SESSION_KEY in session:
        note("AuthenticationMiddleware", "the session names a user, but there is no database to load them from: "
             "request.user is AnonymousUser")
    else:
        note("AuthenticationMiddleware", "request.user is AnonymousUser: nobody is logged in")
    return models.AnonymousUser()


async def aget_user(request):
    """See get_user()."""
    return get_user(request)


# ---- backends and authenticate() -------------------------------------------------------------

_SENSITIVE = re.compile("api|token|key|secret|password|signature", re.I)
_NO_BACKENDS = "No authentication backends have been defined. Does AUTHENTICATION_BACKENDS contain anything?"
_NO_USERS = (
    "The course's mini Django has no database, so no user exists to log in (django.contrib.auth.login): "
    "request.user stays AnonymousUser."
)


def load_backend(path):
    backend_class = import_string(path)
    return backend_class()


def _get_backends(return_tuples=False):
    from django.conf import settings

    loaded = [(load_backend(path), path) for path in settings.AUTHENTICATION_BACKENDS]
    if not loaded:
        raise ImproperlyConfigured(_NO_BACKENDS)
    return loaded if return_tuples else [backend for backend, _path in loaded]


def get_backends():
    return [backend for backend, _path in _get_backends(True)]


def _clean_credentials(credentials):
    """The credentials, with the values of sensitive-looking keys starred out (for the signal)."""
    credentials.update({name: "********************" for name in credentials if _SENSITIVE.search(name)})
    return credentials.copy()


def _accepts(method, request, credentials):
    """Whether a backend's authenticate() can be called with these arguments."""
    try:
        inspect.signature(method).bind(request, **credentials)
    except TypeError:
        return False
    return True


def authenticate(request=None, **credentials):
    """The user the first willing backend finds for the credentials (with .backend set to its
    path); None, after the user_login_failed signal, when none does (here: always, as no user
    exists without a database)."""
    from django.contrib.auth.signals import user_login_failed

    for backend, path in _get_backends(return_tuples=True):
        if not _accepts(backend.authenticate, request, credentials):
            continue
        try:
            found = backend.authenticate(request, **credentials)
        except PermissionDenied:  # the backend forbids this user altogether
            break
        if found is not None:
            found.backend = path
            return found
    user_login_failed.send(sender=__name__, credentials=_clean_credentials(credentials), request=request)
    return None


async def aauthenticate(request=None, **credentials):
    """See authenticate()."""
    return authenticate(request, **credentials)


def login(request, user, backend=None):
    """Log `user` in: impossible here, as there is no database for users to exist in."""
    raise NotImplementedError(_NO_USERS)


async def alogin(request, user, backend=None):
    """See login()."""
    raise NotImplementedError(_NO_USERS)


def logout(request):
    """Empty the session (a new one, with a new key) and make request.user anonymous; the
    user_logged_out signal first, naming who it was (None if nobody was logged in)."""
    from django.contrib.auth.signals import user_logged_out

    who = getattr(request, "user", None)
    if not getattr(who, "is_authenticated", True):
        who = None
    user_logged_out.send(sender=type(who), request=request, user=who)
    request.session.flush()
    had_user = hasattr(request, "user")
    if had_user:
        from django.contrib.auth import models

        request.user = models.AnonymousUser()


async def alogout(request):
    """See logout()."""
    logout(request)
