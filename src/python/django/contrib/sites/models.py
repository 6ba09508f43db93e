"""The sites framework's model, stood in for (the mini Django has no ORM): using it without
django.contrib.sites installed fails, as in Django."""

from django.contrib._models import declare_models

__all__ = ["Site"]
__getattr__ = declare_models(__name__, {"Site": ("site", "sites")})
