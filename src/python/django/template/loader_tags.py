"""The built-in {% block %}, {% extends %} and {% include %}: a builtin library of every Engine.

Its tags come with the course's template engine; the library exists now so that building an
Engine goes as in Django."""

from .library import Library

register = Library()
