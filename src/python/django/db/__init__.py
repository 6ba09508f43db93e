"""django.db as far as the check command reaches it: `connections` reads DATABASES (and
refuses a DATABASES without "default") but never connects; the ORM is not modelled yet."""

from django._process import forgotten_by_new_process
from django.db.utils import (  # noqa: F401
    DEFAULT_DB_ALIAS,
    DJANGO_VERSION_PICKLE_KEY,
    ConnectionHandler,
    DatabaseError,
    DataError,
    Error,
    IntegrityError,
    InterfaceError,
    InternalError,
    NotSupportedError,
    OperationalError,
    ProgrammingError,
)
from django.utils.connection import ConnectionProxy

connections = ConnectionHandler()
connection = ConnectionProxy(connections, DEFAULT_DB_ALIAS)


@forgotten_by_new_process
def _forget_connections():
    connections._forget()
