"""The exceptions of the template system: a template that cannot be found, or cannot be parsed."""


class TemplateDoesNotExist(Exception):
    """No loader found the template.

    `tried` lists what was looked at, as (origin, why it did not do) pairs; `backend` is the
    engine that looked; `chain` holds the TemplateDoesNotExist of each engine when several
    were asked (django.template.loader asks them all).
    """

    def __init__(self, msg, tried=None, backend=None, chain=None):
        Exception.__init__(self, msg)
        vars(self).update(tried=tried or [], backend=backend, chain=chain or [])


class TemplateSyntaxError(Exception):
    """The template is not valid template syntax."""
