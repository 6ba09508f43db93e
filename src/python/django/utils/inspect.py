"""What a function's signature accepts (django.utils.inspect), as Django's checks ask it: does a
check take **kwargs, does a view take the arguments a URL passes..."""

import inspect

_Parameter = inspect.Parameter

ARG_KINDS = frozenset({_Parameter.POSITIONAL_ONLY, _Parameter.KEYWORD_ONLY, _Parameter.POSITIONAL_OR_KEYWORD})


def _parameters(func):
    """The parameters a caller fills: for a bound method, without its first (self or cls)."""
    if inspect.ismethod(func):
        return tuple(inspect.signature(func.__func__).parameters.values())[1:]
    return tuple(inspect.signature(func).parameters.values())


def _has_kind(func, kind):
    return any(parameter.kind == kind for parameter in _parameters(func))


def get_func_args(func):
    """The names of the parameters that are not *args or **kwargs."""
    return [parameter.name for parameter in _parameters(func) if parameter.kind in ARG_KINDS]


def get_func_full_args(func):
    """(name,) or (name, default) for every parameter but 'self', *args and **kwargs named
    '*args' and '**kwargs'."""
    prefixes = {_Parameter.VAR_POSITIONAL: "*", _Parameter.VAR_KEYWORD: "**"}
    described = []
    for parameter in _parameters(func):
        if parameter.name == "self":
            continue
        name = prefixes.get(parameter.kind, "") + parameter.name
        has_default = parameter.default is not _Parameter.empty
        described.append((name, parameter.default) if has_default else (name,))
    return described


def func_accepts_kwargs(func):
    """Whether `func` takes **kwargs."""
    return _has_kind(func, _Parameter.VAR_KEYWORD)


def func_accepts_var_args(func):
    """Whether `func` takes *args."""
    return _has_kind(func, _Parameter.VAR_POSITIONAL)


def method_has_no_args(meth):
    """Whether a method takes nothing but self."""
    named = sum(1 for parameter in _parameters(meth) if parameter.kind in ARG_KINDS)
    return named == (0 if inspect.ismethod(meth) else 1)


def func_supports_parameter(func, name):
    """Whether `func` has a parameter called `name`."""
    return any(parameter.name == name for parameter in _parameters(func))


def is_module_level_function(func):
    """Whether `func` is a plain function defined at the top of a module (not nested, not builtin)."""
    if not inspect.isfunction(func) or inspect.isbuiltin(func):
        return False
    return "<locals>" not in func.__qualname__
