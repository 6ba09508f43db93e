"""How long ago (or until when) a moment is, in words: "2 weeks, 3 days".

The difference is counted on the calendar: whole years and months first (1 March to 1 April
is one month whatever the month's length), then weeks, days, hours and minutes of what is
left. At most `depth` units are named, adjacent ones, from the largest that is not zero; the
spaces are non-breaking, so a page never breaks "3 days" across lines."""

import calendar
import datetime

TIME_STRINGS = {
    "year": ("%(num)d year", "%(num)d years"),
    "month": ("%(num)d month", "%(num)d months"),
    "week": ("%(num)d week", "%(num)d weeks"),
    "day": ("%(num)d day", "%(num)d days"),
    "hour": ("%(num)d hour", "%(num)d hours"),
    "minute": ("%(num)d minute", "%(num)d minutes"),
}
_UNITS = ("year", "month", "week", "day", "hour", "minute")
_SECONDS = {"week": 7 * 86400, "day": 86400, "hour": 3600, "minute": 60}


def _moment(value):
    if isinstance(value, datetime.datetime):
        return value
    return datetime.datetime(value.year, value.month, value.day)


def _words(unit, count, time_strings):
    one, many = time_strings[unit]
    return ((one if count == 1 else many) % {"num": count}).replace(" ", "\xa0")


def _whole_months(start, end):
    months = (end.year - start.year) * 12 + end.month - start.month
    if (start.day, start.time()) > (end.day, end.time()):
        months -= 1  # the last month is not complete yet
    return months


def _months_later(start, months):
    year, month = divmod(start.month - 1 + months, 12)
    year, month = start.year + year, month + 1
    return start.replace(year=year, month=month, day=min(start.day, calendar.monthrange(year, month)[1]))


def timesince(d, now=None, reversed=False, time_strings=None, depth=2):
    """The time from `d` to `now` (the current time by default) in words; "0 minutes" when
    `d` is not before it."""
    if depth <= 0:
        raise ValueError("depth must be greater than 0.")
    time_strings = TIME_STRINGS if time_strings is None else time_strings
    start = _moment(d)
    end = _moment(now) if now else datetime.datetime.now(datetime.timezone.utc if start.utcoffset() is not None else None)
    if reversed:
        start, end = end, start
    elapsed = end - start
    if elapsed.days * 86400 + elapsed.seconds <= 0:
        return _words("minute", 0, time_strings)
    months = _whole_months(start, end)
    years, months = divmod(months, 12)
    rest = end - _months_later(start, years * 12 + months)
    seconds = rest.days * 86400 + rest.seconds
    counts = [years, months]
    for unit in _UNITS[2:]:
        count, seconds = divmod(seconds, _SECONDS[unit])
        counts.append(count)
    first = next((index for index, count in enumerate(counts) if count), None)
    if first is None:
        return _words("minute", 0, time_strings)
    named = []
    for unit, count in list(zip(_UNITS, counts))[first : first + depth]:
        if not count:
            break
        named.append(_words(unit, count, time_strings))
    return ", ".join(named)


def timeuntil(d, now=None, time_strings=None, depth=2):
    """The time from `now` until `d` in words."""
    return timesince(d, now, reversed=True, time_strings=time_strings, depth=depth)
