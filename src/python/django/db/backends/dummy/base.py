"""The backend of a project without a database (DATABASES empty, or no ENGINE)."""

from django.db.backends.base.base import BaseDatabaseWrapper


class DatabaseWrapper(BaseDatabaseWrapper):
    vendor = "dummy"
    display_name = "Dummy"
