"""SQLite: Python's own sqlite3 driver, always there where the course's projects are checked."""

from django.db.backends.base.base import BaseDatabaseWrapper


class DatabaseWrapper(BaseDatabaseWrapper):
    vendor = "sqlite"
    display_name = "SQLite"
