"""The messages context processor (django.contrib.messages.context_processors.messages)."""

from django.contrib.messages.api import get_messages
from django.contrib.messages.constants import DEFAULT_LEVELS


def messages(request):
    """`messages` (the request's storage: iterating it in a template marks them shown) and
    `DEFAULT_MESSAGE_LEVELS` ({"INFO": 20, ...}, to compare message.level with)."""
    return {"messages": get_messages(request), "DEFAULT_MESSAGE_LEVELS": DEFAULT_LEVELS}
