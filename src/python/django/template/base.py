"""Templates of the Django template language, and where each one came from.

`Origin` names a template's source (a file path, for the file loaders) and the loader that
found it. `Template` holds a template's source. Compiling and rendering it belong to the
template engine, which the course's mini Django does not have yet: `render()` says so.
"""

from dataclasses import dataclass

UNKNOWN_SOURCE = "<unknown source>"


@dataclass(eq=False, repr=False)
class Origin:
    """Where a template comes from: `name` (a path, for the file loaders), the name it was
    asked for, and the loader that found it. Two origins are equal when they have the same
    name and loader (what {% extends %} compares to avoid recursion)."""

    name: str
    template_name: str = None
    loader: object = None

    def __str__(self):
        return self.name

    def __repr__(self):
        return f"<{type(self).__qualname__} name={self.name!r}>"

    def __eq__(self, other):
        return isinstance(other, Origin) and (self.name, self.loader) == (other.name, other.loader)

    @property
    def loader_name(self):
        """The dotted path of the loader's class, or None."""
        if self.loader is not None:
            loader_class = type(self.loader)
            return ".".join((loader_class.__module__, loader_class.__qualname__))
        return None


class Template:
    """A template's source, with its origin, name and engine (the default one when none is
    given, as `Template("...")` in Django)."""

    def __init__(self, template_string, origin=None, name=None, engine=None):
        from .engine import Engine

        vars(self).update(
            source=str(template_string),
            origin=Origin(UNKNOWN_SOURCE) if origin is None else origin,
            name=name,
            engine=Engine.get_default() if engine is None else engine,
        )

    def __repr__(self):
        return f'<{type(self).__qualname__} template_string="{self.source[:20]}...">'

    def render(self, context):
        shown = self.name or self.origin.name
        raise NotImplementedError(f"The course's mini Django does not render Django templates yet ({shown}).")
