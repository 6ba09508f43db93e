"""SESSION_ENGINE = "django.contrib.sessions.backends.cached_db", which needs a database (see _no_database)."""

from django.contrib.sessions.backends._no_database import store_needing

SessionStore = store_needing("a database")
