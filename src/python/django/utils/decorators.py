"""Building view decorators (django.utils.decorators): method_decorator() puts a function
decorator on a class-based view's method, and make_middleware_decorator() turns a middleware
class into a decorator for a single view (cache_page, csrf_protect...)."""

from functools import partial, update_wrapper, wraps
from inspect import isawaitable, iscoroutinefunction, markcoroutinefunction


class classonlymethod(classmethod):
    """A classmethod that an instance may not call (View.as_view is one)."""

    def __get__(self, instance, cls=None):
        if instance is None:
            return super().__get__(None, cls)
        raise AttributeError("This method is available only on the class, not on instances.")


# ---- method_decorator ------------------------------------------------------------------------

_NO_SUCH_METHOD = "The keyword argument `name` must be the name of a method of the decorated class: %s. Got '%s' instead."
_NOT_CALLABLE = "Cannot decorate '%s' as it isn't a callable attribute of %s (%s)."
_MISSING = object()


def method_decorator(decorator, name=""):
    """A function decorator (or a list of them, outermost first) made fit for methods.

        @method_decorator(login_required, name="dispatch")
        class ProfileView(TemplateView): ...

    On a class, `name` says which method to decorate; on a method, leave it out.
    """
    chain = _DecoratorChain(decorator)

    def apply(obj):
        return chain.onto_class(obj, name) if isinstance(obj, type) else chain.around(obj)

    if chain.single is not None:  # it passes for the decorator; a list lends it nothing
        update_wrapper(apply, chain.single)
    described = decorator if hasattr(decorator, "__name__") else type(decorator)
    apply.__name__ = f"method_decorator({described.__name__})"
    return apply


class _DecoratorChain:
    """Function decorators to put on a method. Function decorators expect a function without
    `self`: each call gets the method bound to its instance (in a partial, so that attributes
    can be set on it), decorated innermost first, and calls that."""

    def __init__(self, decorator):
        several = hasattr(decorator, "__iter__")
        self.single = None if several else decorator
        self.innermost_first = list(decorator)[::-1] if several else [decorator]

    def onto_class(self, cls, name):
        method = getattr(cls, name, _MISSING) if name else _MISSING
        if method is _MISSING:
            raise ValueError(_NO_SUCH_METHOD % (cls, name))
        if not callable(method):
            raise TypeError(_NOT_CALLABLE % (name, cls, method))
        setattr(cls, name, self.around(method))
        return cls

    def around(self, method):
        chain = self.innermost_first

        def call_decorated(instance, *args, **kwargs):
            bound = wraps(method)(partial(method.__get__(instance, type(instance))))
            for decorate in chain:
                bound = decorate(bound)
            return bound(*args, **kwargs)

        # What the decorators set on a function they decorate (csrf_exempt, login_url...) is
        # set on the method too; then the method's own name, doc and attributes.
        for decorate in chain:
            update_wrapper(call_decorated, decorate(_fresh_function()))
        update_wrapper(call_decorated, method)
        return markcoroutinefunction(call_decorated) if iscoroutinefunction(method) else call_decorated


def _fresh_function():
    """A function of no use but to be decorated once, to see what a decorator sets on what it
    returns (a new one each time: a decorator may mark the very function it is given)."""

    def stand_in(*args, **kwargs):
        pass

    return stand_in


# ---- middleware as a view decorator ----------------------------------------------------------


def decorator_from_middleware_with_args(middleware_class):
    """A decorator factory taking the middleware's own arguments: cache_page(60) is
    decorator_from_middleware_with_args(CacheMiddleware)(page_timeout=60)."""
    return make_middleware_decorator(middleware_class)


def decorator_from_middleware(middleware_class):
    """A view decorator from a middleware class that takes no arguments (csrf_protect)."""
    return make_middleware_decorator(middleware_class)()


def make_middleware_decorator(middleware_class):
    """A factory of view decorators that run `middleware_class`'s hooks around one view.

    The middleware is built when the view is decorated (at import, as in Django), with the
    view as its get_response. Around each call: process_request and process_view (either may
    answer instead of the view), process_exception when the view raises, then
    process_response, deferred until rendering for a response that renders later.
    """

    def _make_decorator(*m_args, **m_kwargs):
        def _decorator(view_func):
            hooks = _MiddlewareHooks(middleware_class(view_func, *m_args, **m_kwargs), view_func)
            return wraps(view_func)(_calling(view_func, hooks))

        return _decorator

    return _make_decorator


