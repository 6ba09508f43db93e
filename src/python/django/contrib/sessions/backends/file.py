"""SESSION_ENGINE = "django.contrib.sessions.backends.file", which needs files kept on the server (see _no_database)."""

from django.contrib.sessions.backends._no_database import store_needing

SessionStore = store_needing("files kept on the server")
