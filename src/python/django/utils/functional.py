"""Lazy values and cached attributes, the helpers the rest of Django is built on.

- `cached_property`: a method computed once per instance, then kept in the instance's __dict__.
- `lazy(func, *resultclasses)`: a function whose calls are evaluated only when their result is
  used (as a str, compared, added to...), and again each time; `reverse_lazy` is one.
- `LazyObject` / `SimpleLazyObject`: a stand-in that builds the real object on first use
  (`django.conf.settings` is a LazyObject).

A LazyObject forwards Python's special methods (`len()`, `==`, `str()`, `in`...) to the object it
wraps. Django does that with a `__getattribute__` that every attribute access pays for; here each
special method is a descriptor on the class, so an ordinary attribute (a setting read from the
instance's __dict__) costs what any attribute costs, and `type(lazy)` never sets anything up.
One consequence: `hasattr(lazy, "__len__")` is true even when the wrapped object has no length
(Django says false); `len(lazy)` raises the same TypeError either way.
"""

import copy
import functools
import itertools
import operator


class cached_property:
    """Turn a method taking only `self` into an attribute computed on first access.

    The value goes into the instance's __dict__ under the attribute's name, where later lookups
    find it before this (non-data) descriptor: `del obj.name` makes the next access compute it
    again. `url = cached_property(get_absolute_url)` makes one from an existing method.
    """

    name = None

    def __init__(self, func):
        self.real_func = func
        self.__doc__ = func.__doc__

    def __set_name__(self, owner, name):
        if self.name not in (None, name):
            message = "Cannot assign the same cached_property to two different names (%r and %r)."
            raise TypeError(message % (self.name, name))
        self.name, self.func = name, self.real_func

    def __get__(self, instance, cls=None):
        if instance is None:
            return self  # looked up on the class: the descriptor itself
        if self.name is None:
            raise TypeError("Cannot use cached_property instance without calling __set_name__() on it.")
        instance.__dict__[self.name] = computed = self.func(instance)
        return computed


class classproperty:
    """A read-only property of the class itself (`Model.objects` style), given `cls`."""

    def __init__(self, method=None):
        self.fget = method

    def __get__(self, instance, cls=None):
        return self.fget(cls)

    def getter(self, method):
        """Use `method` from now on (this classproperty changes, and is returned)."""
        self.fget = method
        return self


# ---- lazy(): a call evaluated when its result is used ---------------------------------------


class Promise:
    """What every lazy value is an instance of, so code can tell one from a plain value."""


class _LazyCall(Promise):
    """One call of a lazy() function. Each subclass (one per lazy()) holds the function and the
    result classes; the call itself is made again every time the value is needed."""

    _function = None
    _resultclasses = ()

    def __init__(self, args, kw):
        self._call_args, self._call_kw = args, kw

    def _evaluate(self):
        return self._function(*self._call_args, **self._call_kw)

    def __reduce__(self):
        return _lazy_proxy_unpickle, (self._function, self._call_args, self._call_kw, *self._resultclasses)

    def __deepcopy__(self, memo):
        memo[id(self)] = self  # a call's arguments are its whole state: copies can share it
        return self

    def __repr__(self):
        return repr(self._evaluate())

    def __str__(self):
        return str(self._evaluate())

    def __hash__(self):
        return hash(self._evaluate())

    def __format__(self, format_spec):
        return format(self._evaluate(), format_spec)


def _against_value(operation):
    """A comparison of the evaluated call with `other` (evaluated too when it is lazy)."""

    def compare(self, other):
        if isinstance(other, _LazyCall):
            other = other._evaluate()
        return operation(self._evaluate(), other)

    return compare


def _with_operand(operation, reflected=False):
    """A binary operator on the evaluated call; `reflected` puts the call on the right."""
    if reflected:
        return lambda self, other: operation(other, self._evaluate())
    return lambda self, other: operation(self._evaluate(), other)


