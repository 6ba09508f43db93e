"""The auth app's admin module, which the admin's autodiscovery imports. Django's builds its
forms here, which looks the user model up: a wrong AUTH_USER_MODEL fails at this import when
the admin is installed before the auth app. Registering User and Group is not modelled (they
are stand-ins, see models.py)."""

from django.contrib.auth import get_user_model

get_user_model()
