"""django.dispatch: signals, by which one part of a project hears what another did."""

from django.dispatch.dispatcher import Signal, receiver

__all__ = ["Signal", "receiver"]
