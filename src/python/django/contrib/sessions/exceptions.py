"""What sessions raise (django.contrib.sessions.exceptions)."""

from django.core.exceptions import BadRequest, SuspiciousOperation


class InvalidSessionKey(SuspiciousOperation):
    """Invalid characters in session key"""


class SuspiciousSession(SuspiciousOperation):
    """The session may be tampered with"""


class SessionInterrupted(BadRequest):
    """The session was interrupted."""
