"""View decorators of django.contrib.auth: send a user who fails a test (logged in, has a
permission) to the login page, with the page they wanted as ?next=."""

from functools import wraps
from inspect import iscoroutinefunction
from urllib.parse import urlsplit, urlunsplit

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.http import HttpResponseRedirect, QueryDict
from django.shortcuts import resolve_url
from django.utils.decorators import _result_of

REDIRECT_FIELD_NAME = "next"


def _login_redirect(request, login_url, redirect_field_name):
    """The redirect to the login page (login_url, else LOGIN_URL) for `request`. The page to come
    back to is a path when the login page is on the same site, a full URL otherwise."""
    here = request.build_absolute_uri()
    resolved_login_url = resolve_url(login_url or settings.LOGIN_URL)
    login_scheme, login_host = urlsplit(resolved_login_url)[:2]
    here_scheme, here_host = urlsplit(here)[:2]
    same_site = login_scheme in ("", here_scheme) and login_host in ("", here_host)
    return _redirect_to_login(request.get_full_path() if same_site else here, resolved_login_url, redirect_field_name)


def _redirect_to_login(next_url, login_url, redirect_field_name):
    """What django.contrib.auth.views.redirect_to_login() answers: the login URL with
    ?<redirect_field_name>=<next_url> added to its query ('/' left unencoded)."""
    parts = list(urlsplit(resolve_url(login_url or settings.LOGIN_URL)))
    if redirect_field_name:
        query = QueryDict(parts[3], mutable=True)
        query[redirect_field_name] = next_url
        parts[3] = query.urlencode(safe="/")
    return HttpResponseRedirect(urlunsplit(parts))


def user_passes_test(test_func, login_url=None, redirect_field_name=REDIRECT_FIELD_NAME):
    """Let through the users for whom test_func(user) is true; send the others to log in."""

    def decorator(view_func):
        if iscoroutinefunction(view_func):

            async def _view_wrapper(request, *args, **kwargs):
                user = await request.auser()
                passed = test_func(user)
                if iscoroutinefunction(test_func):
                    passed = await passed
                if passed:
                    return await view_func(request, *args, **kwargs)
                return _login_redirect(request, login_url, redirect_field_name)

        else:

            def _view_wrapper(request, *args, **kwargs):
                if _run_sync(test_func, request.user):
                    return view_func(request, *args, **kwargs)
                return _login_redirect(request, login_url, redirect_field_name)

        # LoginRequiredMiddleware reads these.
        _view_wrapper.login_url = login_url
        _view_wrapper.redirect_field_name = redirect_field_name
        return wraps(view_func)(_view_wrapper)

    return decorator


def _run_sync(test_func, user):
    """test_func(user), run to its end if it is a coroutine function."""
    outcome = test_func(user)
    return _result_of(outcome) if iscoroutinefunction(test_func) else outcome


def login_required(function=None, redirect_field_name=REDIRECT_FIELD_NAME, login_url=None):
    """Send anonymous users to the login page: @login_required or @login_required(login_url=...)."""
    decorator = user_passes_test(
        lambda user: user.is_authenticated, login_url=login_url, redirect_field_name=redirect_field_name
    )
    return decorator(function) if function else decorator


def login_not_required(view_func):
    """Mark a view as public, for LoginRequiredMiddleware."""
    view_func.login_required = False
    return view_func


def permission_required(perm, login_url=None, raise_exception=False):
    """Let through users who have the permission (a name, or several that must all be held);
    the others get 403 with raise_exception, else the login page."""
    perms = (perm,) if isinstance(perm, str) else perm

    def refuse():
        if raise_exception:
            raise PermissionDenied
        return False

    def decorator(view_func):
        if iscoroutinefunction(view_func):

            async def check_perms(user):
                return True if await user.ahas_perms(perms) else refuse()

        else:

            def check_perms(user):
                return True if user.has_perms(perms) else refuse()

        return user_passes_test(check_perms, login_url=login_url)(view_func)

    return decorator
