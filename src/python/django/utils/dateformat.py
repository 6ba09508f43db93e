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


def _zone_of(value):
    """The zone a datetime's offset and zone name are read in: its own, or TIME_ZONE for a
    naive one; none for a date or a time of day, nor for a wall time that is ambiguous or
    skipped in that zone (the hour the clocks go back or forward)."""
    if not isinstance(value, datetime.datetime):
        return None
    from django.utils.timezone import get_default_timezone

    zone = value.tzinfo or get_default_timezone()
    unsure = zone.utcoffset(value.replace(fold=not value.fold)) != zone.utcoffset(value)
    return None if unsure else zone


def _offset_text(value, zone):
    seconds = int(zone.utcoffset(value).total_seconds())
    sign = "-" if seconds < 0 else "+"
    return "%s%02d%02d" % (sign, abs(seconds) // 3600, abs(seconds) // 60 % 60)


def _rfc5322(value, zone):
    from email.utils import format_datetime

    from django.utils.timezone import get_default_timezone, make_aware

    if not isinstance(value, datetime.datetime):  # a date: its midnight in TIME_ZONE
        value = datetime.datetime.combine(value, datetime.time.min).replace(tzinfo=get_default_timezone())
    elif value.utcoffset() is None:
        value = make_aware(value, timezone=zone)
    return format_datetime(value)


# Codes that read the zone (`zone` is None when there is none to read): they give "" then.
_ZONE_CODES = {
    "e": lambda t, zone: (t.tzname() or "") if getattr(t, "tzinfo", None) else "",
    "T": lambda t, zone: str(zone.tzname(t)),
    "O": _offset_text,
    "Z": lambda t, zone: str(int(zone.utcoffset(t).total_seconds())),
    "I": lambda t, zone: "1" if zone.dst(t) else "0",
}


_TIME_CODES = {
    **dict.fromkeys(_ZONE_CODES),
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
    "r": lambda d: _rfc5322(d, _zone_of(d)),
    "S": lambda d: _ordinal_suffix(d.day),
    "t": lambda d: "%02d" % calendar.monthrange(d.year, d.month)[1],
    "U": lambda d: str(int((d if isinstance(d, datetime.datetime) else datetime.datetime.combine(d, datetime.time.min)).timestamp())),
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
    out, escaped, zone = [], False, _zone_of(value)
    for char in str(format_string):
        if escaped:
            out.append(char)
            escaped = False
        elif char == "\\":
            escaped = True
        elif char in _ZONE_CODES and char in codes:
            out.append("" if zone is None else _ZONE_CODES[char](value, zone))
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
    if isinstance(value, datetime.time):  # every code is tried: those of a date fail
        return _formatted(value, format_string, {**_DATE_CODES, **_TIME_CODES})
    raise AttributeError(f"{type(value).__name__!r} object is not a date")


def time_format(value, format_string):
    """A time (or the time of a datetime) formatted."""
    if not isinstance(value, (datetime.time, datetime.datetime)):
        raise AttributeError(f"{type(value).__name__!r} object is not a time")
    return _formatted(value, format_string, _TIME_CODES, _no_date_in_a_time)
