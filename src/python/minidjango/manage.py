"""`python manage.py check [--deploy]`, step by step as Django runs it.

The order matters: the first exception ends the command, and it is what the reader sees.
1. manage.py sets DJANGO_SETTINGS_MODULE. django.setup() reads the first setting, which
   imports the settings module and validates it (ALLOWED_HOSTS, INSTALLED_APPS... must be
   lists or tuples; TIME_ZONE must be a zone of the zoneinfo database);
2. django.setup() configures logging (Django's DEFAULT_LOGGING, then LOGGING through
   LOGGING_CONFIG) and sets the script prefix (FORCE_SCRIPT_NAME);
3. it loads INSTALLED_APPS: every app's config (its module and apps submodule), then every
   app's models module, then every config's ready() (the admin's imports each app's admin
   module; the auth app's looks up AUTH_USER_MODEL; staticfiles registers its checks);
4. the check command builds its parser, whose --database choices are the DATABASES aliases:
   DATABASES is read here (without a 'default' alias it fails);
5. the registered checks run (the deployment ones too with --deploy), in Django's order;
6. the command prints every message not named in SILENCED_SYSTEM_CHECKS, each with str().
"""

import os

import django


def check(settings_module, deploy):
    """Run the check command in the current project; return the messages it would print."""
    os.environ["DJANGO_SETTINGS_MODULE"] = settings_module
    django.setup()

    from django.db import connections

    tuple(connections)

    from django.core import checks

    messages = checks.run_checks(app_configs=None, tags=None, include_deployment_checks=deploy, databases=None)
    shown = [message for message in messages if not message.is_silenced()]
    for message in shown:
        str(message)
    return shown
