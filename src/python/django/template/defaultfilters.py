"""The built-in filters (|date, |default, |escape, |length...): a builtin library of every
Engine, so it is imported whenever an Engine is built.

Most filters come with the course's template engine; the library exists now so that building
an Engine goes as in Django. |slugify is here already: settings files import it to make a
setting from a project's name."""

from functools import wraps

from django.utils import text

from .library import Library

register = Library()


def stringfilter(func):
    """Make a filter's first argument a str before the filter sees it."""

    @wraps(func)
    def with_text(first, *args, **kwargs):
        return func(str(first), *args, **kwargs)

    return with_text


@register.filter(is_safe=True)
@stringfilter
def slugify(value):
    """The value as a slug (django.utils.text.slugify)."""
    return text.slugify(value)
