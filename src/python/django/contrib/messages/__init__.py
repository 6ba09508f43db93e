"""django.contrib.messages: the level constants and the functions views call (messages.success(...))."""

from django.contrib.messages.api import *  # noqa: F403
from django.contrib.messages.constants import *  # noqa: F403
