"""The form renderers FORM_RENDERER names: which template engine renders a form's templates.

- DjangoTemplates (the default) and Jinja2: an engine of their own, whose templates are the
  forms app's and those of every installed app (APP_DIRS);
- TemplatesSetting: the project's TEMPLATES, so a project can override the forms' templates.

get_default_renderer() makes FORM_RENDERER's renderer once per process."""

from functools import cached_property
from pathlib import Path

from django._process import forgotten_by_new_process
from django.conf import settings
from django.template import loader
from django.utils.module_loading import import_string

#: The folder holding the forms' own templates, beside this module (for DjangoTemplates' engine).
_FORMS_FOLDER = Path(__file__).parent


class BaseRenderer:
    """Which templates render forms, formsets and fields, and how a template is rendered."""

    form_template_name = "django/forms/div.html"
    formset_template_name = "django/forms/formsets/div.html"
    field_template_name = "django/forms/field.html"
    bound_field_class = None

    def get_template(self, template_name):
        raise NotImplementedError("subclasses must implement get_template()")

    def render(self, template_name, context, request=None):
        rendered = self.get_template(template_name).render(context, request=request)
        return rendered.strip()


class EngineMixin:
    """A renderer with a template engine of its own, built on first use from `backend`."""

    def get_template(self, template_name):
        return self.engine.get_template(template_name)

    @cached_property
    def engine(self):
        backend = self.backend
        folder = _FORMS_FOLDER / backend.app_dirname
        return backend({"APP_DIRS": True, "DIRS": [folder], "NAME": "djangoforms", "OPTIONS": {}})


class DjangoTemplates(EngineMixin, BaseRenderer):
    """Forms rendered by a Django template engine of their own."""

    @cached_property
    def backend(self):
        from django.template.backends.django import DjangoTemplates as backend

        return backend


class Jinja2(EngineMixin, BaseRenderer):
    """Forms rendered by a Jinja2 engine of their own (Jinja2 must be installed)."""

    @cached_property
    def backend(self):
        from django.template.backends.jinja2 import Jinja2 as backend

        return backend


class TemplatesSetting(BaseRenderer):
    """Forms rendered with the project's TEMPLATES, as any template is."""

    def get_template(self, template_name):
        return loader.get_template(template_name)


_made = {}


def get_default_renderer():
    """An instance of the renderer FORM_RENDERER names, the same one for the whole process."""
    if "renderer" not in _made:
        _made["renderer"] = import_string(settings.FORM_RENDERER)()
    return _made["renderer"]


@forgotten_by_new_process
def _forget_renderer():
    _made.clear()
