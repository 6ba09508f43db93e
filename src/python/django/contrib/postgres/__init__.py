"""django.contrib.postgres: PostgreSQL's own fields, indexes, lookups and full-text search.
Installed (INSTALLED_APPS), it imports the PostgreSQL driver as Django's does (psycopg, which
the course's environment has); nothing of it runs without a database."""
