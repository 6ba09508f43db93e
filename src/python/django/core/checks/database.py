"""Database backend checks: only for the aliases given (`check --database`), which the engine
never passes, and the mini Django has no backend to ask."""

from . import Tags, register


@register(Tags.database)
def check_database_backends(databases=None, **kwargs):
    from django.db import connections

    for name in databases or ():
        connections[name]  # an unknown alias fails as in Django
    return []
