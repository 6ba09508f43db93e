"""What the backends put in a template's context when they render with a request."""

from html import escape

from django.utils.functional import lazy


def _token(request):
    from django.middleware.csrf import get_token

    return get_token(request)


def csrf_input(request):
    """The hidden form field that carries the request's CSRF token."""
    return f'<input type="hidden" name="csrfmiddlewaretoken" value="{escape(_token(request))}">'


csrf_input_lazy = lazy(csrf_input, str)
csrf_token_lazy = lazy(_token, str)


def request_context(request):
    """What a template rendered with `request` gets besides its context (nothing without one)."""
    if request is None:
        return {}
    return {"request": request, "csrf_input": csrf_input_lazy(request), "csrf_token": csrf_token_lazy(request)}
