"""The request cycle's signals (django.core.signals)."""

from django.dispatch import Signal

request_started = Signal()
request_finished = Signal()
got_request_exception = Signal()
setting_changed = Signal()
