"""The built-in filters (|date, |default, |escape, |length...): a builtin library of every
Engine, so it is imported whenever an Engine is built.

Its filters come with the course's template engine; the library exists now so that building
an Engine goes as in Django."""

from .library import Library

register = Library()
