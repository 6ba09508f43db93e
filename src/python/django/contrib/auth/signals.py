"""The auth signals (django.contrib.auth.signals): sent by login(), logout(), and authenticate()
when no backend accepts the credentials."""

from django.dispatch import Signal

user_logged_in = Signal()
user_login_failed = Signal()
user_logged_out = Signal()
