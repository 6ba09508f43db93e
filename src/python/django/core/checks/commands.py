"""Checks about management commands. Django's compares the autodetector classes of the
makemigrations and migrate commands, which an app can override; the mini Django has neither
command, so there is nothing to find."""

from . import Tags, register


@register(Tags.commands)
def migrate_and_makemigrations_autodetector(**kwargs):
    return []
