"""A stand-in of MySQLdb (mysqlclient), the MySQL driver Django's backend uses, always importable
as it is where the course's projects are checked. It has what settings files and Django's MySQL
code read without a server: the version, the DB-API exceptions, and MySQLdb.constants' CLIENT
and FIELD_TYPE. There is no MySQL server: connecting raises OperationalError.

Its version is the one the recorded cases' environment reports (PyMySQL installed as MySQLdb)."""

from MySQLdb import constants

version_info = (2, 2, 8, "final", 1)
__version__ = "2.2.8"

apilevel = "2.0"
paramstyle = "pyformat"
threadsafety = 1

__all__ = ["Connect", "Connection", "connect", "constants", "version_info"]


class MySQLError(Exception):
    """Every error of the driver."""


class Warning(Warning, MySQLError):  # noqa: A001  (PEP 249's name)
    pass


class Error(MySQLError):
    pass


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


def get_client_info():
    return __version__


class Connection:
    """A connection to MySQL: none can be made here."""

    def __init__(self, *args, **kwargs):
        raise OperationalError(2002, "Can't connect to MySQL server: the course's environment has none")


def connect(*args, **kwargs):
    return Connection(*args, **kwargs)


Connect = connect
