"""The {% load i18n %} library ({% translate %}, {% blocktranslate %}, {% get_current_language %}...).

Its tags and filters come with the course's template engine; the library exists now so that
loading it goes as in Django (the template checks import every library, and W003 sees its name)."""

from django.template import Library

register = Library()
