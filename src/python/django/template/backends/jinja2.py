"""The Jinja2 backend. It imports jinja2 first, so configuring it without Jinja2 installed (as
in the course) fails with ModuleNotFoundError when the engines are built."""

import jinja2

from django.conf import settings
from django.template.base import Origin
from django.template.exceptions import TemplateDoesNotExist, TemplateSyntaxError
from django.utils.functional import cached_property
from django.utils.module_loading import import_string

from .base import BaseEngine, split_options
from .utils import request_context


class Jinja2(BaseEngine):
    app_dirname = "jinja2"

    def __init__(self, params):
        entry, options = split_options(params)
        super().__init__(entry)
        self.context_processors = options.pop("context_processors", [])
        make_environment = import_string(options.pop("environment", "jinja2.Environment"))
        defaults = {
            "autoescape": True,
            "auto_reload": settings.DEBUG,
            "undefined": jinja2.DebugUndefined if settings.DEBUG else jinja2.Undefined,
        }
        if "loader" not in options:
            defaults["loader"] = jinja2.FileSystemLoader(self.template_dirs)
        self.env = make_environment(**{**defaults, **options})

    def from_string(self, template_code):
        return Template(self.env.from_string(template_code), self)

    def get_template(self, template_name):
        try:
            found = self.env.get_template(template_name)
        except jinja2.TemplateNotFound as missing:
            raise TemplateDoesNotExist(missing.name, backend=self) from missing
        except jinja2.TemplateSyntaxError as invalid:
            raise TemplateSyntaxError(invalid.args) from invalid
        return Template(found, self)

    @cached_property
    def template_context_processors(self):
        return list(map(import_string, self.context_processors))


class Template:
    def __init__(self, template, backend):
        self.template, self.backend = template, backend
        self.origin = Origin(name=template.filename, template_name=template.name)

    def render(self, context=None, request=None):
        values = {**(context or {}), **request_context(request)}
        for processor in self.backend.template_context_processors if request is not None else ():
            values.update(processor(request))
        return self.template.render(values)
