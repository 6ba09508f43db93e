"""PHP-style date formats, as the |date filter and {% now %} use them ("N j, Y", "H:i"...).

Each format character is a function of the date (or time) in `_DATE_CODES` / `_TIME_CODES`;
a backslash makes the next character literal. English names only (the course's Django has no
translations)."""

import calendar
import datetime

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
MONTHS_AP = ("Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _ordinal_suffix(day):
    if day in (11, 12, 13):
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")


def _twelve_hour(t):
    return t.hour % 12 or 12


def _hour_and_minutes(t):
    """'1' or '1:30': the 12-hour clock, minutes only when not zero."""
    return str(_twelve_hour(t)) if t.minute == 0 else "%d:%02d" % (_twelve_hour(t), t.minute)


def _period(t):
    if (t.hour, t.minute) == (0, 0):
        return "midnight"
    if (t.hour, t.minute) == (12, 0):
        return "noon"
    return "%s %s" % (_hour_and_minutes(t), "a.m." if t.hour < 12 else "p.m.")


def _zoned(t):
    """`t` with a zone to read its offset and name from: a naive datetime is taken in the
    default zone (TIME_ZONE), as Django does; a time of day without one has none."""
    if not isinstance(t, datetime.datetime) or t.tzinfo is not None:
        return t
    from django.utils.timezone import get_default_timezone

    return t.replace(tzinfo=get_default_timezone())


def _offset(d):
    return _zoned(d).utcoffset() if isinstance(d, datetime.datetime) else None


def _offset_text(d):
    offset = _offset(d)
    if offset is None:
        return ""
    seconds = int(offset.total_seconds())
    sign = "-" if seconds < 0 else "+"
    return "%s%02d%02d" % (sign, abs(seconds) // 3600, abs(seconds) // 60 % 60)


_TIME_CODES = {
    "a": lambda t: "a.m." if t.hour < 12 else "p.m.",
    "A": lambda t: "AM" if t.hour < 12 else "PM",
    "f": _hour_and_minutes,
    "g": lambda t: str(_twelve_hour(t)),
    "G": lambda t: str(t.hour),
    "h": lambda t: "%02d" % _twelve_hour(t),
    "H": lambda t: "%02d" % t.hour,
    "i": lambda t: "%02d" % t.minute,
    "P": _period,
    "s": lambda t: "%02d" % t.second,
    "u": lambda t: "%06d" % t.microsecond,
    "e": lambda t: "" if getattr(t, "tzinfo", None) is None else (t.tzname() or ""),
    "T": lambda t: "" if getattr(_zoned(t), "tzinfo", None) is None else (_zoned(t).tzname() or ""),
    "O": _offset_text,
    "Z": lambda t: "" if _offset(t) is None else str(int(_offset(t).total_seconds())),
    "I": lambda t: "" if getattr(_zoned(t), "tzinfo", None) is None else ("1" if _zoned(t).dst() else "0"),
}

_DATE_CODES = {
    "b": lambda d: MONTHS[d.month - 1][:3].lower(),
    "c": lambda d: d.isoformat(),
    "d": lambda d: "%02d" % d.day,
    "D": lambda d: WEEKDAYS[d.weekday()][:3],
    "E": lambda d: MONTHS[d.month - 1],
    "F": lambda d: MONTHS[d.month - 1],
    "j": lambda d: str(d.day),
    "l": lambda d: WEEKDAYS[d.weekday()],
    "L": lambda d: str(calendar.isleap(d.year)),
    "m": lambda d: "%02d" % d.month,
    "M": lambda d: MONTHS[d.month - 1][:3],
    "n": lambda d: str(d.month),
    "N": lambda d: MONTHS_AP[d.month - 1],
    "o": lambda d: str(d.isocalendar()[0]),
    "r": lambda d: format(d, "D, d M Y H:i:s O"),
    "S": lambda d: _ordinal_suffix(d.day),
    "t": lambda d: "%02d" % calendar.monthrange(d.year, d.month)[1],
    "U": lambda d: str(int(d.timestamp())) if isinstance(d, datetime.datetime) else str(
        int(datetime.datetime(d.year, d.month, d.day).timestamp())),
    "w": lambda d: str((d.weekday() + 1) % 7),
    "W": lambda d: str(d.isocalendar()[1]),
    "y": lambda d: "%02d" % (d.year % 100),
    "Y": lambda d: "%04d" % d.year,
    "z": lambda d: str(d.timetuple().tm_yday),
}


def _no_time_in_a_date(char):
    return TypeError("The format for date objects may not contain time-related format specifiers (found '%s')." % char)


def _no_date_in_a_time(char):
    return AttributeError(f"a time has no date to show for {char!r}")


def _formatted(value, format_string, codes, refused=_no_time_in_a_date):
    out, escaped = [], False
    for char in str(format_string):
        if escaped:
            out.append(char)
            escaped = False
        elif char == "\\":
            escaped = True
        elif char in codes:
            out.append(codes[char](value))
        elif char in _TIME_CODES or char in _DATE_CODES:
            raise refused(char)
        else:
            out.append(char)
    return "".join(out)


def format(value, format_string):
    """A date or datetime formatted (time codes refused for a plain date)."""
    if isinstance(value, datetime.datetime):
        return _formatted(value, format_string, {**_DATE_CODES, **_TIME_CODES})
    if isinstance(value, datetime.date):
        return _formatted(value, format_string, _DATE_CODES)
    if isinstance(value, datetime.time):
        return _formatted(value, format_string, _TIME_CODES, _no_date_in_a_time)
    raise AttributeError(f"{type(value).__name__!r} object is not a date")


def time_format(value, format_string):
    """A time (or the time of a datetime) formatted."""
    if not isinstance(value, (datetime.time, datetime.datetime)):
        raise AttributeError(f"{type(value).__name__!r} object is not a time")
    return _formatted(value, format_string, _TIME_CODES, _no_date_in_a_time)
