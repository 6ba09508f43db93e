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
from contextlib import closing

from django.db.backends.base.base import BaseDatabaseWrapper
from django.db.backends.base.operations import BaseDatabaseOperations
from django.db.backends.utils import CursorDebugWrapper, CursorWrapper, as_django_error

#: Django's `%s` placeholders become sqlite's `?`, and `%%` a literal `%`, when params are given.
_PLACEHOLDER = re.compile(r"(?<!%)%s")


#: Python types the driver is given in another form, the first that fits: Django stores Decimal
#: and dates as text (a datetime before a date, which it also is).
_ADAPTERS = (
    (bool, int),
    (decimal.Decimal, str),
    (datetime.datetime, lambda moment: moment.isoformat(" ")),
    ((datetime.date, datetime.time), lambda moment: moment.isoformat()),
)


def adapted(value):
    """A parameter as the driver is given it."""
    return next((adapt(value) for kinds, adapt in _ADAPTERS if isinstance(value, kinds)), value)


def _debugging():
    from django.conf import settings  # settings import the database layer's users, not this

    return settings.DEBUG


def qmark(sql):
    return _PLACEHOLDER.sub("?", sql).replace("%%", "%")


class SQLiteCursor(Database.Cursor):
    """The driver's cursor, taking `%s` placeholders."""

    def execute(self, sql, params=None):
        """Without params the statement is sent as written (a `%` in it is then literal)."""
        bound = () if params is None else ([adapted(value) for value in params],)
        return super().execute(qmark(sql) if bound else sql, *bound)

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
        # The statements recorded, whether they are recorded without DEBUG, and atomic() depth.
        self.queries_log, self.force_debug_cursor, self.atomic_depth = [], False, 0
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

    queries_logged = property(lambda self: self.force_debug_cursor or _debugging())
    queries = property(lambda self: list(self.queries_log))

    def cursor(self):
        raw = self.raw_connection().cursor(SQLiteCursor)
        wrapper = CursorDebugWrapper if self.queries_logged else CursorWrapper
        return wrapper(raw, self)

    def record(self, sql, duration):
        if not self.queries_logged:
            return
        self.queries_log.append({"sql": sql, "time": "%.3f" % duration})

    def run_transaction_statement(self, sql):
        """BEGIN, COMMIT, ROLLBACK or a savepoint's, recorded as Django records them."""
        with closing(self.cursor()) as statement:
            statement.execute(sql)

    def close(self):
        if self._raw is not None:
            self._raw.close()
            self._raw = None

    in_atomic_block = property(lambda self: self.atomic_depth > 0)


__all__ = ["DatabaseWrapper", "Database", "as_django_error"]
