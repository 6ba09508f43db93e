"""Marking what an error report must not show (django.views.decorators.debug).

`@sensitive_variables("card")` names local variables, `@sensitive_post_parameters("password")`
POST parameters; SafeExceptionReporterFilter (django.views.debug) hides their values with stars
when it is active (DEBUG = False: in the reports mailed to ADMINS, not on DEBUG's own page).
With no names, everything is hidden.

How the filter finds the names: a plain function's wrapper stays on the stack while it runs, so
the filter looks for a frame of `sensitive_variables_wrapper` (see hidden_names_of_stack()); a
coroutine has no caller's frame to look at, so its names are registered by where its code
starts (file and first line)."""

import inspect
from functools import wraps

from django._process import forgotten_by_new_process

_EVERYTHING = "__ALL__"

#: (file, first line) of a decorated coroutine function's code -> its sensitive names.
coroutine_functions_to_sensitive_variables = {}


@forgotten_by_new_process
def _forget_coroutines():
    coroutine_functions_to_sensitive_variables.clear()


def _refuse_bare_use(decorator_name, given):
    if len(given) == 1 and callable(given[0]):
        raise TypeError(
            f"{decorator_name}() must be called to use it as a decorator, "
            f"e.g., use @{decorator_name}(), not @{decorator_name}."
        )


def _innermost(func):
    while getattr(func, "__wrapped__", None) is not None:
        func = func.__wrapped__
    return func


def _coroutine_key(code):
    return code.co_filename, code.co_firstlineno


def sensitive_variables(*variables):
    """Hide the named local variables (all of them when none is named) of the decorated
    function, and of what it calls, in error reports."""
    _refuse_bare_use("sensitive_variables", variables)
    names = variables or _EVERYTHING

    def decorator(func):
        if inspect.iscoroutinefunction(func):
            inner = _innermost(func)
            try:
                inspect.getfile(inner)
                code = inner.__code__
            except (TypeError, AttributeError):
                raise ValueError(
                    f"{func.__name__} cannot safely be wrapped by "
                    "@sensitive_variables, make it either non-async or defined in a "
                    "Python file (not a builtin or from a native extension)."
                ) from None
            coroutine_functions_to_sensitive_variables[_coroutine_key(code)] = names
            return func

        @wraps(func)
        def sensitive_variables_wrapper(*func_args, **func_kwargs):
            names  # noqa: B018 (a free variable of this frame: the filter reads it there)
            return func(*func_args, **func_kwargs)

        sensitive_variables_wrapper.sensitive_variables = names
        return sensitive_variables_wrapper

    return decorator


_NOT_A_REQUEST = (
    "sensitive_post_parameters didn't receive an HttpRequest object. If you are decorating a "
    "classmethod, make sure to use @method_decorator."
)


def sensitive_post_parameters(*parameters):
    """Hide the named POST parameters (all of them when none is named) of the decorated view's
    request in error reports: the view's request gets `sensitive_post_parameters`."""
    _refuse_bare_use("sensitive_post_parameters", parameters)
    names = parameters or _EVERYTHING

    def mark(request):
        from django.http import HttpRequest

        if not isinstance(request, HttpRequest):
            raise TypeError(_NOT_A_REQUEST)
        request.sensitive_post_parameters = names

    def decorator(view):
        if inspect.iscoroutinefunction(view):

            @wraps(view)
            async def sensitive_post_parameters_wrapper(request, *args, **kwargs):
                mark(request)
                return await view(request, *args, **kwargs)

        else:

            @wraps(view)
            def sensitive_post_parameters_wrapper(request, *args, **kwargs):
                mark(request)
                return view(request, *args, **kwargs)

        return sensitive_post_parameters_wrapper

    return decorator


def hidden_names_of_stack(frame):
    """The sensitive names that apply to `frame`: those of a decorated coroutine it runs, else
    those of the nearest sensitive_variables wrapper it was called under; None if none."""
    code = frame.f_code
    if code.co_flags & inspect.CO_COROUTINE and not is_sensitive_variables_frame(frame):
        registered = coroutine_functions_to_sensitive_variables.get(_coroutine_key(code))
        if registered is not None:
            return registered
    while frame is not None:
        if is_sensitive_variables_frame(frame):
            return frame.f_locals.get("names")
        frame = frame.f_back
    return None


def is_sensitive_variables_frame(frame):
    """Whether `frame` runs the decorator's own wrapper (whose arguments are hidden too)."""
    return frame.f_code is _WRAPPER_CODE


_WRAPPER_CODE = sensitive_variables("x")(len).__code__
