"""Signals (django.dispatch.dispatcher): a Signal keeps its receivers, each for any sender or
for one, and `send()` calls them in the order they connected.

A receiver is held weakly by default (it goes when nothing else holds it); `dispatch_uid`
names a connection so that connecting twice under one name connects once. Between two readers'
projects (django._process) every receiver the project's code connected is forgotten; those of
the mini Django's own modules, which stay imported, stay connected.
"""

import logging
import weakref
from inspect import iscoroutinefunction

from django._process import forgotten_by_new_process
from django.utils.decorators import _result_of

_logger = logging.getLogger("django.dispatch")
_ANY_SENDER = None
_every_signal = weakref.WeakSet()


def _identity(thing):
    """What tells two receivers or senders apart: a bound method by its object and function."""
    if hasattr(thing, "__func__"):
        return (id(thing.__self__), id(thing.__func__))
    return id(thing)


class _Connection:
    __slots__ = ("key", "sender_key", "get", "is_async", "module")

    def __init__(self, key, sender_key, receiver, weak, on_death):
        self.key, self.sender_key = key, sender_key
        self.is_async = iscoroutinefunction(receiver)
        self.module = getattr(getattr(receiver, "__func__", receiver), "__module__", None) or ""
        if not weak:
            self.get = lambda: receiver
        elif hasattr(receiver, "__self__") and hasattr(receiver, "__func__"):
            self.get = weakref.WeakMethod(receiver, on_death)
        else:
            self.get = weakref.ref(receiver, on_death)


class Signal:
    """A signal receivers connect to: `request_finished.connect(close_connections)`."""

    def __init__(self, use_caching=False):
        self.receivers = []
        self.use_caching = use_caching
        _every_signal.add(self)

    def connect(self, receiver, sender=None, weak=True, dispatch_uid=None):
        """Have `receiver(signal=..., sender=..., **named)` called when the signal is sent (by
        `sender` only, when given)."""
        from django.conf import settings

        if settings.configured and settings.DEBUG and not callable(receiver):
            raise TypeError("Signal receivers must be callable.")
        key = (dispatch_uid, _identity(sender)) if dispatch_uid else (_identity(receiver), _identity(sender))
        if any(connection.key == key for connection in self.receivers):
            return
        self.receivers.append(_Connection(key, _identity(sender), receiver, weak, self._drop_dead))

    def disconnect(self, receiver=None, sender=None, dispatch_uid=None):
        """Disconnect a receiver; whether one was connected."""
        key = (dispatch_uid, _identity(sender)) if dispatch_uid else (_identity(receiver), _identity(sender))
        kept = [connection for connection in self.receivers if connection.key != key]
        found = len(kept) != len(self.receivers)
        self.receivers = kept
        return found

    def _drop_dead(self, _reference=None):
        self.receivers = [connection for connection in self.receivers if connection.get() is not None]

    def has_listeners(self, sender=None):
        return bool(self._live_receivers(sender))

    def _live_receivers(self, sender):
        wanted = (_identity(_ANY_SENDER), _identity(sender))
        found = []
        for connection in self.receivers:
            receiver = connection.get()
            if receiver is not None and connection.sender_key in wanted:
                found.append((receiver, connection.is_async))
        return found

    @staticmethod
    def _called(receiver, is_async, arguments):
        result = receiver(**arguments)
        return _result_of(result) if is_async else result

    def send(self, sender, **named):
        """Call every receiver; [(receiver, its answer), ...]. What a receiver raises goes on up."""
        arguments = {"signal": self, "sender": sender, **named}
        return [(receiver, self._called(receiver, is_async, arguments))
                for receiver, is_async in self._live_receivers(sender)]

    def send_robust(self, sender, **named):
        """send(), but a receiver's exception is logged and given as its answer instead."""
        arguments = {"signal": self, "sender": sender, **named}
        answers = []
        for receiver, is_async in self._live_receivers(sender):
            try:
                answers.append((receiver, self._called(receiver, is_async, arguments)))
            except Exception as err:
                name = getattr(receiver, "__qualname__", repr(receiver))
                _logger.error("Error calling %s in Signal.send_robust() (%s)", name, err, exc_info=err)
                answers.append((receiver, err))
        return answers

    async def asend(self, sender, **named):
        return self.send(sender, **named)

    async def asend_robust(self, sender, **named):
        return self.send_robust(sender, **named)


def receiver(signal, **kwargs):
    """A decorator connecting the function to `signal` (or to each of a list of signals)."""

    def connected(func):
        for one in signal if isinstance(signal, (list, tuple)) else (signal,):
            one.connect(func, **kwargs)
        return func

    return connected


@forgotten_by_new_process
def _forget_projects_receivers():
    for signal in list(_every_signal):
        signal.receivers = [connection for connection in signal.receivers
                            if connection.module.partition(".")[0] == "django"]
