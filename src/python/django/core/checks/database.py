"""Database backend checks: only for the aliases given (`check --database`), which the engine
never passes, and the mini Django has no backend to ask."""

from . import Tags, register


@register(Tags.database)
def check_database_backends(databases=None, **kwargs):
    if databases is None:
        return []
    from django.db import connections

    for alias in databases:
        connections[alias]  # an unknown alias fails as in Django
    return []
