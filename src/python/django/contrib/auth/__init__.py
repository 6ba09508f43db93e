"""django.contrib.auth as far as settings and the app registry reach it: which model is the
user model (AUTH_USER_MODEL), and the names other modules import from here.

With no database, nobody can log in: get_user() gives every request AnonymousUser, which is
what AuthenticationMiddleware puts on request.user."""

from django.core.exceptions import ImproperlyConfigured

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
    from django.contrib.auth.models import AnonymousUser

    session = request.session
    if SESSION_KEY in session and BACKEND_SESSION_KEY in session:
        note("AuthenticationMiddleware", "the session names a user, but there is no database to load them from: "
             "request.user is AnonymousUser")
    else:
        note("AuthenticationMiddleware", "request.user is AnonymousUser: nobody is logged in")
    return AnonymousUser()


async def aget_user(request):
    """See get_user()."""
    return get_user(request)