def _calling(view_func, runner):
    """A view function that answers with runner.run(request, args, kwargs), or awaits
    runner.run_async(...) when `view_func` is a coroutine function (so the wrapper is one too)."""
    if iscoroutinefunction(view_func):

        async def _view_wrapper(request, *args, **kwargs):
            return await runner.run_async(request, args, kwargs)

    else:

        def _view_wrapper(request, *args, **kwargs):
            return runner.run(request, args, kwargs)

    return _view_wrapper


class _MiddlewareHooks:
    """The hooks of one middleware instance around one view, each optional, called as a
    handler would call them."""

    def __init__(self, middleware, view_func):
        self.middleware = middleware
        self.view_func = view_func

    def _hook(self, name):
        return getattr(self.middleware, name, None)

    def run(self, request, args, kwargs):
        early = self.before(request, args, kwargs)
        if early is not None:
            return early
        try:
            answer = self.view_func(request, *args, **kwargs)
        except Exception as raised:
            return self.instead_of_raising(request, raised)
        return self.after(request, answer)

    async def run_async(self, request, args, kwargs):
        early = self.before(request, args, kwargs)
        if early is not None:
            return early
        try:
            answer = await self.view_func(request, *args, **kwargs)
        except Exception as raised:
            return self.instead_of_raising(request, raised)
        return self.after(request, answer)

    def before(self, request, args, kwargs):
        process_request = self._hook("process_request")
        answer = process_request(request) if process_request is not None else None
        if answer is not None:
            return answer
        process_view = self._hook("process_view")
        return process_view(request, self.view_func, args, kwargs) if process_view is not None else None

    def instead_of_raising(self, request, exception):
        process_exception = self._hook("process_exception")
        answer = process_exception(request, exception) if process_exception is not None else None
        if answer is None:
            raise exception
        return answer

    def after(self, request, response):
        process_response = self._hook("process_response")
        if not callable(getattr(response, "render", None)):
            return process_response(request, response) if process_response is not None else response
        process_template_response = self._hook("process_template_response")
        if process_template_response is not None:
            response = process_template_response(request, response)
        if process_response is not None:
            response.add_post_render_callback(lambda rendered: process_response(request, rendered))
        return response


# ---- what a middleware factory supports ------------------------------------------------------


def _capable(func, sync, asynchronous):
    func.sync_capable = sync
    func.async_capable = asynchronous
    return func


def sync_and_async_middleware(func):
    """Mark a middleware factory as handling both sync and async requests."""
    return _capable(func, True, True)


def sync_only_middleware(func):
    """Mark a middleware factory as handling sync requests only (the default)."""
    return _capable(func, True, False)


def async_only_middleware(func):
    """Mark a middleware factory as handling async requests only."""
    return _capable(func, False, True)


# ---- wrapping a view (the views' own decorators build on this) -------------------------------


def _wrap_view(view_func, before=None, after=None, **marks):
    """A wrapper of `view_func`, async if the view is, that calls before(request) first (a
    response it returns answers instead of the view; an async view's `before` may be a coroutine
    function) and after(response) on the way out. `marks` are attributes set on the wrapper
    (csrf_exempt=True...); attributes of the view itself, copied by functools.wraps, win over
    them, as in Django."""
    wrapper = _calling(view_func, _AroundView(view_func, before, after))
    vars(wrapper).update(marks)
    return wraps(view_func)(wrapper)


class _AroundView:
    """What the views' own decorators do around a call: a check first, a change to the response after."""

    def __init__(self, view_func, before, after):
        self.view_func = view_func
        self.before = before or (lambda request: None)
        self.after = after or (lambda response: response)

    def run(self, request, args, kwargs):
        early = self.before(request)
        return early if early is not None else self.after(self.view_func(request, *args, **kwargs))

    async def run_async(self, request, args, kwargs):
        early = self.before(request)
        if isawaitable(early):
            early = await early
        return early if early is not None else self.after(await self.view_func(request, *args, **kwargs))


def _result_of(coroutine):
    """What a coroutine returns, run without an event loop (a browser has one thread and no
    loop to block on): fine for a coroutine that awaits nothing pending, as a check of a user
    or a generator over data does; RuntimeError for one that waits on I/O."""
    while True:
        try:
            waiting_on = coroutine.send(None)
        except StopIteration as finished:
            return finished.value
        if waiting_on is not None:
            coroutine.close()
            raise RuntimeError("This coroutine waits on I/O, which cannot be done synchronously here.")
