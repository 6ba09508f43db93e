"""CSRF view decorators (django.views.decorators.csrf): protect one view, exempt one, or make
sure the CSRF token is there for its template."""

from django.middleware.csrf import CsrfViewMiddleware, get_token
from django.utils.decorators import _wrap_view, decorator_from_middleware


def _named(decorator, name, doc):
    decorator.__name__, decorator.__doc__ = name, doc
    return decorator


csrf_protect = _named(
    decorator_from_middleware(CsrfViewMiddleware),
    "csrf_protect",
    "CSRF protection for one view, as CsrfViewMiddleware gives every view (both at once do no harm).",
)


class _EnsureCsrfToken(CsrfViewMiddleware):
    """CsrfViewMiddleware that never refuses a request: the view only needs the token."""

    def _reject(self, request, reason):
        return None


requires_csrf_token = _named(
    decorator_from_middleware(_EnsureCsrfToken),
    "requires_csrf_token",
    "Give the view a CSRF token for its template without protecting it (the error views use this).",
)


class _EnsureCsrfCookie(_EnsureCsrfToken):
    """CsrfViewMiddleware that never refuses a request, for views that must send the CSRF
    cookie whether or not their template uses {% csrf_token %}."""

    def process_view(self, request, callback, callback_args, callback_kwargs):
        answer = super().process_view(request, callback, callback_args, callback_kwargs)
        get_token(request)  # asking for a token is what makes the response carry the cookie
        return answer


ensure_csrf_cookie = _named(
    decorator_from_middleware(_EnsureCsrfCookie),
    "ensure_csrf_cookie",
    "Make the view send the CSRF cookie, whether or not its template uses the csrf_token tag.",
)


def csrf_exempt(view_func):
    """Mark a view function as being exempt from the CSRF view protection."""
    return _wrap_view(view_func, csrf_exempt=True)
