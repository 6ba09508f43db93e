"""The clock the engine controls: inside `at(seconds)`, time.time() reads a fixed origin plus
`seconds`, so "an hour later" is instant and every expiry is exact (a cache entry set with
timeout T at t is gone at t + T, to the second, as the conformance cases were recorded).
Inside `standing()`, time.time() keeps the reading it had when the block began.

The origin is a whole number of seconds (2026-01-01 00:00:00 UTC), so that times such as
0.25 or 3,601 add to it without rounding and an HTTP date (Expires) reads as a real date.
"""

import contextlib
import time

#: 2026-01-01T00:00:00Z: what the clock reads at t = 0.
ORIGIN = 1_767_225_600

_real_time = time.time


@contextlib.contextmanager
def at(seconds):
    """time.time() is ORIGIN + seconds until the block ends (then it is the real clock again)."""
    with _reading(float(ORIGIN + seconds)):  # a float, as time.time() gives
        yield


def standing():
    """time.time() stands at the real time of the block's start until the block ends.

    A batch of requests is sent "at once", as the http corpus's were (milliseconds apart): two
    requests must not straddle a second boundary by chance, or a cached page's Age (the whole
    seconds between its Expires and now) would read 1 on a slow machine instead of 0."""
    return _reading(_real_time())


@contextlib.contextmanager
def _reading(now):
    time.time = lambda: now
    try:
        yield
    finally:
        time.time = _real_time


def moments(items, what="op"):
    """Each item's `at` (seconds since the start, a number, default 0), checked to go forward."""
    previous = 0
    for number, item in enumerate(items):
        seconds = item.get("at", 0)
        if isinstance(seconds, bool) or not isinstance(seconds, (int, float)) or seconds != seconds:
            raise ValueError(f"{what} {number}: `at` is the time in seconds since the start (a number), not {seconds!r}")
        if seconds < previous:
            raise ValueError(f"{what} {number}: at={seconds!r} is before the {what} ahead of it (at={previous!r}): the clock only moves forward")
        if seconds > 10 ** 9:
            raise ValueError(f"{what} {number}: at={seconds!r} is more than 10^9 seconds (about 31 years) after the start")
        previous = seconds
        yield seconds
