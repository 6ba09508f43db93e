"""The class-based views of django.views.generic.base: View, TemplateView, RedirectView.

What the URL machinery and the checks rely on is as_view(): it checks its keyword arguments
against the class and returns a plain function carrying `view_class` and `view_initkwargs`,
whose __module__ and __doc__ are the class's while __name__ and __qualname__ stay 'view'
(Django leaves them alone on purpose: tools read view_class instead).
"""

from inspect import iscoroutinefunction, markcoroutinefunction
from urllib.parse import urlparse

from django.core.exceptions import ImproperlyConfigured
from django.http import HttpResponse, HttpResponseGone, HttpResponseNotAllowed
from django.http import HttpResponsePermanentRedirect, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.utils.decorators import classonlymethod
from django.utils.functional import classproperty
from django.views._log import log_response


def _as_awaitable(response):
    async def answer():
        return response

    return answer()


class ContextMixin:
    """get_context_data(): the keyword arguments it is given, plus `view` and extra_context."""

    extra_context = None

    def get_context_data(self, **kwargs):
        context = dict(kwargs)
        context.setdefault("view", self)
        if self.extra_context is not None:
            context.update(self.extra_context)
        return context


class View:
    """The parent of all class-based views: it dispatches a request to the method named after
    the HTTP method (get(), post()...), or answers 405."""

    http_method_names = ["get", "post", "put", "patch", "delete", "head", "options", "trace"]

    def __init__(self, **kwargs):
        """Keep each keyword argument (as_view() has checked them) as an attribute."""
        for name, value in kwargs.items():
            setattr(self, name, value)

    @classproperty
    def view_is_async(cls):
        """Whether the handlers are coroutine functions (all or none of them may be)."""
        handlers = [getattr(cls, name) for name in cls.http_method_names if name != "options" and hasattr(cls, name)]
        kinds = {iscoroutinefunction(handler) for handler in handlers}
        if len(kinds) > 1:
            raise ImproperlyConfigured(f"{cls.__qualname__} HTTP handlers must either be all sync or all async.")
        return bool(handlers) and iscoroutinefunction(handlers[0])

    @classonlymethod
    def as_view(cls, **initkwargs):
        """The view function of this class: each request gets a new instance built with
        `initkwargs`, which may only name attributes the class has (and no HTTP method)."""
        for key in initkwargs:
            _check_initkwarg(cls, key)

        def view(request, *args, **kwargs):
            self = cls(**initkwargs)
            self.setup(request, *args, **kwargs)
            if not hasattr(self, "request"):
                raise AttributeError(
                    f"{cls.__name__} instance has no 'request' attribute. Did you override setup() and forget to call "
                    "super()?"
                )
            return self.dispatch(request, *args, **kwargs)

        view.view_class, view.view_initkwargs = cls, initkwargs
        view.__doc__, view.__module__ = cls.__doc__, cls.__module__
        view.__annotations__ = cls.dispatch.__annotations__
        # What decorators set on dispatch() (csrf_exempt...) must be seen on the view function.
        view.__dict__.update(cls.dispatch.__dict__)
        if cls.view_is_async:
            markcoroutinefunction(view)
        return view

    def setup(self, request, *args, **kwargs):
        """Keep the request and the URL's arguments on the instance (HEAD falls back to get())."""
        if hasattr(self, "get") and not hasattr(self, "head"):
            self.head = self.get
        self.request, self.args, self.kwargs = request, args, kwargs

    def dispatch(self, request, *args, **kwargs):
        method = request.method.lower()
        handler = getattr(self, method, None) if method in self.http_method_names else None
        return (handler or self.http_method_not_allowed)(request, *args, **kwargs)

    def http_method_not_allowed(self, request, *args, **kwargs):
        response = HttpResponseNotAllowed(self._allowed_methods())
        log_response("Method Not Allowed (%s): %s", request.method, request.path, response=response, request=request)
        return _as_awaitable(response) if self.view_is_async else response

    def options(self, request, *args, **kwargs):
        """Answer OPTIONS with the methods this view allows."""
        response = HttpResponse()
        response.headers["Allow"] = ", ".join(self._allowed_methods())
        response.headers["Content-Length"] = "0"
        return _as_awaitable(response) if self.view_is_async else response

    def _allowed_methods(self):
        return [name.upper() for name in self.http_method_names if hasattr(self, name)]


def _check_initkwarg(cls, key):
    if key in cls.http_method_names:
        raise TypeError(f"The method name {key} is not accepted as a keyword argument to {cls.__name__}().")
    if not hasattr(cls, key):
        raise TypeError(
            f"{cls.__name__}() received an invalid keyword {key!r}. as_view only accepts arguments that are already "
            "attributes of the class."
        )


class TemplateResponseMixin:
    """Render a template into the response (a TemplateResponse, rendered as it is sent)."""

    template_name = None
    template_engine = None
    response_class = TemplateResponse
    content_type = None

    def render_to_response(self, context, **response_kwargs):
        response_kwargs.setdefault("content_type", self.content_type)
        return self.response_class(
            request=self.request,
            template=self.get_template_names(),
            context=context,
            using=self.template_engine,
            **response_kwargs,
        )

    def get_template_names(self):
        """The templates to try, in order (a list); by default [template_name]."""
        if self.template_name is None:
            raise ImproperlyConfigured(
                "TemplateResponseMixin requires either a definition of 'template_name' or an implementation of "
                "'get_template_names()'"
            )
        return [self.template_name]


class TemplateView(TemplateResponseMixin, ContextMixin, View):
    """Render a template, with the URL's keyword arguments in its context."""

    def get(self, request, *args, **kwargs):
        return self.render_to_response(self.get_context_data(**kwargs))


class RedirectView(View):
    """Redirect any request to `url` (formatted with the URL's keyword arguments) or to what
    `pattern_name` reverses to; 410 Gone when there is neither."""

    permanent = False
    url = None
    pattern_name = None
    query_string = False

    def get_redirect_url(self, *args, **kwargs):
        """The URL to redirect to (None for 410); with query_string, the request's query too."""
        if self.url:
            target = self.url % kwargs
        elif self.pattern_name:
            from django.urls import reverse

            target = reverse(self.pattern_name, args=args, kwargs=kwargs)
        else:
            return None
        query = self.request.META.get("QUERY_STRING", "")
        if query and self.query_string:
            joiner = "&" if urlparse(target).query else "?"
            target = f"{target}{joiner}{query}"
        return target

    def get(self, request, *args, **kwargs):
        target = self.get_redirect_url(*args, **kwargs)
        if target:
            return (HttpResponsePermanentRedirect if self.permanent else HttpResponseRedirect)(target)
        response = HttpResponseGone()
        log_response("Gone: %s", request.path, response=response, request=request)
        return response

    def _same_as_get(self, request, *args, **kwargs):
        return self.get(request, *args, **kwargs)

    head = post = options = delete = put = patch = _same_as_get
