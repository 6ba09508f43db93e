"""The admin's {% load admin_urls %} library (|admin_urlname, {% add_preserved_filters %}).

Its tags and filters come with the course's template engine; the library exists now so that
loading it goes as in Django (the template checks import every library, and W003 sees its name)."""

from django.template import Library

register = Library()
