"""The database sessions' model, stood in for (the mini Django has no ORM)."""

from django.contrib._models import declare_models

__all__ = ["Session"]
__getattr__ = declare_models(__name__, {"Session": ("session", "sessions")})
