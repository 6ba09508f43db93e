"""Templates from a dict of {name: source} (tests use it)."""

from django.template.base import Origin
from django.template.exceptions import TemplateDoesNotExist

from .base import Loader as BaseLoader


class Loader(BaseLoader):
    def __init__(self, engine, templates_dict):
        super().__init__(engine)
        self.templates_dict = templates_dict

    def get_contents(self, origin):
        source = self.templates_dict.get(origin.name)
        if source is None:
            raise TemplateDoesNotExist(origin)
        return source

    def get_template_sources(self, template_name):
        yield Origin(name=template_name, template_name=template_name, loader=self)
