"""The built-in tags ({% if %}, {% for %}, {% url %}, {% csrf_token %}...): a builtin library
of every Engine, so it is imported whenever an Engine is built.

Its tags come with the course's template engine; the library exists now so that building an
Engine goes as in Django."""

from .library import Library

register = Library()
