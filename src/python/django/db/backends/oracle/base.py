"""Oracle: importing Django's backend imports oracledb, which the course's environment lacks."""

from django.core.exceptions import ImproperlyConfigured
from django.db.backends.base.base import BaseDatabaseWrapper

try:
    import oracledb as Database  # noqa: F401
except ImportError as missing:
    raise ImproperlyConfigured(f"Error loading oracledb module: {missing}") from missing


class DatabaseWrapper(BaseDatabaseWrapper):
    vendor = "oracle"
    display_name = "Oracle"
    longest_name = 30
