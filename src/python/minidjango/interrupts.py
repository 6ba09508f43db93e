"""The time limit, felt inside the reader's loops.

The client stops a call that runs too long by writing SIGINT into a buffer it shares with the
worker, which hands it to Pyodide. Pyodide's own polling of that buffer does not reach a loop
such as `while True: n += 1` (no call in it), so the engine polls it itself: every backward jump
in the reader's code (and only there, through sys.monitoring's local events) asks the interpreter
to check for signals, and the SIGINT found raises KeyboardInterrupt at that line. A loop inside C
code still cannot be interrupted; the client then replaces the worker.

Python never holds the buffer itself: `signal.raise_signal(0)` (the null signal, which does
nothing) is followed by the interpreter's own check of the buffer, which Pyodide reads and clears
in JavaScript. An object the reader's code could reach (a JsProxy of the buffer) would lead it
to the worker's JavaScript.
"""

import signal
import sys
import time

_TOOL = 4  # sys.monitoring tool ids 0-2 and 5 are the debugger's, coverage's, profiler's, optimizer's
_monitoring = sys.monitoring
_check_signals = signal.raise_signal  # raise_signal(0) checks for signals, the buffer included
_state = {"enabled": False}


def enable():
    """Called once by the worker, once it has given Pyodide the buffer the client writes into."""
    _state["enabled"] = True
    if _monitoring.get_tool(_TOOL) is None:
        _monitoring.use_tool_id(_TOOL, "minidjango time limit")
    _monitoring.register_callback(_TOOL, _monitoring.events.JUMP, _on_jump)
    time.sleep = _sleep


_wait = time.sleep
_monotonic = time.monotonic
_STEP = 0.05  # seconds: how late a SIGINT may be felt during a sleep


def _sleep(seconds, /):
    """time.sleep(seconds), interrupted by the time limit."""
    if not isinstance(seconds, (int, float)) and not hasattr(seconds, "__float__"):
        _wait(seconds)  # time.sleep's own TypeError
    seconds = float(seconds)
    if seconds < 0 or seconds != seconds:
        _wait(seconds)  # its own ValueError
    end = _monotonic() + seconds
    while True:
        _check_signals(0)
        left = end - _monotonic()
        if left <= 0:
            return
        _wait(min(left, _STEP))


_sleep.__name__ = _sleep.__qualname__ = "sleep"
_sleep.__doc__ = _wait.__doc__


def _on_jump(code, instruction_offset, destination_offset):
    if destination_offset > instruction_offset:
        return _monitoring.DISABLE  # a forward jump never loops: stop reporting this one
    _jumps[0] += 1
    if _jumps[0] & 255 == 0:
        _check_signals(0)  # raises KeyboardInterrupt when the client has written SIGINT


_jumps = [0]


def watch(code):
    """Make the loops of a code object (and of the functions and classes in it) check the time limit."""
    if not _state["enabled"]:
        return
    stack = [code]
    while stack:
        current = stack.pop()
        _monitoring.set_local_events(_TOOL, current, _monitoring.events.JUMP)
        stack.extend(const for const in current.co_consts if isinstance(const, type(code)))
