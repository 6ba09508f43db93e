"""The system check framework: message classes, the registry, and Django's own checks (each of
the modules imported below registers its checks when it is imported, as in Django)."""

from .messages import CRITICAL, DEBUG, ERROR, INFO, WARNING, CheckMessage, Critical, Debug, Error, Info, Warning
from .registry import Tags, register, run_checks, tag_exists

import django.core.checks.async_checks  # noqa: E402,F401 isort:skip
import django.core.checks.caches  # noqa: E402,F401 isort:skip
import django.core.checks.commands  # noqa: E402,F401 isort:skip
import django.core.checks.compatibility.django_4_0  # noqa: E402,F401 isort:skip
import django.core.checks.database  # noqa: E402,F401 isort:skip
import django.core.checks.files  # noqa: E402,F401 isort:skip
import django.core.checks.model_checks  # noqa: E402,F401 isort:skip
import django.core.checks.security.base  # noqa: E402,F401 isort:skip
import django.core.checks.security.csrf  # noqa: E402,F401 isort:skip
import django.core.checks.security.sessions  # noqa: E402,F401 isort:skip
import django.core.checks.templates  # noqa: E402,F401 isort:skip
import django.core.checks.translation  # noqa: E402,F401 isort:skip
import django.core.checks.urls  # noqa: E402,F401 isort:skip

from .registry import _keep_built_in_checks  # noqa: E402 isort:skip

_keep_built_in_checks()

__all__ = [
    "CheckMessage",
    "Debug",
    "Info",
    "Warning",
    "Error",
    "Critical",
    "DEBUG",
    "INFO",
    "WARNING",
    "ERROR",
    "CRITICAL",
    "register",
    "run_checks",
    "tag_exists",
    "Tags",
]
