"""Values shown as text the way the settings say (the course's Django has English only, so
the settings are the format): dates by DATE_FORMAT and friends, numbers with DECIMAL_SEPARATOR
(and THOUSAND_SEPARATOR when USE_THOUSAND_SEPARATOR is on)."""

import datetime
import decimal

from django.conf import settings

# Names get_format() reads from the settings (anything else is a format itself).
FORMAT_SETTINGS = frozenset((
    "DECIMAL_SEPARATOR", "THOUSAND_SEPARATOR", "NUMBER_GROUPING", "FIRST_DAY_OF_WEEK", "MONTH_DAY_FORMAT",
    "TIME_FORMAT", "DATE_FORMAT", "DATETIME_FORMAT", "SHORT_DATE_FORMAT", "SHORT_DATETIME_FORMAT",
    "YEAR_MONTH_FORMAT", "DATE_INPUT_FORMATS", "TIME_INPUT_FORMATS", "DATETIME_INPUT_FORMATS",
))


def get_format(format_type, lang=None, use_l10n=None):
    return getattr(settings, format_type) if format_type in FORMAT_SETTINGS else format_type


def date_format(value, format=None, use_l10n=None):
    from django.utils import dateformat

    return dateformat.format(value, get_format(format or "DATE_FORMAT"))


def time_format(value, format=None, use_l10n=None):
    from django.utils import dateformat

    return dateformat.time_format(value, get_format(format or "TIME_FORMAT"))


def _grouped(digits, size=3, separator=","):
    groups = []
    while len(digits) > size:
        digits, tail = digits[:-size], digits[-size:]
        groups.insert(0, tail)
    return separator.join([digits, *groups]) if digits else separator.join(groups)


def _plain(number):
    """The number's digits without exponent ("1e+20" as "100000000000000000000")."""
    text = str(number)
    exponent = type(number) is float and "e" in text
    return format(decimal.Decimal(text), "f") if exponent or isinstance(number, decimal.Decimal) else text


def number_format(value, decimal_pos=None, use_l10n=None, force_grouping=False):
    """The number as text: DECIMAL_SEPARATOR, `decimal_pos` decimals, grouped thousands when
    forced or USE_THOUSAND_SEPARATOR is on."""
    text = value if isinstance(value, str) else _plain(value)
    sign = "-" if text.startswith("-") else ""
    whole, _, fraction = text.lstrip("-").partition(".")
    fraction = fraction if decimal_pos is None else fraction.ljust(decimal_pos, "0")[:decimal_pos]
    if force_grouping or (use_l10n is not False and settings.USE_THOUSAND_SEPARATOR):
        whole = _grouped(whole, separator=settings.THOUSAND_SEPARATOR)
    shown = sign + whole
    if fraction:
        shown += settings.DECIMAL_SEPARATOR + fraction
    return shown


# How localize() shows each kind of value, in order (a bool is an int, a datetime a date).
_LOCALIZED = (
    (str, lambda value, use_l10n: value),
    (bool, lambda value, use_l10n: "True" if value else "False"),
    ((decimal.Decimal, float, int), lambda value, use_l10n: number_format(value, use_l10n=use_l10n)),
    (datetime.datetime, lambda value, use_l10n: date_format(value, "DATETIME_FORMAT")),
    (datetime.date, lambda value, use_l10n: date_format(value)),
    (datetime.time, lambda value, use_l10n: time_format(value)),
)


def localize(value, use_l10n=None):
    """A value as a template shows it: numbers and dates formatted, anything else as it is."""
    show = next((show for kinds, show in _LOCALIZED if isinstance(value, kinds)), None)
    return value if show is None else show(value, use_l10n)
