"""psycopg's DB-API exception classes (PEP 249's hierarchy), shown as psycopg's own."""


class Error(Exception):
    """Every error psycopg raises."""


class Warning(Exception):  # noqa: A001  (PEP 249's name)
    """An important warning (not an Error)."""


class InterfaceError(Error):
    pass


class DatabaseError(Error):
    pass


class DataError(DatabaseError):
    pass


class OperationalError(DatabaseError):
    pass


class IntegrityError(DatabaseError):
    pass


class InternalError(DatabaseError):
    pass


class ProgrammingError(DatabaseError):
    pass


class NotSupportedError(DatabaseError):
    pass


__all__ = [name for name, value in list(globals().items()) if isinstance(value, type) and issubclass(value, Exception)]
for _name in __all__:
    globals()[_name].__module__ = "psycopg"
