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
from django.utils.log import log_response

_MIXED_HANDLERS = "%s HTTP handlers must either be all sync or all async."
_METHOD_AS_INITKWARG = "The method name %s is not accepted as a keyword argument to %s()."
_UNKNOWN_INITKWARG = (
    "%s() received an invalid keyword %r. as_view only accepts arguments that are already attributes of the class."
)
_SETUP_WITHOUT_SUPER = (
    "%s instance has no 'request' attribute. Did you override setup() and forget to call super()?"
)
_NO_TEMPLATE_NAME = (
    "TemplateResponseMixin requires either a definition of 'template_name' or an implementation of "
    "'get_template_names()'"
)


def _answer(view, response):
    """`response`, or a coroutine giving it when the view is async (its caller awaits)."""
    if not view.view_is_async:
        return response

    async def answer():
        return response

    return answer()


def _initkwarg_refusal(view_class, key):
    """Why as_view() refuses the keyword argument `key`, or None: the name of an HTTP method
    would replace its handler, and anything else must be an attribute the class has already."""
    if key in view_class.http_method_names:
        return _METHOD_AS_INITKWARG % (key, view_class.__name__)
    return None if hasattr(view_class, key) else _UNKNOWN_INITKWARG % (view_class.__name__, key)


class ContextMixin:
    """get_context_data(): the keyword arguments it is given, plus `view` and extra_context."""

    extra_context: dict | None = None

    def get_context_data(self, **kwargs):
        context = {**kwargs}
        context.setdefault("view", self)
        context.update(self.extra_context or ())
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
            raise ImproperlyConfigured(_MIXED_HANDLERS % cls.__qualname__)
        return kinds == {True}

    @classonlymethod
    def as_view(cls, **initkwargs):
        """The view function of this class: each request gets a new instance built with
        `initkwargs`, which may only name attributes the class has (and no HTTP method)."""
        refusal = next(filter(None, (_initkwarg_refusal(cls, key) for key in initkwargs)), None)
        if refusal:
            raise TypeError(refusal)

        def view(request, *args, **kwargs):
            instance = cls(**initkwargs)
            instance.setup(request, *args, **kwargs)
            if not hasattr(instance, "request"):
                raise AttributeError(_SETUP_WITHOUT_SUPER % cls.__name__)
            return instance.dispatch(request, *args, **kwargs)

        dispatch = cls.dispatch
        view.view_class, view.view_initkwargs = cls, initkwargs
        view.__doc__, view.__module__, view.__annotations__ = cls.__doc__, cls.__module__, dispatch.__annotations__
        # What decorators set on dispatch() (csrf_exempt...) must be seen on the view function.
        vars(view).update(vars(dispatch))
        return markcoroutinefunction(view) if cls.view_is_async else view

    def setup(self, request, *args, **kwargs):
        """Keep the request and the URL's arguments on the instance (HEAD falls back to get())."""
        if not hasattr(self, "head") and hasattr(self, "get"):
            self.head = self.get
        self.request, self.args, self.kwargs = request, args, kwargs

    def dispatch(self, request, *args, **kwargs):
        name = request.method.lower()
        handler = getattr(self, name, None) if name in self.http_method_names else None
        return (handler or self.http_method_not_allowed)(request, *args, **kwargs)

    def http_method_not_allowed(self, request, *args, **kwargs):
        refusal = HttpResponseNotAllowed(self._allowed_methods())
        log_response("Method Not Allowed (%s): %s", request.method, request.path, response=refusal, request=request)
        return _answer(self, refusal)

    def options(self, request, *args, **kwargs):
        """Answer OPTIONS with the methods this view allows (and no body)."""
        allowed = HttpResponse()
        allowed["Allow"], allowed["Content-Length"] = ", ".join(self._allowed_methods()), "0"
        return _answer(self, allowed)

    def _allowed_methods(self):
        return [name.upper() for name in self.http_method_names if hasattr(self, name)]


class TemplateResponseMixin:
    """Render a template into the response (a TemplateResponse, rendered as it is sent)."""

    template_name: str | None = None
    template_engine: str | None = None
    response_class: type = TemplateResponse
    content_type: str | None = None

    def render_to_response(self, context, **response_kwargs):
        """A response_class response for get_template_names() with `context`."""
        options = {"content_type": self.content_type, **response_kwargs}
        return self.response_class(
            request=self.request, template=self.get_template_names(), context=context, using=self.template_engine, **options
        )

    def get_template_names(self):
        """The templates to try, in order (a list); by default [template_name]."""
        if self.template_name is None:
            raise ImproperlyConfigured(_NO_TEMPLATE_NAME)
        return [self.template_name]


class TemplateView(TemplateResponseMixin, ContextMixin, View):
    """Render a template, with the URL's keyword arguments in its context."""

    def get(self, request, *args, **kwargs):
        return self.render_to_response(self.get_context_data(**kwargs))


class RedirectView(View):
    """Redirect any request to `url` (formatted with the URL's keyword arguments) or to what
    `pattern_name` reverses to; 410 Gone when there is neither."""

    permanent: bool = False
    url: str | None = None
    pattern_name: str | None = None
    query_string: bool = False

    def get_redirect_url(self, *args, **kwargs):
        """The URL to redirect to (None for 410); with query_string, the request's query too."""
        if self.url:
            target = self.url % kwargs
        elif not self.pattern_name:
            return None
        else:
            from django.urls import reverse

            target = reverse(self.pattern_name, args=args, kwargs=kwargs)
        query = self.request.META.get("QUERY_STRING", "")
        if self.query_string and query:
            target += ("&" if urlparse(target).query else "?") + query
        return target

    def get(self, request, *args, **kwargs):
        target = self.get_redirect_url(*args, **kwargs)
        if target:
            redirect_class = HttpResponsePermanentRedirect if self.permanent else HttpResponseRedirect
            return redirect_class(target)
        gone = HttpResponseGone()
        log_response("Gone: %s", request.path, response=gone, request=request)
        return gone

    def _same_as_get(self, request, *args, **kwargs):
        return self.get(request, *args, **kwargs)

    # Every method redirects the same way.
    head = post = options = delete = put = patch = _same_as_get
