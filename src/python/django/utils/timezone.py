"""Time zones as Django's settings describe them: TIME_ZONE is the default one, activate()
sets the current one for a while, and with USE_TZ aware datetimes are shown in the current
zone. The zones come from zoneinfo when its database is there (UTC always is); without one
(Pyodide) from _zonerules, each zone's rule of today."""

import datetime
from contextlib import ContextDecorator

from django.conf import settings

utc = datetime.timezone.utc
_active = []  # the zone activate() set, if any


def get_fixed_timezone(offset):
    """A zone `offset` (a timedelta, or minutes) from UTC."""
    minutes_east = offset.total_seconds() // 60 if isinstance(offset, datetime.timedelta) else offset
    hours, minutes = divmod(abs(int(minutes_east)), 60)
    name = "%s%02d%02d" % ("-" if minutes_east < 0 else "+", hours, minutes)
    return datetime.timezone(datetime.timedelta(minutes=minutes_east), name)


def _zone(name):
    if name in ("UTC", "Etc/UTC"):
        return utc
    try:
        import zoneinfo

        return zoneinfo.ZoneInfo(name)
    except Exception:  # no database here (Pyodide has none), or no such zone
        from ._zonerules import zone

        return zone(name) or utc


def get_default_timezone():
    return _zone(settings.TIME_ZONE)


def get_default_timezone_name():
    return _name_of(get_default_timezone()) if settings.TIME_ZONE is None else settings.TIME_ZONE


def get_current_timezone():
    return _active[-1] if _active else get_default_timezone()


def get_current_timezone_name():
    return _name_of(_active[-1]) if _active else str(settings.TIME_ZONE)


def _name_of(zone):
    return str(zone)


def activate(timezone):
    zone = _zone(timezone) if isinstance(timezone, str) else timezone
    if not isinstance(zone, datetime.tzinfo):
        raise ValueError("Invalid timezone: %r" % timezone)
    _active[:] = [zone]


def deactivate():
    _active.clear()


class override(ContextDecorator):
    """Activate a zone (None: deactivate) for a while."""

    def __init__(self, timezone):
        vars(self).update(timezone=timezone, previous=[])

    def __enter__(self):
        self.previous = list(_active)
        (activate if self.timezone is not None else lambda zone: deactivate())(self.timezone)

    def __exit__(self, *exc_info):
        _active[:] = self.previous


def is_aware(value):
    return not is_naive(value)


def is_naive(value):
    offset = value.utcoffset()
    return offset is None


def now():
    """The current time: aware (UTC) with USE_TZ, naive local time without."""
    return datetime.datetime.now(tz=utc if settings.USE_TZ else None)


def _zone_or_current(timezone):
    return get_current_timezone() if timezone is None else timezone


def localtime(value=None, timezone=None):
    moment = now() if value is None else value
    if moment.utcoffset() is None:
        raise ValueError("localtime() cannot be applied to a naive datetime")
    return moment.astimezone(_zone_or_current(timezone))


def localdate(value=None, timezone=None):
    moment = localtime(value, timezone)
    return moment.date()


def make_aware(value, timezone=None):
    if value.utcoffset() is not None:
        raise ValueError("Not naive datetime (tzinfo is already set)")
    return value.replace(tzinfo=_zone_or_current(timezone))


def make_naive(value, timezone=None):
    if value.utcoffset() is None:
        raise ValueError("make_naive() cannot be applied to a naive datetime")
    return value.astimezone(_zone_or_current(timezone)).replace(tzinfo=None)


def template_localtime(value, use_tz=None):
    """An aware datetime in the current zone when USE_TZ (or `use_tz`) says so; anything else
    as it is."""
    if not isinstance(value, datetime.datetime) or value.utcoffset() is None:
        return value
    wanted = settings.USE_TZ if use_tz is None else use_tz
    return localtime(value) if wanted and getattr(value, "convert_to_local_time", True) else value


from django._process import forgotten_by_new_process  # noqa: E402


@forgotten_by_new_process
def _forget_active():
    """The zone a previous run activated."""
    _active.clear()
