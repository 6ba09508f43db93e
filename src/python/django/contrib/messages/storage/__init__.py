"""Message storages (django.contrib.messages.storage): MESSAGE_STORAGE names the class."""

from django.conf import settings
from django.utils.module_loading import import_string


def default_storage(request):
    """A MESSAGE_STORAGE storage for `request` (the setting read now, not at import)."""
    return import_string(settings.MESSAGE_STORAGE)(request)
