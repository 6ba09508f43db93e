"""What a template is rendered in: a Context, a stack of dicts looked up from the top
(`{% with %}`, `{% for %}` and blocks push one and pop it again), with the rendering's own
state beside it (`render_context`). A RequestContext adds what the engine's context
processors give for the request while a template is rendered with it.

The stack is `dicts`, bottom first; its first dict always holds True, False and None.
"""

from contextlib import contextmanager
from copy import copy

_ABSENT = object()


class ContextPopException(Exception):
    "pop() has been called more times than push()"


class ContextDict(dict):
    """A dict pushed onto a context; as a context manager, popped again on leaving."""

    def __init__(self, context, *args, **kwargs):
        dict.__init__(self, *args, **kwargs)
        vars(self)["context"] = context
        context.dicts += [self]

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self.context.pop()


class BaseContext:
    def __init__(self, dict_=None):
        BaseContext._reset_dicts(self, dict_)

    def _reset_dicts(self, value=None):
        self.dicts = [{"True": True, "False": False, "None": None}] + ([] if value is None else [value])

    # -- the stack, seen from the top -----------------------------------------------------------

    def _layer_with(self, key):
        """The topmost dict that has `key`, or None."""
        return next((layer for layer in self.dicts[::-1] if key in layer), None)

    def _lookup(self, key, otherwise=_ABSENT):
        layer = self._layer_with(key)
        if layer is None and otherwise is _ABSENT:
            raise KeyError(key)
        return otherwise if layer is None else layer[key]

    def __copy__(self):
        twin = object.__new__(type(self))
        vars(twin).update(vars(self), dicts=list(self.dicts))
        return twin

    def __repr__(self):
        return "%r" % (self.dicts,)

    def __iter__(self):
        return iter(self.dicts[::-1])

    def push(self, *args, **kwargs):
        """A new top dict (of dict(*args, **kwargs)); `with context.push(...):` pops it after."""
        flat = [arg.flatten() if isinstance(arg, BaseContext) else arg for arg in args]
        return ContextDict(self, *flat, **kwargs)

    def pop(self):
        if len(self.dicts) < 2:  # the builtins stay
            raise ContextPopException()
        return self.dicts.pop(-1)

    def __setitem__(self, key, value):
        top = self.dicts[-1]
        top[key] = value

    def set_upward(self, key, value):
        """Set `key` in the topmost dict that has it (the top one when none has)."""
        layer = self._layer_with(key)
        (self.dicts[-1] if layer is None else layer)[key] = value

    def __getitem__(self, key):
        return self._lookup(key)

    def __delitem__(self, key):
        top = self.dicts[-1]
        del top[key]

    def __contains__(self, key):
        return self._layer_with(key) is not None

    def get(self, key, otherwise=None):
        return self._lookup(key, otherwise)

    def setdefault(self, key, default=None):
        layer = self._layer_with(key)
        if layer is None:
            self.dicts[-1][key] = layer_value = default
            return layer_value
        return layer[key]

    def new(self, values=None):
        """A context like this one (same settings, same render state) holding only `values`."""
        fresh = copy(self)
        fresh._reset_dicts(values)
        return fresh

    def flatten(self):
        """One dict of everything visible (a key's topmost value)."""
        return {key: value for layer in self.dicts for key, value in layer.items()}

    def __eq__(self, other):
        return self.flatten() == other.flatten() if isinstance(other, BaseContext) else NotImplemented

    __hash__ = None


class Context(BaseContext):
    """A template context: variables, and whether to autoescape, localize and convert times."""

    def __init__(self, dict_=None, autoescape=True, use_l10n=None, use_tz=None):
        vars(self).update(autoescape=autoescape, use_l10n=use_l10n, use_tz=use_tz, template_name="unknown",
                          render_context=RenderContext(), template=None)
        BaseContext.__init__(self, dict_)

    def _bind(self, template):
        if self.template is None:
            vars(self)["template"] = template
        else:
            raise RuntimeError("Context is already bound to a template")

    @contextmanager
    def bind_template(self, template):
        self._bind(template)
        try:
            yield
        finally:
            vars(self)["template"] = None

    def __copy__(self):
        twin = BaseContext.__copy__(self)
        twin.render_context = self.render_context.__copy__()
        return twin

    def update(self, other_dict):
        """Push `other_dict` (a mapping) as the new top dict; returns it, as push() does."""
        if isinstance(other_dict, BaseContext):  # its top dict (none: its builtins only)
            other_dict = other_dict.dicts[-1] if len(other_dict.dicts) > 1 else {}
        elif not hasattr(other_dict, "__getitem__"):
            raise TypeError("other_dict must be a mapping (dictionary-like) object.")
        return _pushed(self, other_dict)


class RenderContext(BaseContext):
    """State of one rendering that tags keep (cycles, {% ifchanged %}, blocks being
    overridden). Unlike a Context, a lookup sees only the top dict: each template rendered
    gets its own (an included template does not see its includer's cycles)."""

    template = None

    def _layer_with(self, key):
        top = self.dicts[-1]
        return top if key in top else None

    def __iter__(self):
        return iter(list(self.dicts[-1]))

    @contextmanager
    def push_state(self, template, isolated_context=True):
        """Render `template` with its own state (unless `isolated_context` is false: an
        {% extends %} parent shares its child's)."""
        outer_template, self.template = self.template, template
        own_state = self.push() if isolated_context else None
        try:
            yield
        finally:
            self.template = outer_template
            if own_state is not None:
                self.pop()


class RequestContext(Context):
    """A Context for rendering with a request: while bound to a template, it holds what the
    engine's context processors (and `processors`) return for the request, below the
    variables pushed onto it."""

    def __init__(self, request, dict_=None, processors=None, use_l10n=None, use_tz=None, autoescape=True):
        Context.__init__(self, dict_, autoescape=autoescape, use_l10n=use_l10n, use_tz=use_tz)
        # The processors' variables go in the first of two dicts pushed now; what is set on
        # the context goes above them.
        vars(self).update(request=request, _processors=tuple(processors or ()), _processors_index=len(self.dicts))
        self.dicts.extend(({}, {}))

    def _processed(self, template):
        provided = {}
        for processor in template.engine.template_context_processors + self._processors:
            variables = processor(self.request)
            try:
                provided.update(variables)
            except TypeError as not_a_dict:
                raise TypeError(f"Context processor {processor.__qualname__} didn't return a dictionary.") from not_a_dict
        return provided

    @contextmanager
    def bind_template(self, template):
        self._bind(template)
        slot = self._processors_index
        self.dicts[slot] = self._processed(template)
        try:
            yield
        finally:
            self.template, self.dicts[slot] = None, {}

    def new(self, values=None):
        fresh = Context.new(self, values)
        # The new context's dicts no longer have the processors' place.
        vars(fresh).pop("_processors_index", None)
        return fresh


def _pushed(context, mapping):
    return ContextDict(context, mapping)


def make_context(context, request=None, **kwargs):
    """A Context (a RequestContext with a request) from a dict (or None) of variables."""
    if not isinstance(context, (dict, type(None))):
        raise TypeError("context must be a dict rather than %s." % context.__class__.__name__)
    made = Context(context, **kwargs) if request is None else RequestContext(request, **kwargs)
    if request is not None and context:
        made.push(context)
    return made
