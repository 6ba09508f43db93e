"""Text known to be safe for HTML: what `mark_safe()` returns and autoescaping leaves alone.

A SafeString is a str that remembers it needs no escaping; joining two safe strings keeps the
mark, anything else added to one is a plain str again. Objects with `__html__()` (the
convention shared with Jinja2 and MarkupSafe) count as safe too.
"""

from functools import wraps

from django.utils.functional import Promise, keep_lazy


class SafeData:
    """Marks a value as safe HTML: autoescaping leaves it as it is."""


    def __html__(self):
        """The object itself: it is already HTML (the __html__ protocol)."""
        return self


class SafeString(str, SafeData):

    def __add__(self, other):
        joined = str.__add__(self, other)
        return SafeString(joined) if isinstance(other, SafeData) else joined

    def __str__(self):
        return self


SafeText = SafeString  # the name of Django before 2.0, still importable


def _marked_function(func):
    @wraps(func)
    def returns_safe(*args, **kwargs):
        return mark_safe(func(*args, **kwargs))

    return returns_safe


@keep_lazy(SafeString)
def mark_safe(s):
    """`s` marked as safe HTML (a function: one whose results are marked)."""
    already_html = getattr(s, "__html__", None) is not None
    if already_html:
        return s
    if callable(s) and not isinstance(s, (str, Promise)):
        return _marked_function(s)
    return SafeString(str(s) if not isinstance(s, str) else s)
