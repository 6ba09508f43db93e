"""The admin's log of changes, stood in for (the mini Django has no ORM). A log entry names the
content type of what changed (LogEntry.content_type): it needs contenttypes installed."""

from django.contrib._models import declare_models

# What a log entry records.
ADDITION = 1
CHANGE = 2
DELETION = 3

ACTION_FLAG_CHOICES = [(ADDITION, "Addition"), (CHANGE, "Change"), (DELETION, "Deletion")]

__all__ = ["LogEntry"]
__getattr__ = declare_models(
    __name__, {"LogEntry": ("log entry", "log entries")}, needs=["django.contrib.contenttypes.models.ContentType"]
)
