"""The functions views call to leave a message for the next page (django.contrib.messages.api).

Messages live in the storage MessageMiddleware puts on the request (request._messages); without
it, adding one fails as in Django (MessageFailure), unless fail_silently."""

from django.contrib.messages import constants

__all__ = (
    "add_message",
    "get_messages",
    "get_level",
    "set_level",
    "debug",
    "info",
    "success",
    "warning",
    "error",
    "MessageFailure",
)

_NOT_A_REQUEST = "add_message() argument must be an HttpRequest object, not '%s'."
_NO_MIDDLEWARE = "You cannot add messages without installing django.contrib.messages.middleware.MessageMiddleware"


_ABSENT = object()


class MessageFailure(Exception):
    pass


def add_message(request, level, message, extra_tags="", fail_silently=False):
    """Add a message to the request's storage (needs MessageMiddleware)."""
    storage = getattr(request, "_messages", None)
    if storage is None:
        _no_storage(request, fail_silently)
        return None
    return storage.add(level, message, extra_tags)


def _no_storage(request, fail_silently):
    """Why a message cannot be added to `request`: it is not a request, or has no storage."""
    if not hasattr(request, "META"):
        raise TypeError(_NOT_A_REQUEST % type(request).__name__)
    if fail_silently:
        return
    raise MessageFailure(_NO_MIDDLEWARE)


def get_messages(request):
    """The request's message storage (iterate it to read the messages), or [] without one."""
    return getattr(request, "_messages", [])


def get_level(request):
    """The lowest level of message recorded: the storage's, else MESSAGE_LEVEL (INFO by default).

    As in Django, the default storage is built for the request first, even when the request has
    one: a session-based storage refuses a request without a session."""
    from django.contrib.messages.storage import default_storage

    fallback = default_storage(request)
    return getattr(request, "_messages", fallback).level


def set_level(request, level):
    """Set the lowest level recorded (None: back to the default); False without a storage."""
    storage = getattr(request, "_messages", _ABSENT)
    if storage is _ABSENT:
        return False
    storage.level = level
    return True


def _adder(level, doc):
    def add(request, message, extra_tags="", fail_silently=False):
        add_message(request, level, message, extra_tags=extra_tags, fail_silently=fail_silently)

    add.__doc__ = doc
    return add


debug = _adder(constants.DEBUG, "Add a message with the ``DEBUG`` level.")
info = _adder(constants.INFO, "Add a message with the ``INFO`` level.")
success = _adder(constants.SUCCESS, "Add a message with the ``SUCCESS`` level.")
warning = _adder(constants.WARNING, "Add a message with the ``WARNING`` level.")
error = _adder(constants.ERROR, "Add a message with the ``ERROR`` level.")
for _name, _function in (("debug", debug), ("info", info), ("success", success), ("warning", warning), ("error", error)):
    _function.__name__ = _function.__qualname__ = _name
