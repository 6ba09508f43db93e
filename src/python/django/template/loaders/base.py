"""What every template loader does: try each place a template may be, in order, and say
where it looked when none had it."""

import contextlib

from django.template.base import Template
from django.template.exceptions import TemplateDoesNotExist

# Why an origin was passed over, as TemplateDoesNotExist.tried reports it.
NOT_THERE = "Source does not exist"
SKIPPED = "Skipped to avoid recursion"


class Loader:
    def __init__(self, engine):
        self.engine = engine

    def get_template(self, template_name, skip=None):
        """The template from the first of get_template_sources() that has it; origins in
        `skip` (those an {% extends %} chain already went through) are passed over."""
        passed_over = []
        for origin in self.get_template_sources(template_name):
            if skip and origin in skip:
                passed_over.append((origin, SKIPPED))
            elif (source := self._source_of(origin)) is None:
                passed_over.append((origin, NOT_THERE))
            else:
                return Template(source, origin, origin.template_name, self.engine)
        raise TemplateDoesNotExist(template_name, tried=passed_over)

    def _source_of(self, origin):
        with contextlib.suppress(TemplateDoesNotExist):
            return self.get_contents(origin)
        return None

    def get_template_sources(self, template_name):
        """The origins where `template_name` may be, in the order they are tried."""
        raise NotImplementedError("subclasses of Loader must provide a get_template_sources() method")

    def reset(self):
        """Forget what the loader keeps between calls (only caching loaders keep anything)."""
