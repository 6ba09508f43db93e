"""get_wsgi_application() (django.core.wsgi): what a project's wsgi.py hands the server."""

import django
from django.core.handlers.wsgi import WSGIHandler


def get_wsgi_application():
    """Set Django up (settings, logging, INSTALLED_APPS) and return the WSGI application."""
    django.setup(set_prefix=False)
    return WSGIHandler()
