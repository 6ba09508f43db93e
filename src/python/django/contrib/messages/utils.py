"""The CSS tag of each message level: constants.DEFAULT_TAGS, as MESSAGE_TAGS overrides them."""

from django.conf import settings
from django.contrib.messages import constants


def get_level_tags():
    """Return the message level tags."""
    return {**constants.DEFAULT_TAGS, **getattr(settings, "MESSAGE_TAGS", {})}
