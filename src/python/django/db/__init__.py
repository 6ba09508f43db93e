"""django.db as far as the check command reaches it: `connections` reads DATABASES (and
refuses a DATABASES without "default") but never connects; the ORM is not modelled yet."""

from django._process import forgotten_by_new_process
from django.db.utils import DEFAULT_DB_ALIAS, DJANGO_VERSION_PICKLE_KEY, ConnectionHandler  # noqa: F401
from django.db.utils import DatabaseError, DataError, Error, IntegrityError, InterfaceError  # noqa: F401
from django.db.utils import InternalError, NotSupportedError, OperationalError, ProgrammingError  # noqa: F401
from django.utils.connection import ConnectionProxy

connections = ConnectionHandler(settings=None)  # reads DATABASES when first used
connection = ConnectionProxy(connections, alias=DEFAULT_DB_ALIAS)


@forgotten_by_new_process
def _forget_connections():
    connections._forget()
