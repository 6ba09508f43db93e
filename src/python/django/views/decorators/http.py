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


require_GET = require_http_methods(["GET"])
require_GET.__doc__ = "Decorator to require that a view only accepts the GET method."

require_POST = require_http_methods(["POST"])
require_POST.__doc__ = "Decorator to require that a view only accepts the POST method."

require_safe = require_http_methods(["GET", "HEAD"])
require_safe.__doc__ = "Decorator to require that a view only accepts safe methods: GET and HEAD."