# Methods every lazy value has, whatever its result classes: comparisons evaluate both sides,
# and + % * work before a result class's own methods would (str has no __radd__, for one).
_OWN_METHODS = {
    **{
        f"__{name}__": _against_value(getattr(operator, name))
        for name in ("eq", "ne", "lt", "le", "gt", "ge")
    },
    "__add__": _with_operand(operator.add),
    "__radd__": _with_operand(operator.add, reflected=True),
    "__mod__": _with_operand(operator.mod),
    "__mul__": _with_operand(operator.mul),
}
for _name, _method in _OWN_METHODS.items():
    setattr(_LazyCall, _name, _method)


@functools.cache
def _forwarder(name):
    """The method `name` of a lazy value: evaluate the call, then use the result's own `name`."""

    def forward(self, *args, **kw):
        return getattr(self._evaluate(), name)(*args, **kw)

    forward.__name__ = name
    return forward


@functools.lru_cache(maxsize=64)
def _forwarded_methods(resultclasses):
    """{name: forwarder} for every attribute of the result classes a lazy value lacks."""
    names = {name for cls in resultclasses for klass in cls.__mro__ for name in vars(klass)}
    return {name: _forwarder(name) for name in sorted(names) if not hasattr(_LazyCall, name)}


def lazy(func, *resultclasses):
    """Turn `func` into a function whose calls are evaluated when their result is used.

    The result behaves as a value of `resultclasses` (str, int...): their methods are
    available on it, and each use calls `func` again (nothing is memoised).
    """
    namespace = {
        "__module__": __name__,
        "__qualname__": "lazy.<locals>.__proxy__",
        "_function": staticmethod(func),
        "_resultclasses": resultclasses,
        **_forwarded_methods(resultclasses),
    }
    proxy_class = type("__proxy__", (_LazyCall,), namespace)

    def lazy_function(*args, **kw):
        return proxy_class(args, kw)

    return functools.wraps(func)(lazy_function)


def _lazy_proxy_unpickle(func, args, kwargs, *resultclasses):
    """A lazy call rebuilt from its pickle (see _LazyCall.__reduce__)."""
    rebuilt = lazy(func, *resultclasses)
    return rebuilt(*args, **kwargs)


_lazy_str = lazy(str, str)


def lazystr(text):
    """A lazy str of `text` (evaluated by str() when used)."""
    return _lazy_str(text)


def _has_promise(values):
    return any(isinstance(value, Promise) for value in values)


def keep_lazy(*resultclasses):
    """Decorate a function so that it stays lazy when any argument is: called with a lazy
    argument it returns a lazy value of `resultclasses`; otherwise it runs at once."""
    if not resultclasses:
        raise TypeError("You must pass at least one argument to keep_lazy().")
    return functools.partial(_lazy_when_given_lazy, resultclasses=resultclasses)


def _lazy_when_given_lazy(func, resultclasses):
    deferred = lazy(func, *resultclasses)

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        given_lazy = _has_promise(itertools.chain(args, kwargs.values()))
        return (deferred if given_lazy else func)(*args, **kwargs)

    return wrapper


def keep_lazy_text(func):
    """keep_lazy(str): for functions that take text and return text."""
    return _lazy_when_given_lazy(func, (str,))


# ---- LazyObject: an object built on first use ---------------------------------------------

# What a LazyObject wraps before it is set up.
empty = object()


def _wrapped_object(lazy_object):
    """The object a LazyObject stands for, set up first if it has not been."""
    if lazy_object._wrapped is empty:
        lazy_object._setup()
    return lazy_object._wrapped


def new_method_proxy(func):
    """A method that applies `func` to the wrapped object (set up first if need be)."""

    def method(self, *args):
        return func(_wrapped_object(self), *args)

    return method


class _ToWrapped:
    """A special method of LazyObject: `operation` applied to the wrapped object.

    Python looks special methods up on the type and calls what the descriptor gives, so this
    runs for `len(lazy)` or `lazy == x` alike, and nothing else about the instance is touched.
    """

    __slots__ = ("apply",)

    def __init__(self, operation):
        self.apply = operation

    def __get__(self, instance, owner=None):
        return self if instance is None else functools.partial(self.apply, _wrapped_object(instance))


def _swapped_add(wrapped, other):
    return other + wrapped


