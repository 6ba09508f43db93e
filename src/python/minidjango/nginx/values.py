"""Values of directives as nginx reads them: sizes, offsets, times, numbers, flags.

Each reader returns the value or None when nginx refuses it. The rules, found by running nginx:
- a size is digits with an optional k/K or m/M; an offset also takes g/G; no space, no fraction;
- a time is one or more number+unit groups, largest unit first, each unit at most once
  (y M w d h m s ms; a bare number is seconds), blanks allowed between groups (`"1h 30m"`);
  a time in milliseconds must stay below 2^31 ms, one in seconds below 2^31 s;
- a number is decimal digits (no sign);
- on/off in any case.
"""

import re

INT_MAX = 2**31 - 1
SIZE_MAX = 2**63 - 1

_SCALE = {"": 1, "k": 1024, "K": 1024, "m": 1024**2, "M": 1024**2, "g": 1024**3, "G": 1024**3}

#: Time units, largest first, in seconds (`ms` handled apart).
_UNITS = (("y", 365 * 86400), ("M", 30 * 86400), ("w", 7 * 86400), ("d", 86400), ("h", 3600), ("m", 60), ("s", 1))
#: Each unit's place in that order (a bare number is seconds; `ms` comes last).
_RANK = {**{unit: rank for rank, (unit, _) in enumerate(_UNITS)}, "": len(_UNITS) - 1, "ms": len(_UNITS)}
_TIME_GROUP = re.compile(r"\s*([0-9]+)(ms|[yMwdhms]?)\s*")


def number(text):
    """A non-negative decimal integer (nginx's ngx_atoi), or None."""
    if not text or not text.isascii() or not text.isdigit():
        return None
    value = int(text)
    return value if value <= SIZE_MAX else None


def size(text):
    return _scaled(text, "kKmM")


def offset(text):
    return _scaled(text, "kKmMgG")


def _scaled(text, units):
    """Digits with one of `units` after them or none, times the unit, or None."""
    unit = text[-1:] if text[-1:] in units else ""
    digits = text[: len(text) - len(unit)]
    if not digits or not digits.isascii() or not digits.isdigit():
        return None
    value = int(digits) * _SCALE[unit]
    return value if value <= SIZE_MAX else None


def time(text, seconds=False):
    """A time in milliseconds (or seconds when `seconds`), or None."""
    pos, total, last_rank = 0, 0, -1
    if not text:
        return None
    while pos < len(text):
        m = _TIME_GROUP.match(text, pos)
        if not m or m.end() == pos:
            return None
        digits, unit = m.groups()
        rank = _RANK[unit]
        if rank <= last_rank or (unit == "ms" and seconds):
            return None
        if not unit and m.end() < len(text):
            return None  # a bare number only at the end
        last_rank = rank
        amount = int(digits)
        total += amount if unit == "ms" else amount * _UNITS[rank][1] * (1 if seconds else 1000)
        if total > INT_MAX:
            return None
        pos = m.end()
    return total


def flag(text):
    lowered = text.lower()
    return True if lowered == "on" else False if lowered == "off" else None
