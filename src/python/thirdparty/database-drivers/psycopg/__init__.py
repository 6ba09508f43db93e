"""A stand-in of psycopg 3, the PostgreSQL driver Django's backend uses, always importable as it
is where the course's projects are checked. It has what settings files and Django's PostgreSQL
code reach for without a database: the version, the DB-API exceptions, IsolationLevel (for
DATABASES' OPTIONS), psycopg.conninfo (connection strings, parsed as libpq does) and psycopg.pq's
version. There is no PostgreSQL server: connecting raises OperationalError.

Ours, written from psycopg's documentation and its observed behaviour."""

import enum

from psycopg import conninfo, errors, pq
from psycopg._libpq_options import PSYCOPG_VERSION
from psycopg.errors import *  # noqa: F403  (the DB-API exceptions are the package's too)
from psycopg.errors import __all__ as _exceptions

__version__ = PSYCOPG_VERSION

apilevel = "2.0"
paramstyle = "pyformat"
threadsafety = 2

__all__ = ["Connection", "IsolationLevel", "connect", "conninfo", "errors", "pq", *_exceptions]


class IsolationLevel(enum.IntEnum):
    """A transaction's isolation level (DATABASES[...]["OPTIONS"]["isolation_level"])."""

    READ_UNCOMMITTED = 1
    READ_COMMITTED = 2
    REPEATABLE_READ = 3
    SERIALIZABLE = 4


IsolationLevel.__module__ = __name__


def _no_server(conninfo_string, kwargs):
    conninfo.make_conninfo(conninfo_string, **kwargs)  # a malformed string fails first, as in psycopg
    raise OperationalError("connection failed: the course's environment has no PostgreSQL server")


class Connection:
    """A connection to PostgreSQL: none can be made here."""

    @classmethod
    def connect(cls, conninfo="", **kwargs):
        _no_server(conninfo, kwargs)


def connect(conninfo="", **kwargs):
    return Connection.connect(conninfo, **kwargs)