class LazyObject:
    """A stand-in for an object that is built on first use, by the subclass's `_setup()`
    (which sets `self._wrapped`). Attribute reads, writes and deletes go to that object, and
    so do the special methods below; `__class__` answers with its class, so isinstance()
    sees it too. Use SimpleLazyObject when a function can build the object."""

    # A class attribute, so `self._wrapped` never recurses into __getattr__ (not even while
    # __init__ runs under a tracer, or before it runs at all).
    _wrapped = None

    def __init__(self):
        self._wrapped = empty

    def __getattr__(self, name):
        return getattr(_wrapped_object(self), name)

    def __setattr__(self, name, value):
        if name != "_wrapped":
            return setattr(_wrapped_object(self), name, value)
        self.__dict__[name] = value  # the one attribute that is the stand-in's own

    def __delattr__(self, name):
        if name != "_wrapped":
            return delattr(_wrapped_object(self), name)
        raise TypeError("can't delete _wrapped.")

    def _setup(self):
        """Build the wrapped object and assign it to self._wrapped."""
        raise NotImplementedError("subclasses of LazyObject must provide a _setup() method")

    # Pickling a LazyObject pickles the object it stands for (set up first); unpickling gives
    # that object back, not a new stand-in.
    def __reduce__(self):
        return unpickle_lazyobject, (_wrapped_object(self),)

    # Copies: of the stand-in while it is not set up, of the wrapped object once it is.
    def __copy__(self):
        built = self._wrapped
        return self._fresh_stand_in() if built is empty else copy.copy(built)

    def __deepcopy__(self, memo):
        built = self._wrapped
        if built is not empty:
            return copy.deepcopy(built, memo)
        memo[id(self)] = stand_in = self._fresh_stand_in()
        return stand_in

    def _fresh_stand_in(self):
        # type(self), not the proxied self.__class__. A subclass with its own __init__
        # arguments overrides this.
        return type(self)()

    __class__ = property(lambda self: _wrapped_object(self).__class__)

    __bytes__ = _ToWrapped(bytes)
    __str__ = _ToWrapped(str)
    __bool__ = _ToWrapped(bool)
    __dir__ = _ToWrapped(dir)
    __hash__ = _ToWrapped(hash)
    __eq__ = _ToWrapped(operator.eq)
    __ne__ = _ToWrapped(operator.ne)
    __lt__ = _ToWrapped(operator.lt)
    __gt__ = _ToWrapped(operator.gt)
    __getitem__ = _ToWrapped(operator.getitem)
    __setitem__ = _ToWrapped(operator.setitem)
    __delitem__ = _ToWrapped(operator.delitem)
    __iter__ = _ToWrapped(iter)
    __len__ = _ToWrapped(len)
    __contains__ = _ToWrapped(operator.contains)


def unpickle_lazyobject(wrapped):
    """What an unpickled LazyObject becomes: the object it wrapped."""
    return wrapped


class SimpleLazyObject(LazyObject):
    """A LazyObject built by calling `func` (with no arguments) on first use.

    Copies of one that is not set up yet call `func` again when they are used, so `func` must
    be safe to call more than once and give the same value.
    """

    def __init__(self, func):
        self.__dict__.update(_builder=func, _wrapped=empty)

    def _setup(self):
        self._wrapped = self._builder()

    def __repr__(self):
        # Shown without setting anything up: the function while the object is not built yet.
        shown = self._builder if self._wrapped is empty else self._wrapped
        return f"<{type(self).__name__}: {shown!r}>"

    def _fresh_stand_in(self):
        return SimpleLazyObject(self._builder)

    __add__ = _ToWrapped(operator.add)
    __radd__ = _ToWrapped(_swapped_add)


def partition(predicate, values):
    """Split `values` in two lists by `predicate`: (those it is false for, those it is true for).

    partition(lambda x: x > 3, range(5)) == ([0, 1, 2, 3], [4])
    """
    verdicts = [(bool(predicate(item)), item) for item in values]
    return [item for true, item in verdicts if not true], [item for true, item in verdicts if true]
