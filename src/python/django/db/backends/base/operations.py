"""The questions Django asks a backend about its SQL, as far as defining models asks them."""


class BaseDatabaseOperations:
    """A connection's `ops`: answers from the backend's class, no query is ever made."""

    def __init__(self, connection):
        self.connection = connection

    def max_name_length(self):
        """The longest name a table may have here (None: the backend sets no limit)."""
        return self.connection.longest_name
