"""The content types' model, stood in for (the mini Django has no ORM): using it without
django.contrib.contenttypes installed fails, as in Django."""

from django.contrib._models import declare_models

__all__ = ["ContentType"]
__getattr__ = declare_models(__name__, {"ContentType": ("content type", "content types")})
