"""psycopg.pq: the libpq wrapper. Only what is read without a connection: libpq's version, the
implementation's name, and the data formats."""

import enum

from psycopg._libpq_options import LIBPQ_VERSION

__impl__ = "python"
__build_version__ = LIBPQ_VERSION


def version():
    """libpq's version as a number (15.18 is 150018)."""
    return LIBPQ_VERSION


class Format(enum.IntEnum):
    """How a value travels: as text or in binary."""

    TEXT = 0
    BINARY = 1


Format.__module__ = __name__
