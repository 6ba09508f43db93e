"""View decorators about HTTP (django.views.decorators.http): the methods a view accepts, and
conditional requests (condition, etag, last_modified)."""

import datetime
from functools import wraps

from django.http import HttpResponseNotAllowed
from django.middleware.http import ConditionalGetMiddleware
from django.utils.cache import get_conditional_response
from django.utils.http import http_date, quote_etag
from django.utils.decorators import _calling, _wrap_view, decorator_from_middleware
from django.utils.log import log_response


#: ConditionalGetMiddleware for one view.
conditional_page = decorator_from_middleware(ConditionalGetMiddleware)


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


# ---- conditional requests ----------------------------------------------------------------------


_SAFE = ("GET", "HEAD")


class _Validators:
    """The ETag and Last-Modified of the resource a request asks for, from the view's functions."""

    def __init__(self, etag_func, last_modified_func, request, args, kwargs):
        modified = last_modified_func(request, *args, **kwargs) if last_modified_func else None
        if modified and modified.utcoffset() is None:
            modified = modified.replace(tzinfo=datetime.UTC)  # a naive datetime is UTC
        self.last_modified = int(modified.timestamp()) if modified else None
        tag = etag_func(request, *args, **kwargs) if etag_func else None
        self.etag = None if tag is None else quote_etag(tag)

    def early_answer(self, request):
        """A 304 or 412, or None when the view should answer."""
        return get_conditional_response(request, etag=self.etag, last_modified=self.last_modified)

    def label(self, request, response):
        """Give a GET or HEAD response the validators it lacks."""
        if request.method not in _SAFE:
            return
        if self.last_modified and not response.has_header("Last-Modified"):
            response.headers["Last-Modified"] = http_date(self.last_modified)
        if self.etag:
            response.headers.setdefault("ETag", self.etag)


class _Conditional:
    """A view behind its preconditions: a 304 or 412 answers instead of it when they say so."""

    def __init__(self, view_func, etag_func, last_modified_func):
        self.view_func, self.functions = view_func, (etag_func, last_modified_func)

    def run(self, request, args, kwargs):
        found = _Validators(*self.functions, request, args, kwargs)
        answer = found.early_answer(request)
        answer = self.view_func(request, *args, **kwargs) if answer is None else answer
        found.label(request, answer)
        return answer

    async def run_async(self, request, args, kwargs):
        found = _Validators(*self.functions, request, args, kwargs)
        answer = found.early_answer(request)
        answer = await self.view_func(request, *args, **kwargs) if answer is None else answer
        found.label(request, answer)
        return answer


def condition(etag_func=None, last_modified_func=None):
    """Answer conditional requests for the view: each function gets the view's arguments and
    gives the resource's ETag (quoted, or it is quoted as a strong one) or last-modified
    datetime, or None. A request whose preconditions say so gets 304 Not Modified (GET, HEAD)
    or 412 Precondition Failed without the view running; GET and HEAD responses get ETag and
    Last-Modified unless they have them."""

    def decorator(func):
        return wraps(func)(_calling(func, _Conditional(func, etag_func, last_modified_func)))

    return decorator


def etag(etag_func):
    """condition() with an ETag function only."""
    return condition(etag_func, None)


def last_modified(last_modified_func):
    """condition() with a last-modified function only."""
    return condition(None, last_modified_func)
