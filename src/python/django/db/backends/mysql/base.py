"""MySQL: importing Django's backend imports MySQLdb (mysqlclient) and refuses a version older
than Django supports."""

from django.core.exceptions import ImproperlyConfigured
from django.db.backends.base.base import BaseDatabaseWrapper

try:
    import MySQLdb as Database
except ImportError as missing:
    raise ImproperlyConfigured("Error loading MySQLdb module.\nDid you install mysqlclient?") from missing

if Database.version_info < (2, 2, 1):
    raise ImproperlyConfigured(f"mysqlclient 2.2.1 or newer is required; you have {Database.__version__}.")


class DatabaseWrapper(BaseDatabaseWrapper):
    vendor = "mysql"
    display_name = "MySQL"
    longest_name = 64
