"""The PostgreSQL extensions' app. Django's AppConfig module imports the PostgreSQL backend's
driver adapters, so importing it needs psycopg (or psycopg2); its ready() registers lookups and
type handlers for database connections, which the mini Django never makes."""

import psycopg  # noqa: F401  (what Django's django.db.backends.postgresql.psycopg_any imports)

from django.apps import AppConfig
from django.utils.translation import gettext_lazy


class PostgresConfig(AppConfig):
    name = "django.contrib.postgres"
    verbose_name = gettext_lazy("PostgreSQL extensions")
