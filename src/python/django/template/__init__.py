"""The template system: the engines TEMPLATES configures (`engines`), the Django template
language's Engine, template tag libraries (Library), and finding templates (loader).

Django's template language is not rendered yet: templates are found, their source read, and
every tag library a project configures or installs is imported, as Django does when it builds
the engines (the template checks build them). Rendering comes with the template engine.
"""

from django._process import forgotten_by_new_process

from .base import Origin, Template
from .engine import Engine
from .exceptions import TemplateDoesNotExist, TemplateSyntaxError
from .library import Library
from .utils import EngineHandler

engines = EngineHandler()


@forgotten_by_new_process
def _forget_engines():
    """The engines a process built from its TEMPLATES, and the default Engine among them."""
    engines.reset()
    from .engine import _default_engine

    _default_engine.cache_clear()


__all__ = ("Engine", "engines", "Library", "Origin", "Template", "TemplateDoesNotExist", "TemplateSyntaxError")
