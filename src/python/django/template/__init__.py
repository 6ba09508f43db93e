"""The template system: the engines TEMPLATES configures (`engines`), the Django template
language (its Engine, Template, Context, nodes and tag libraries), and finding templates
(loader)."""

from django._process import forgotten_by_new_process

from .base import Node, NodeList, Origin, Template, Variable, VariableDoesNotExist
from .context import Context, ContextPopException, RequestContext
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


__all__ = (
    "Context", "ContextPopException", "Engine", "engines", "Library", "Node", "NodeList", "Origin", "RequestContext",
    "Template", "TemplateDoesNotExist", "TemplateSyntaxError", "Variable", "VariableDoesNotExist",
)
