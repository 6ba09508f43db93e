"""Marking what an error report must not show (django.views.decorators.debug).

`@sensitive_variables("card")` names local variables, `@sensitive_post_parameters("password")`
POST parameters; SafeExceptionReporterFilter (django.views.debug) hides their values with stars
when it is active (DEBUG = False: in the reports mailed to ADMINS, not on DEBUG's own page).
With no names, everything is hidden.

How the filter finds the names: a plain function's wrapper stays on the stack while it runs, so
the filter looks for a frame of `sensitive_variables_wrapper` (hidden_names_of_stack()); a
coroutine has no caller's frame to look at, so its names are registered by where its code
starts (file and first line)."""

import inspect
from functools import wraps

from django._process import forgotten_by_new_process

_EVERYTHING = "__ALL__"

#: Decorated coroutine functions: (file, first line of the code) -> their sensitive names.
coroutine_functions_to_sensitive_variables: dict[tuple[str, int], object] = {}


@forgotten_by_new_process
def _forget_coroutines():
    coroutine_functions_to_sensitive_variables.clear()


def _names_given(decorator_name, given):
    """The names a decorator was given, "__ALL__" for none; a TypeError when it was applied
    to a function without being called first."""
    if len(given) == 1 and callable(given[0]):
        raise TypeError(f"{decorator_name}() must be called to use it as a decorator, e.g., use @{decorator_name}(), not @{decorator_name}.")
    return given or _EVERYTHING


def _code_of_coroutine(func):
    """The code object of the function under all the decorators of a coroutine function."""
    inner = inspect.unwrap(func)
    code = getattr(inner, "__code__", None)
    if code is None or not code.co_filename:
        raise ValueError(f"{func.__name__} cannot safely be wrapped by @sensitive_variables, make it either non-async or defined in a Python file (not a builtin or from a native extension).")
    return code


def _coroutine_key(code):
    return code.co_filename, code.co_firstlineno


def _hiding_variables(names, func):
    if inspect.iscoroutinefunction(func):
        coroutine_functions_to_sensitive_variables[_coroutine_key(_code_of_coroutine(func))] = names
        return func

    def sensitive_variables_wrapper(*func_args, **func_kwargs):
        # `names` is read here so that it is a variable of this frame, where the filter finds it.
        return names and func(*func_args, **func_kwargs)

    hiding = wraps(func)(sensitive_variables_wrapper)
    hiding.sensitive_variables = names
    return hiding


def sensitive_variables(*variables):
    """Hide the named local variables (all of them when none is named) of the decorated
    function, and of what it calls, in error reports."""
    names = _names_given("sensitive_variables", variables)
    return lambda func: _hiding_variables(names, func)


_NOT_A_REQUEST = (
    "sensitive_post_parameters didn't receive an HttpRequest object. If you are decorating a "
    "classmethod, make sure to use @method_decorator."
)


def _mark_request(request, names):
    from django.http import HttpRequest

    if not isinstance(request, HttpRequest):
        raise TypeError(_NOT_A_REQUEST)
    request.sensitive_post_parameters = names


def _marking_post(names, view):
    if inspect.iscoroutinefunction(view):

        async def sensitive_post_parameters_wrapper(request, *view_args, **view_kwargs):
            _mark_request(request, names)
            return await view(request, *view_args, **view_kwargs)

    else:

        def sensitive_post_parameters_wrapper(request, *view_args, **view_kwargs):
            _mark_request(request, names)
            return view(request, *view_args, **view_kwargs)

    return wraps(view)(sensitive_post_parameters_wrapper)


def sensitive_post_parameters(*parameters):
    """Hide the named POST parameters (all of them when none is named) of the decorated view's
    request in error reports: the view's request gets `sensitive_post_parameters`."""
    names = _names_given("sensitive_post_parameters", parameters)
    return lambda view: _marking_post(names, view)


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
