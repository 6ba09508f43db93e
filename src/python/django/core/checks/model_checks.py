"""Model checks (field clashes, table names, lazy references...). The mini Django has no
models, so these find nothing; they are registered so that the `models` tag exists as in
Django."""

from . import Tags, register


@register(Tags.models)
def check_all_models(app_configs=None, **kwargs):
    return []


@register(Tags.models)
def check_lazy_references(app_configs=None, **kwargs):
    return []
