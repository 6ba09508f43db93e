"""What every backend's DatabaseWrapper is here: an alias and its settings, never a connection."""

from django.db.backends.base.operations import BaseDatabaseOperations


class BaseDatabaseWrapper:
    """A database connection as Django describes one, without ever connecting."""

    vendor = "unknown"
    display_name = "unknown"
    #: The longest table or column name the database takes (None: no limit).
    longest_name = None

    def __init__(self, settings_dict, alias="default"):
        self.settings_dict, self.alias = settings_dict, alias
        self.ops = BaseDatabaseOperations(self)
        self.queries_log = []

    def close(self):
        """Nothing to close: no connection was opened."""
