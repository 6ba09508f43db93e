"""Finding a template through the configured engines, in TEMPLATES order (get_template,
select_template, render_to_string). When no engine has it, TemplateDoesNotExist carries each
engine's own in `chain`."""

from . import engines
from .exceptions import TemplateDoesNotExist


def _engines(using):
    """All engines, or the one named `using`."""
    if using is not None:
        return [engines[using]]
    return engines.all()


def _first_found(template_names, using):
    """The template of the first name some engine has, and the misses before it."""
    misses = []
    for name in template_names:
        for engine in _engines(using):
            try:
                return engine.get_template(name), misses
            except TemplateDoesNotExist as missing:
                misses.append(missing)
    return None, misses


def get_template(template_name, using=None):
    """The template `template_name` from the first engine that has it."""
    template, misses = _first_found([template_name], using)
    if template is not None:
        return template
    raise TemplateDoesNotExist(template_name, chain=misses)


def select_template(template_name_list, using=None):
    """The first template of `template_name_list` that some engine has."""
    if isinstance(template_name_list, str):
        raise TypeError("select_template() takes an iterable of template names but got a string: %r. Use "
                        "get_template() if you want to load a single template by name." % template_name_list)
    template, misses = _first_found(template_name_list, using)
    if template is not None:
        return template
    if template_name_list:
        raise TemplateDoesNotExist(", ".join(template_name_list), chain=misses)
    raise TemplateDoesNotExist("No template names provided")


def render_to_string(template_name, context=None, request=None, using=None):
    """The template (the first found, for a list of names) rendered with `context`."""
    find = select_template if isinstance(template_name, (list, tuple)) else get_template
    return find(template_name, using=using).render(context, request)
