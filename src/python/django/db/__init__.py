"""django.db: `connections` reads DATABASES (and refuses a DATABASES without "default"); a
sqlite alias connects on first use (see django.db.backends.sqlite3), the ORM is
django.db.models. A new process starts with no connection, so with a fresh database."""

from django._process import forgotten_by_new_process
from django.db.utils import DEFAULT_DB_ALIAS, DJANGO_VERSION_PICKLE_KEY, ConnectionHandler  # noqa: F401
from django.db.utils import DatabaseError, DataError, Error, IntegrityError, InterfaceError  # noqa: F401
from django.db.utils import InternalError, NotSupportedError, OperationalError, ProgrammingError  # noqa: F401
from django.utils.connection import ConnectionProxy

connections = ConnectionHandler(settings=None)  # reads DATABASES when first used
connection = ConnectionProxy(connections, alias=DEFAULT_DB_ALIAS)


def reset_queries(**kwargs):
    """Empty every connection's record of the SQL it ran (Django does it as a request starts)."""
    for alias in vars(connections._connections):
        getattr(connections._connections, alias).queries_log.clear()


def close_old_connections(**kwargs):
    """Django closes connections past their CONN_MAX_AGE here; ours live as long as the process."""


def _close_connections():
    """Close every connection made so far. Only our own backends' are closed: a project's own
    ENGINE is the reader's code, and the engine's clean-up never runs it."""
    for alias in list(vars(connections._connections)):
        wrapper = getattr(connections._connections, alias)
        if type(wrapper).__module__.startswith("django.db.backends."):
            wrapper.close()


@forgotten_by_new_process
def _forget_connections():
    _close_connections()
    connections._forget()
