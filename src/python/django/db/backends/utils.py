"""The cursors Django hands out: the driver's errors become django.db's, and while DEBUG is on
each statement (even one that fails) is recorded on the connection with its parameters."""

import time
from contextlib import contextmanager

from django.db import utils as db_errors

#: The DB-API exception names Django mirrors (django.db.utils has a class of each name).
_MIRRORED = ("DataError", "OperationalError", "IntegrityError", "InternalError", "ProgrammingError",
             "NotSupportedError", "DatabaseError", "InterfaceError", "Error")


def as_django_error(error):
    """django.db's exception of the driver's exception's class, with its message."""
    for name in _MIRRORED:
        driver_class = getattr(type(error), "__mro__", ())
        if any(cls.__name__ == name for cls in driver_class):
            mirrored = getattr(db_errors, name)(*error.args)
            mirrored.__cause__ = error
            return mirrored
    return error


@contextmanager
def django_errors():
    import sqlite3

    try:
        yield
    except sqlite3.Error as error:
        raise as_django_error(error) from error


class CursorWrapper:
    def __init__(self, cursor, db):
        self.cursor, self.db = cursor, db

    def __getattr__(self, name):
        return getattr(self.cursor, name)

    def __iter__(self):
        return iter(self.cursor)

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self.close()

    def close(self):
        self.cursor.close()

    def execute(self, sql, params=None):
        self.db.statement_started = time.monotonic()
        with django_errors():
            return self.cursor.execute(sql, None if params is None else list(params))

    def executemany(self, sql, param_list):
        self.db.statement_started = time.monotonic()
        with django_errors():
            return self.cursor.executemany(sql, [list(params) for params in param_list])

    def fetchone(self):
        with django_errors():
            return self.cursor.fetchone()

    def fetchmany(self, size=None):
        with django_errors():
            return self.cursor.fetchmany(size) if size is not None else self.cursor.fetchmany()

    def fetchall(self):
        most = getattr(self.db, "max_rows", None)
        with django_errors():
            if most is None:
                return self.cursor.fetchall()
            rows = self.cursor.fetchmany(most + 1)
        if len(rows) > most:
            raise db_errors.OperationalError(
                f"The query returned more than {most:,} rows: the course's database stops there (add a LIMIT, "
                "or filter the rows first).")
        return rows


class CursorDebugWrapper(CursorWrapper):
    """A cursor whose statements are recorded in connection.queries (DEBUG)."""

    def execute(self, sql, params=None):
        started = time.monotonic()
        try:
            return super().execute(sql, params)
        finally:
            self.db.record(self.db.ops.last_executed_query(self.cursor, sql, params), time.monotonic() - started)

    def executemany(self, sql, param_list):
        param_list = list(param_list)
        started = time.monotonic()
        try:
            return super().executemany(sql, param_list)
        finally:
            self.db.record(f"{len(param_list)} times: {sql}", time.monotonic() - started)
