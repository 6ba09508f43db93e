"""Template tag libraries: what a templatetags module builds with `register = Library()`.

A Library records tags (name -> compile function) and filters (name -> function). The helper
tags (simple_tag, simple_block_tag, inclusion_tag) register a compile function that carries a
`HelperTag` describing the Python function behind it, for the template engine to build nodes
from; until the course's mini Django compiles templates, calling one says so.
"""

import functools
from dataclasses import dataclass
from importlib import import_module
from inspect import getfullargspec, unwrap


class InvalidTemplateLibrary(Exception):
    pass


# The flags a filter may be registered with; each is set on the filter function (and on the
# function it wraps, for decorators such as stringfilter that read them there).
FILTER_FLAGS = ("expects_localtime", "is_safe", "needs_autoescape")


def _call_form(name, function):
    """How Library.tag() or .filter() was called: 'direct' (name and function), 'bare'
    (@register.tag), 'named' (@register.tag("name")), 'decorator' (@register.tag()), or
    'invalid' (a function without a name)."""
    named = name is not None
    if function is None:
        return ("bare" if callable(name) else "named") if named else "decorator"
    return "direct" if named else "invalid"


@dataclass(frozen=True)
class HelperTag:
    """What a simple_tag, simple_block_tag or inclusion_tag is made of."""

    kind: str
    function: object
    params: list
    varargs: object
    varkw: object
    defaults: object
    kwonly: list
    kwonly_defaults: object
    takes_context: object = None
    filename: object = None
    end_name: object = None


class Library:
    """The tags and filters of one template tag library."""

    def __init__(self):
        self.filters, self.tags = {}, {}

    def tag(self, name=None, compile_function=None):
        """Register a tag's compile function: register.tag("name", func), or as a decorator
        (@register.tag, @register.tag(), @register.tag("name"), @register.tag(name="name"))."""
        return self._registration("tag", name, compile_function, self._add_tag, self.tag_function)

    def tag_function(self, func):
        """Register `func` as a tag under its own name."""
        return self._add_tag(func.__name__, func)

    def filter(self, name=None, filter_func=None, **flags):
        """Register a filter, as tag() registers a tag; `flags` (is_safe, needs_autoescape,
        expects_localtime) are set on the function."""

        def add(filter_name, func):
            return self._add_filter(filter_name, func, flags)

        under_own_name = functools.partial(self.filter_function, **flags)
        return self._registration("filter", name, filter_func, add, under_own_name)

    def filter_function(self, func, **flags):
        """Register `func` as a filter under its own name."""
        return self._add_filter(func.__name__, func, flags)

    @staticmethod
    def _registration(kind, name, function, add, under_own_name):
        """What tag() and filter() do, given how they were called (see _call_form)."""
        form = _call_form(name, function)
        if form == "direct":
            return add(name, function)
        if form == "bare":
            return under_own_name(name)
        if form == "named":
            return lambda func: add(name, func)
        if form == "decorator":
            return under_own_name
        raise ValueError(f"Unsupported arguments to Library.{kind}: ({name!r}, {function!r})")

    def _add_tag(self, name, compile_function):
        self.tags[name] = compile_function
        return compile_function

    def _add_filter(self, name, func, flags):
        self.filters[name] = func
        for flag in FILTER_FLAGS:
            if flag in flags:
                for target in (func, unwrap(func)):
                    setattr(target, flag, flags[flag])
        func._filter_name = name
        return func

    def simple_tag(self, func=None, takes_context=None, name=None):
        """@register.simple_tag: a tag whose arguments are passed to `func`, its result shown
        (or stored with `as variable`)."""
        return self._helper("simple_tag", func, name, takes_context=takes_context)

    def simple_block_tag(self, func=None, takes_context=None, name=None, end_name=None):
        """@register.simple_block_tag: like simple_tag, with the rendered block between the
        tag and its end tag (`end<name>` unless given) passed as `content`."""
        return self._helper("simple_block_tag", func, name, takes_context=takes_context, end_name=end_name)

    def inclusion_tag(self, filename, func=None, takes_context=None, name=None):
        """@register.inclusion_tag("template.html"): a tag that renders `filename` with the
        context `func` returns. Always called with the template first, then applied."""
        return self._helper("inclusion_tag", None, name, takes_context=takes_context, filename=filename)

    def _helper(self, kind, func, name, **options):
        def register(function):
            spec = getfullargspec(unwrap(function))  # an uninspectable callable fails here, as in Django
            tag_name = name or function.__name__
            if kind == "simple_block_tag" and options["end_name"] is None:
                options["end_name"] = f"end{tag_name}"
            helper = HelperTag(kind, function, *spec[:6], **options)
            self.tag(tag_name, _helper_compile_function(helper))
            return function

        if func is not None and not callable(func):
            raise ValueError(f"Invalid arguments provided to {kind}")
        return register if func is None else register(func)


def _helper_compile_function(helper):
    @functools.wraps(helper.function)
    def compile_helper_tag(parser, token):
        shown = f"{helper.kind} {helper.function.__name__!r}"
        raise NotImplementedError(f"The course's mini Django does not compile templates yet ({shown}).")

    compile_helper_tag.helper_tag = helper
    return compile_helper_tag


def import_failure(name, error):
    """The InvalidTemplateLibrary for a library module whose import raised `error`."""
    return InvalidTemplateLibrary(
        "Invalid template library specified. ImportError raised when trying to load '%s': %s" % (name, error)
    )


def import_library(name):
    """The Library of the template tag module `name` (its `register`)."""
    try:
        library_module = import_module(name)
    except ImportError as failure:
        raise import_failure(name, failure)  # without the ImportError as its cause, as in Django
    library = getattr(library_module, "register", _MISSING)
    if library is _MISSING:
        raise InvalidTemplateLibrary("Module %s does not have a variable named 'register'" % name)
    return library


_MISSING = object()
