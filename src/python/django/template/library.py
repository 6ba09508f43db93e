"""Template tag libraries: what a templatetags module builds with `register = Library()`.

A Library records tags (name -> compile function) and filters (name -> function). The helper
tags (simple_tag, simple_block_tag, inclusion_tag) register a compile function that carries a
`HelperTag` describing the Python function behind it, for the template engine to build nodes
from (HelperTagNode).
"""

import functools
from dataclasses import dataclass
from importlib import import_module
from inspect import getfullargspec, unwrap

from .base import Node, token_kwargs
from .exceptions import TemplateSyntaxError


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
    """The compile function of a simple_tag, simple_block_tag or inclusion_tag."""
    @functools.wraps(helper.function)
    def compile_helper_tag(parser, token):
        words = token.split_contents()
        tag_name, words = words[0], words[1:]
        target = None
        if helper.kind != "inclusion_tag" and words[-2:-1] == ["as"]:
            words, target = words[:-2], words[-1]
        args, kwargs = _arguments(helper, parser, words, tag_name)
        nodelist = None
        if helper.kind == "simple_block_tag":
            nodelist = parser.parse([helper.end_name])
            parser.delete_first_token()
        return HelperTagNode(helper, args, kwargs, target, nodelist)

    compile_helper_tag.helper_tag = helper
    return compile_helper_tag


def _expected_params(helper, name):
    """The parameters a tag's words fill: those after `context` (takes_context) and
    `content` (simple_block_tag), which the tag gives itself."""
    params = list(helper.params)
    given_by_tag = (["context"] if helper.takes_context else []) + (["content"] if helper.kind == "simple_block_tag" else [])
    if params[: len(given_by_tag)] != given_by_tag:
        raise TemplateSyntaxError(_MISSING_FIRST[(helper.kind == "simple_block_tag", bool(helper.takes_context))] % name)
    return params[len(given_by_tag):]


# What a function lacking the arguments the tag passes first is told, by (block tag?, takes_context?).
_MISSING_FIRST = {
    (False, True): "'%s' is decorated with takes_context=True so it must have a first argument of 'context'",
    (True, True): "%r is decorated with takes_context=True so it must have a first argument of 'context' and a "
                  "second argument of 'content'",
    (True, False): "'%s' must have a first argument of 'content'",
}


def _arguments(helper, parser, words, name):
    """([positional FilterExpression], {keyword: FilterExpression}) from a helper tag's words,
    refused as Django refuses them."""
    params = _expected_params(helper, name)
    kwonly = list(helper.kwonly or ())
    positional, keywords = [], {}
    waiting = list(params)
    waiting_kwonly = [key for key in kwonly if key not in (helper.kwonly_defaults or {})]
    for word in words:
        keyword = token_kwargs([word], parser)
        if not keyword:
            if keywords:
                raise TemplateSyntaxError("'%s' received some positional argument(s) after some keyword argument(s)" % name)
            positional.append(parser.compile_filter(word))
            if waiting:
                waiting.pop(0)
            elif helper.varargs is None:
                raise TemplateSyntaxError("'%s' received too many positional arguments" % name)
            continue
        (key, value), = keyword.items()
        if key not in params and key not in kwonly and helper.varkw is None:
            raise TemplateSyntaxError("'%s' received unexpected keyword argument '%s'" % (name, key))
        if key in keywords:
            raise TemplateSyntaxError("'%s' received multiple values for keyword argument '%s'" % (name, key))
        keywords[str(key)] = value
        for pending in (waiting, waiting_kwonly):
            if key in pending:
                pending.remove(key)
    if helper.defaults:  # the last parameters have defaults: they need no word
        waiting = waiting[: -len(helper.defaults)]
    missing = waiting + waiting_kwonly
    if missing:
        raise TemplateSyntaxError("'%s' did not receive value(s) for the argument(s): %s"
                                  % (name, ", ".join("'%s'" % param for param in missing)))
    return positional, keywords


class HelperTagNode(Node):
    """The node of a simple_tag, simple_block_tag or inclusion_tag."""

    def __init__(self, helper, args, kwargs, target_var, nodelist):
        vars(self).update(helper=helper, func=helper.function, takes_context=helper.takes_context, args=args,
                          kwargs=kwargs, target_var=target_var, nodelist=nodelist)

    def get_resolved_arguments(self, context):
        given = [context] if self.takes_context else []
        if self.nodelist is not None:
            given.append(self.nodelist.render(context))
        given += [expression.resolve(context) for expression in self.args]
        return given, {key: expression.resolve(context) for key, expression in self.kwargs.items()}

    def render(self, context):
        args, kwargs = self.get_resolved_arguments(context)
        output = self.func(*args, **kwargs)
        if self.helper.kind == "inclusion_tag":
            return self._included(context, output)
        if self.target_var is not None:
            context[self.target_var] = output
            return ""
        from django.utils.html import conditional_escape

        return conditional_escape(output) if context.autoescape else output

    def _included(self, context, values):
        found = context.render_context.get(self)
        if found is None:
            filename = self.helper.filename
            engine = context.template.engine
            if hasattr(filename, "render"):
                found = getattr(filename, "template", filename)
            elif isinstance(filename, str):
                found = engine.get_template(filename)
            else:
                found = engine.select_template(filename)
            context.render_context[self] = found
        inner = context.new(values)
        token = context.get("csrf_token")
        if token is not None:
            inner["csrf_token"] = token
        return found.render(inner)


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
