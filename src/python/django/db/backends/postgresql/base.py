"""PostgreSQL: importing Django's backend imports psycopg (psycopg2 failing that) and refuses a
driver older than Django supports."""

import re

from django.core.exceptions import ImproperlyConfigured
from django.db.backends.base.base import BaseDatabaseWrapper

try:
    try:
        import psycopg as Database
    except ImportError:
        import psycopg2 as Database
except ImportError:
    raise ImproperlyConfigured("Error loading psycopg2 or psycopg module")

#: Driver versions Django 6.1 refuses: from this version, up to the oldest it supports.
_REFUSED = (((), (2, 9, 9), "psycopg2 version 2.9.9"), ((3,), (3, 1, 12), "psycopg version 3.1.12"))


def psycopg_version():
    """The driver's version as numbers ('2.9.9 (dt dec pq3 ext lo64)' -> (2, 9, 9))."""
    leading = re.match(r"\d+(?:\.\d+)*", Database.__version__.split(" ", 1)[0])
    return tuple(int(number) for number in leading[0].split(".")) if leading else ()


for _lowest, _supported, _required in _REFUSED:
    if _lowest <= psycopg_version() < _supported:
        raise ImproperlyConfigured(f"{_required} or newer is required; you have {Database.__version__}")


class DatabaseWrapper(BaseDatabaseWrapper):
    vendor = "postgresql"
    display_name = "PostgreSQL"
    longest_name = 63
