"""SQLite: Python's own sqlite3 driver (Pyodide ships it), with Django's `%s` parameters.

A connection is opened on first use, in autocommit mode (Django's: a transaction is an explicit
BEGIN, which atomic() sends). Each statement a cursor runs is recorded in `queries` while
settings.DEBUG is on, with its parameters quoted by sqlite itself (`SELECT QUOTE(?)`), as
Django shows "the SQL that ran". The driver's errors are raised as django.db's of the same name
and message.
"""

import datetime
import decimal
import re
import sqlite3 as Database

from django.db.backends.base.base import BaseDatabaseWrapper
from django.db.backends.base.operations import BaseDatabaseOperations
from django.db.backends.utils import CursorDebugWrapper, CursorWrapper, as_django_error

#: Django's `%s` placeholders become sqlite's `?`, and `%%` a literal `%`, when params are given.
_PLACEHOLDER = re.compile(r"(?<!%)%s")


def adapted(value):
    """A parameter as the driver is given it: Django stores Decimal and dates as text."""
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, decimal.Decimal):
        return str(value)
    if isinstance(value, datetime.datetime):
        return value.isoformat(" ")
    if isinstance(value, (datetime.date, datetime.time)):
        return value.isoformat()
    return value


def qmark(sql):
    return _PLACEHOLDER.sub("?", sql).replace("%%", "%")


class SQLiteCursor(Database.Cursor):
    """The driver's cursor, taking `%s` placeholders."""

    def execute(self, sql, params=None):
        if params is None:
            return super().execute(sql)
        return super().execute(qmark(sql), [adapted(value) for value in params])

    def executemany(self, sql, param_list):
        return super().executemany(qmark(sql), [[adapted(value) for value in params] for params in param_list])


class DatabaseOperations(BaseDatabaseOperations):
    def quote_name(self, name):
        return name if name.startswith('"') and name.endswith('"') else f'"{name}"'

    def last_executed_query(self, cursor, sql, params):
        """The statement with its parameters written in, each as sqlite quotes it."""
        if not params:
            return sql
        values = [adapted(value) for value in params]
        raw = self.connection.raw_connection()
        quoted = raw.execute("SELECT " + ", ".join(["QUOTE(?)"] * len(values)), values).fetchone()
        return sql % tuple(quoted)


class DatabaseWrapper(BaseDatabaseWrapper):
    vendor = "sqlite"
    display_name = "SQLite"

    def __init__(self, settings_dict, alias="default"):
        super().__init__(settings_dict, alias)
        self.ops = DatabaseOperations(self)
        self._raw = None
        self.queries_log = []
        self.force_debug_cursor = False
        self.atomic_depth = 0
        self.on_connect = []  # called with the driver's connection when it is opened

    def raw_connection(self):
        if self._raw is None:
            name = self.settings_dict.get("NAME") or ":memory:"
            self._raw = Database.connect(str(name), isolation_level=None, check_same_thread=False)
            self._raw.execute("PRAGMA foreign_keys = ON")
            for hook in self.on_connect:
                hook(self._raw)
        return self._raw

    connection = property(lambda self: self._raw)

    @property
    def queries_logged(self):
        from django.conf import settings

        return self.force_debug_cursor or settings.DEBUG

    @property
    def queries(self):
        return list(self.queries_log)

    def cursor(self):
        raw = self.raw_connection().cursor(SQLiteCursor)
        wrapper = CursorDebugWrapper if self.queries_logged else CursorWrapper
        return wrapper(raw, self)

    def record(self, sql, duration):
        if self.queries_logged:
            self.queries_log.append({"sql": sql, "time": "%.3f" % duration})

    def run_transaction_statement(self, sql):
        """BEGIN, COMMIT, ROLLBACK or a savepoint's, recorded as Django records them."""
        with self.cursor() as cursor:
            cursor.execute(sql)

    def close(self):
        if self._raw is not None:
            self._raw.close()
            self._raw = None

    in_atomic_block = property(lambda self: self.atomic_depth > 0)


__all__ = ["DatabaseWrapper", "Database", "as_django_error"]
