"""View decorators of django.contrib.auth: send a user who fails a test (logged in, has a
permission) to the login page, with the page they wanted as ?next=."""

from inspect import iscoroutinefunction
from urllib.parse import urlsplit, urlunsplit

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.http import HttpResponseRedirect, QueryDict
from django.shortcuts import resolve_url
from django.utils.decorators import _result_of, _wrap_view

REDIRECT_FIELD_NAME = "next"


def _login_redirect(request, login_url, redirect_field_name):
    """The redirect to the login page (login_url, else LOGIN_URL) for `request`. The page to come
    back to is a path when the login page is on the same site, a full URL otherwise."""
    here = request.build_absolute_uri()
    login_page = resolve_url(login_url or settings.LOGIN_URL)
    login_scheme, login_host = urlsplit(login_page)[:2]
    here_scheme, here_host = urlsplit(here)[:2]
    same_site = login_scheme in ("", here_scheme) and login_host in ("", here_host)
    return _redirect_to_login(request.get_full_path() if same_site else here, login_page, redirect_field_name)


def _redirect_to_login(next_url, login_url, redirect_field_name):
    """What django.contrib.auth.views.redirect_to_login() answers: the login URL with
    ?<redirect_field_name>=<next_url> added to its query ('/' left unencoded)."""
    parts = urlsplit(resolve_url(login_url or settings.LOGIN_URL))
    if not redirect_field_name:
        return HttpResponseRedirect(urlunsplit(parts))
    query = QueryDict(parts.query, mutable=True)
    query[redirect_field_name] = next_url
    return HttpResponseRedirect(urlunsplit(parts._replace(query=query.urlencode(safe="/"))))


def user_passes_test(test_func, login_url=None, redirect_field_name=REDIRECT_FIELD_NAME):
    """Let through the users for whom test_func(user) is true (it may be a coroutine
    function); send the others to log in."""

    def refusal(request, passed):
        return None if passed else _login_redirect(request, login_url, redirect_field_name)

    def refuse_failing(request):
        outcome = test_func(request.user)
        return refusal(request, _result_of(outcome) if iscoroutinefunction(test_func) else outcome)

    async def refuse_failing_async(request):
        user = await request.auser()
        outcome = test_func(user)
        return refusal(request, await outcome if iscoroutinefunction(test_func) else outcome)

    def decorator(view_func):
        check = refuse_failing_async if iscoroutinefunction(view_func) else refuse_failing
        # LoginRequiredMiddleware reads login_url and redirect_field_name off the view.
        return _wrap_view(view_func, before=check, login_url=login_url, redirect_field_name=redirect_field_name)

    return decorator


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

    def granted(holds):
        # A refusal is a 403 with raise_exception, else a trip to the login page.
        if not holds and raise_exception:
            raise PermissionDenied
        return holds

    def check_perms(user):
        return granted(user.has_perms(perms))

    async def acheck_perms(user):
        return granted(await user.ahas_perms(perms))

    def decorator(view_func):
        check = acheck_perms if iscoroutinefunction(view_func) else check_perms
        return user_passes_test(check, login_url=login_url)(view_func)

    return decorator
