"""The TemplateStrings backend: templates in string.Template's syntax ($name), read from the
template folders (`template_strings` in each app with APP_DIRS). It takes no OPTIONS."""

import os
import string
from html import escape

from django.core.exceptions import ImproperlyConfigured
from django.template.base import Origin
from django.template.exceptions import TemplateDoesNotExist

from .base import BaseEngine, split_options
from .utils import request_context


class TemplateStrings(BaseEngine):
    app_dirname = "template_strings"

    def __init__(self, params):
        entry, options = split_options(params)
        if options:
            raise ImproperlyConfigured("Unknown options: {}".format(", ".join(options)))
        super().__init__(entry)

    def from_string(self, template_code):
        return Template(template_code)

    def get_template(self, template_name):
        looked_at = []
        for path in self.iter_template_filenames(template_name):
            if os.path.exists(path):
                with open(path, encoding="utf-8") as source:
                    return Template(source.read())
            looked_at.append((Origin(path, template_name, self), "Source does not exist"))
        raise TemplateDoesNotExist(template_name, tried=looked_at, backend=self)


def _escaped(value):
    """What a value shows as in HTML: its own __html__() if it has one, else escaped text."""
    return value.__html__() if hasattr(value, "__html__") else escape(str(value))


class Template(string.Template):
    def render(self, context=None, request=None):
        values = {name: _escaped(value) for name, value in (context or {}).items()}
        return self.safe_substitute({**values, **request_context(request)})
