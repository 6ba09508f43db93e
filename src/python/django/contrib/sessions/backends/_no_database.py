"""The session backends that need a database or a server's disk (db, cached_db, file): the
mini Django has neither, so they work as long as nothing is stored or read (a request without
a session cookie whose view leaves the session alone), and say so clearly otherwise."""

from django.conf import settings
from django.contrib.sessions.backends.base import SessionBase

_REFUSAL = (
    "The course's mini Django keeps no sessions on the server (SESSION_ENGINE = %r needs %s): "
    "use SESSION_ENGINE = 'django.contrib.sessions.backends.signed_cookies' to try sessions here."
)


def store_needing(what):
    """A SessionStore class whose storage needs `what` ("a database"...)."""

    def refuse(self, *args, **kwargs):
        raise NotImplementedError(_REFUSAL % (settings.SESSION_ENGINE, what))

    methods = {name: refuse for name in ("exists", "create", "save", "delete", "load")}
    methods["clear_expired"] = classmethod(refuse)
    return type("SessionStore", (SessionBase,), methods)
