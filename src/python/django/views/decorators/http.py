"""Decorators that restrict the HTTP methods a view accepts (django.views.decorators.http)."""

from django.http import HttpResponseNotAllowed
from django.utils.decorators import _wrap_view
from django.views._log import log_response


def require_http_methods(request_method_list):
    """Answer 405 to a request whose method (uppercase) is not listed:

        @require_http_methods(["GET", "POST"])
        def my_view(request): ...
    """

    def refuse_others(request):
        if request.method in request_method_list:
            return None
        refusal = HttpResponseNotAllowed(request_method_list)
        log_response("Method Not Allowed (%s): %s", request.method, request.path, response=refusal, request=request)
        return refusal

    def decorator(func):
        return _wrap_view(func, before=refuse_others)

    return decorator


def _allowing(methods, doc):
    """require_http_methods(methods), with its own docstring."""
    decorator = require_http_methods(methods)
    decorator.__doc__ = doc
    return decorator


require_GET = _allowing(["GET"], "Decorator to require that a view only accepts the GET method.")
require_POST = _allowing(["POST"], "Decorator to require that a view only accepts the POST method.")
require_safe = _allowing(["GET", "HEAD"], "Decorator to require that a view only accepts safe methods: GET and HEAD.")
