"""The request cycle (django.core.handlers.base): MIDDLEWARE built into a chain, the URLconf,
the view, and the response back out.

load_middleware() builds the chain from the innermost end: the view caller (_get_response)
first, then each entry of MIDDLEWARE from the last to the first, each given what is inside it
as its get_response. Between every two links is convert_exception_to_response(), so what a
view or a middleware raises comes back out as the response Django makes of it. Middleware
objects may also have hooks the view caller calls: process_view (before the view, outermost
first), process_template_response and process_exception (innermost first).
"""

import types
from inspect import isawaitable, iscoroutinefunction

from django._trace import note
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured, MiddlewareNotUsed
from django.core.handlers.exception import convert_exception_to_response
from django.urls import get_resolver, set_urlconf
from django.utils.decorators import _result_of
from django.dispatch import receiver
from django.core.signals import request_finished
from django.utils.log import log_response, request_logger
from django.utils.module_loading import import_string


def _settled(result):
    """What a middleware or view answered, an awaitable run to its end (our handler is sync)."""
    return _result_of(result) if isawaitable(result) else result


def _as_async(get_response):
    """`get_response` for a middleware that only runs async: a coroutine function."""

    async def awaited(request):
        return get_response(request)

    return awaited


def _as_sync(middleware):
    """An async-only middleware, called from the sync chain."""

    def called(request):
        return _settled(middleware(request))

    return called


