"""Deprecation warnings and the base of old-style middleware (django.utils.deprecation)."""

import functools
import os
from inspect import iscoroutinefunction, markcoroutinefunction

import django


class RemovedInNextVersionWarning(DeprecationWarning):
    pass


class RemovedInDjango70Warning(PendingDeprecationWarning):
    pass


RemovedAfterNextVersionWarning = RemovedInDjango70Warning


@functools.cache
def django_file_prefixes():
    """The folder of the django package, for warnings.warn(skip_file_prefixes=...)."""
    location = getattr(django, "__file__", None)
    return (os.path.dirname(location),) if location else ()


class MiddlewareMixin:
    """The base of a middleware written as process_request()/process_response() hooks.

    Built with the next handler in the chain (get_response); calling it runs
    process_request(request), and the next handler unless that answered, then
    process_response(request, response). With an async get_response the instance is a
    coroutine function itself, so an async chain stays async.
    """

    sync_capable: bool = True
    async_capable: bool = True

    def __init__(self, get_response):
        if get_response is None:
            raise ValueError("get_response must be provided.")
        self.get_response = get_response
        self.async_mode = _awaited_if_async(self, get_response)
        super().__init__()

    def __repr__(self):
        handler = self.get_response
        handler_name = getattr(handler, "__qualname__", type(handler).__name__)
        return f"<{type(self).__qualname__} get_response={handler_name}>"

    def __call__(self, request):
        # In an async chain, the caller awaits what __acall__ returns.
        return self.__acall__(request) if self.async_mode else self._respond(request)

    def _respond(self, request):
        response = self._early_response(request) or self.get_response(request)
        return self._finished_response(request, response)

    async def __acall__(self, request):
        # The hooks are plain functions; in a browser's single thread they run in place.
        response = self._early_response(request) or await self.get_response(request)
        return self._finished_response(request, response)

    def _early_response(self, request):
        hook = getattr(self, "process_request", None)
        return hook(request) if hook is not None else None

    def _finished_response(self, request, response):
        hook = getattr(self, "process_response", None)
        return hook(request, response) if hook is not None else response


def _awaited_if_async(middleware, get_response):
    """Whether get_response is a coroutine function; if so, the middleware is marked as one
    too, so that the handler before it awaits it."""
    is_async = iscoroutinefunction(get_response)
    if is_async:
        markcoroutinefunction(middleware)
    return is_async
