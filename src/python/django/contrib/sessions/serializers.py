"""SESSION_SERIALIZER's default (django.contrib.sessions.serializers.JSONSerializer): signing's."""

from django.core.signing import JSONSerializer

__all__ = ["JSONSerializer"]
