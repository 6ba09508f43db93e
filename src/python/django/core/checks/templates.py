"""The template checks: every TEMPLATES engine is built, then asked for its own messages
(DjangoTemplates: templates.E002 and templates.W003).

Building them is most of it: an entry Django cannot build (a BACKEND that does not import, an
unknown key or OPTIONS key, DIRS that is not a list, a template tag module that fails to
import) ends the check run with that exception, as in Django.
"""

from . import Tags, register


@register(Tags.templates)
def check_templates(app_configs, **kwargs):
    """Check all registered template engines."""
    from django.template import engines

    built = engines.all()  # all of them first: one that cannot be built stops the run
    return [message for engine in built for message in engine.check()]