class BaseHandler:
    def load_middleware(self, is_async=False):
        """Build the middleware chain from settings.MIDDLEWARE (called once, by the handler's
        __init__). An entry that raises MiddlewareNotUsed is left out; one that builds None is
        ImproperlyConfigured."""
        self._view_middleware, self._template_response_middleware, self._exception_middleware = [], [], []
        inner = convert_exception_to_response(self._get_response)
        for dotted_path in reversed(settings.MIDDLEWARE):
            factory = import_string(dotted_path)
            sync_ok, async_ok = getattr(factory, "sync_capable", True), getattr(factory, "async_capable", False)
            if not (sync_ok or async_ok):
                raise RuntimeError(
                    "Middleware %s must have at least one of sync_capable/async_capable set to True." % dotted_path
                )
            given = inner if sync_ok else _as_async(inner)
            try:
                instance = factory(given)
            except MiddlewareNotUsed as exc:
                self._left_out(dotted_path, exc)
                continue
            if not _built(instance):
                raise ImproperlyConfigured("Middleware factory %s returned None." % dotted_path)
            self._take_hooks(instance)
            inner = convert_exception_to_response(instance if sync_ok else _as_sync(instance))
        self._middleware_chain = inner

    @staticmethod
    def _left_out(dotted_path, exc):
        note("MIDDLEWARE", f"{dotted_path} left itself out (MiddlewareNotUsed)", setting="MIDDLEWARE")
        if not settings.DEBUG:
            return
        why = str(exc)
        request_logger.debug(*(("MiddlewareNotUsed(%r): %s", dotted_path, why) if why else ("MiddlewareNotUsed: %r", dotted_path)))

    def _take_hooks(self, instance):
        # Built innermost first: process_view runs outermost first, the other two innermost first.
        if hasattr(instance, "process_view"):
            self._view_middleware.insert(0, instance.process_view)
        if hasattr(instance, "process_template_response"):
            self._template_response_middleware.append(instance.process_template_response)
        if hasattr(instance, "process_exception"):
            self._exception_middleware.append(instance.process_exception)

    def adapt_method_mode(self, is_async, method, method_is_async=None, debug=False, name=None):
        """`method` as the chain (sync here) calls it."""
        runs_async = iscoroutinefunction(method) if method_is_async is None else method_is_async
        return _as_sync(method) if runs_async and not is_async else method

    def get_response(self, request):
        """The response to `request`, through the whole chain (it never raises for what a view
        or a middleware raised: that is a response too)."""
        set_urlconf(settings.ROOT_URLCONF)
        answered = self._middleware_chain(request)
        # The server closes the response once it is sent: the request's uploaded files with it.
        answered._resource_closers.append(request.close)
        if answered.status_code > 399:
            log_response("%s: %s", answered.reason_phrase, request.path, response=answered, request=request)
        return answered

    def _get_response(self, request):
        """The innermost link: resolve the path, the view hooks, the view, its template response."""
        view, args, kwargs = self.resolve_request(request)
        response = None
        for hook in self._view_middleware:
            response = _settled(hook(request, view, args, kwargs))
            if response:
                note(_owner(hook), "answered before the view (process_view)")
                break
        if response is None:
            try:
                response = _settled(self.make_view_atomic(view)(request, *args, **kwargs))
            except Exception as exc:
                response = self._answer_by_middleware(exc, request)
            self.check_response(response, view)
            note("View", f"{_dotted(view)} answered {_status_line(response)}")
        else:
            self.check_response(response, view)
        if hasattr(response, "render") and callable(response.render):
            response = self._rendered(request, response)
        return response

    def _rendered(self, request, response):
        for hook in self._template_response_middleware:
            response = _settled(hook(request, response))
            self.check_response(response, hook, name=f"{type(hook.__self__).__name__}.process_template_response")
        try:
            return response.render()
        except Exception as exc:
            return self._answer_by_middleware(exc, request)

    def _answer_by_middleware(self, exc, request):
        """The response a process_exception hook gives for `exc`; `exc` raised again if none does."""
        response = self.process_exception_by_middleware(exc, request)
        if response is None:
            raise exc
        return response

    def resolve_request(self, request):
        """The ResolverMatch of the request's path (in request.urlconf when a middleware set one),
        kept as request.resolver_match. Resolver404 (an Http404) when nothing matches."""
        chosen = vars(request).get("urlconf", getattr(request, "urlconf", None))
        if chosen is not None:
            set_urlconf(chosen)
        match = get_resolver(chosen).resolve(request.path_info)
        request.resolver_match = match
        return match

    def check_response(self, response, callback, name=None):
        """Refuse None (and an unawaited coroutine) as a response: ValueError, naming the view."""
        if response is not None and not isawaitable(response):
            return
        if not name:
            if isinstance(callback, types.FunctionType):
                name = "The view %s.%s" % (callback.__module__, callback.__qualname__)
            else:
                name = "The view %s.%s.__call__" % (callback.__module__, type(callback).__name__)
        if not isawaitable(response):
            raise ValueError("%s didn't return an HttpResponse object. It returned None instead." % name)
        raise ValueError(
            "%s didn't return an HttpResponse object. It returned an unawaited coroutine instead. You may need to "
            "add an 'await' into your view." % name
        )

    def make_view_atomic(self, view):
        # No database is ever connected: ATOMIC_REQUESTS has nothing to wrap.
        return view

    def process_exception_by_middleware(self, exception, request):
        """The first response a process_exception hook gives for `exception`, or None."""
        for hook in self._exception_middleware:
            response = _settled(hook(request, exception))
            if response:
                note(_owner(hook), f"process_exception answered the {type(exception).__name__}")
                return response
        return None


def _owner(hook):
    owner = getattr(hook, "__self__", None)
    return type(owner).__name__ if owner is not None else getattr(hook, "__qualname__", "middleware")


def _dotted(view):
    func = getattr(view, "view_class", None) or view
    name = getattr(func, "__qualname__", None) or type(func).__name__
    return f"{getattr(func, '__module__', '?')}.{name}"


def _status_line(response):
    code = getattr(response, "status_code", None)
    if code is None:
        return f"a {type(response).__name__}, which is not a response"
    return f"{code} {getattr(response, 'reason_phrase', '')}".rstrip()


@receiver(request_finished)
def reset_urlconf(sender, **kwargs):
    """Back to ROOT_URLCONF once a request is finished (a middleware may have set another)."""
    set_urlconf(urlconf_name=None)


def _built(instance):
    return instance is not None
