"""The mini Django: the parts of Django a settings module, a URLconf and a view touch, written
to behave as Django 6.1 does (same module paths, same messages), small enough for a browser."""

VERSION = (6, 1, 0, "alpha", 0)

__version__ = "6.1"


def get_version(version=None):
    """Django's version string (the 6.1 development version reports "6.1")."""
    return __version__


def setup(set_prefix=True):
    """What manage.py does before any command: read the settings (the first one read imports
    the settings module), configure logging, set the script prefix, load INSTALLED_APPS."""
    from django.apps import apps
    from django.conf import settings
    from django.utils.log import configure_logging

    logging_config = settings.LOGGING_CONFIG  # the first setting read: the settings module loads here
    configure_logging(logging_config, settings.LOGGING)
    if set_prefix:
        from django.urls import set_script_prefix

        script_name = settings.FORCE_SCRIPT_NAME
        set_script_prefix("/" if script_name is None else script_name)
    installed = settings.INSTALLED_APPS
    apps.populate(installed)
