"""The built-in filters (|date, |default, |escape, |length...): a builtin library of every
Engine. A filter is a function of the value (and at most one argument); its flags say whether
a safe value stays safe (`is_safe`), whether it is told if autoescaping is on
(`needs_autoescape`), and whether datetimes reach it in the current time zone
(`expects_localtime`)."""

import random as _random
import re
from decimal import ROUND_HALF_UP, Context, Decimal, InvalidOperation
from functools import wraps
from pprint import pformat
from urllib.parse import quote

from django.utils import formats
from django.utils import text as text_utils
from django.utils.encoding import iri_to_uri
from django.utils.html import conditional_escape, escape, escapejs, json_script as _json_script, linebreaks, strip_tags
from django.utils.safestring import SafeData, mark_safe

from . import _text
from .library import Library

register = Library()


def stringfilter(func):
    """Make a filter's first argument a str before the filter sees it (a safe string stays
    safe through a filter registered with is_safe=True)."""

    # Called with no value, Django's wrapper says "missing 1 required positional argument: 'first'".
    @wraps(func)
    def with_text(first, *args, **kwargs):
        text = str(first)
        result = func(text, *args, **kwargs)
        if isinstance(text, SafeData) and getattr(with_text, "is_safe", False):
            return mark_safe(result)
        return result

    return with_text


def _attempt(action, fallback, *errors):
    """action(), or `fallback` (called, if it is a function) when it raises one of `errors`."""
    try:
        return action()
    except errors:
        return fallback() if callable(fallback) else fallback


# ---- text -----------------------------------------------------------------------------------------

# Filters of a string alone: name -> (what they do, whether a safe value stays safe).
_TEXT_FILTERS = {
    "addslashes": (lambda text: text.translate({ord("\\"): "\\\\", ord('"'): '\\"', ord("'"): "\\'"}), True),
    "capfirst": (lambda text: text_utils.capfirst(text), True),
    "escapejs": (escapejs, False),
    "iriencode": (iri_to_uri, True),
    "lower": (str.lower, True),
    "upper": (str.upper, False),
    "make_list": (list, False),
    "slugify": (lambda text: text_utils.slugify(text), True),
    "wordcount": (lambda text: len(text.split()), False),
    "striptags": (strip_tags, True),
    "force_escape": (escape, True),  # escaped even when it is marked safe
    "escape": (conditional_escape, True),  # escaped once: what is safe already is left alone
    "safe": (mark_safe, True),
}


def _text_filter(name, action, is_safe):
    def text_filter(value):
        return action(value)

    text_filter.__name__ = text_filter.__qualname__ = name
    return register.filter(name, stringfilter(text_filter), is_safe=is_safe)


for _name, (_action, _is_safe) in _TEXT_FILTERS.items():
    globals()[f"{_name}_filter" if _name in ("escape", "escapejs", "safe") else _name] = _text_filter(_name, _action, _is_safe)


@register.filter(is_safe=True)
def json_script(value, element_id=None):
    return _json_script(value, element_id)


@register.filter(is_safe=True)
@stringfilter
def title(value):
    titled = re.sub(r"([a-z])'([A-Z])", lambda m: m[0].lower(), value.title())
    return re.sub(r"\d([A-Z])", lambda m: m[0].lower(), titled)


@register.filter(is_safe=True)
def stringformat(value, arg):
    """`"%" + arg` applied to the value ('' when that fails)."""
    operand = str(value) if type(value) is tuple else value
    return _attempt(lambda: f"%{arg}" % operand, "", ValueError, TypeError)


@register.filter(is_safe=True)
@stringfilter
def truncatechars(value, arg):
    return _attempt(lambda: _text.truncate_chars(value, int(arg)), value, ValueError)


@register.filter(is_safe=True)
@stringfilter
def truncatewords(value, arg):
    return _attempt(lambda: _text.truncate_words(value, int(arg), ending=" …"), value, ValueError)


@register.filter(is_safe=True)
@stringfilter
def truncatechars_html(value, arg):
    return _attempt(lambda: _text.truncate_html_chars(value, int(arg)), value, ValueError)


@register.filter(is_safe=True)
@stringfilter
def truncatewords_html(value, arg):
    return _attempt(lambda: _text.truncate_html_words(value, int(arg)), value, ValueError)


@register.filter(is_safe=True)
@stringfilter
def wordwrap(value, arg):
    return _text.wrap(value, int(arg))


@register.filter(is_safe=True, needs_autoescape=True)
@stringfilter
def urlize(value, autoescape=True):
    from ._urlize import urlize as make_links

    return mark_safe(make_links(value, nofollow=True, autoescape=autoescape))


@register.filter(is_safe=True, needs_autoescape=True)
@stringfilter
def urlizetrunc(value, limit, autoescape=True):
    from ._urlize import urlize as make_links

    return mark_safe(make_links(value, trim_url_limit=int(limit), nofollow=True, autoescape=autoescape))


@register.filter(is_safe=False)
@stringfilter
def urlencode(value, safe=None):
    return quote(value, safe="/" if safe is None else safe)


# Padding filters: the value centred or aligned in a field of `arg` characters.
for _name, _align in (("ljust", "<"), ("rjust", ">"), ("center", "^")):
    def _padded(value, arg, _align=_align):
        width = int(arg)
        return format(value, f"{_align}{width}") if width > 0 else value

    _padded.__name__ = _padded.__qualname__ = _name
    globals()[_name] = register.filter(_name, stringfilter(_padded), is_safe=True)


@register.filter
@stringfilter
def cut(value, arg):
    """The value without any `arg` in it."""
    cut_out = value.replace(arg, "")
    return mark_safe(cut_out) if isinstance(value, SafeData) and arg != ";" else cut_out


@register.filter(is_safe=True, needs_autoescape=True)
@stringfilter
def linenumbers(value, autoescape=True):
    lines = value.split("\n")
    width = len(str(len(lines)))
    shown = (escape(line) if autoescape and not isinstance(value, SafeData) else line for line in lines)
    return mark_safe("\n".join("%0*d. %s" % (width, number, line) for number, line in enumerate(shown, 1)))


# ---- HTML -----------------------------------------------------------------------------------------


@register.filter("linebreaks", is_safe=True, needs_autoescape=True)
@stringfilter
def linebreaks_filter(value, autoescape=True):
    return mark_safe(linebreaks(value, autoescape and not isinstance(value, SafeData)))


@register.filter(is_safe=True, needs_autoescape=True)
@stringfilter
def linebreaksbr(value, autoescape=True):
    unix = value.replace("\r\n", "\n").replace("\r", "\n")
    shown = escape(unix) if autoescape and not isinstance(value, SafeData) else unix
    return mark_safe(shown.replace("\n", "<br>"))


@register.filter(is_safe=True)
def safeseq(value):
    return [mark_safe(item) for item in value]


@register.filter(is_safe=True)
def escapeseq(value):
    return [conditional_escape(item) for item in value]


# ---- lists ----------------------------------------------------------------------------------------


def _sort_key(arg):
    from .base import Variable

    path = Variable(arg)
    if path.lookups is None:
        return lambda item: item[int(arg)] if isinstance(arg, int) else None
    return lambda item: _walk(item, path.lookups)


def _walk(item, lookups):
    for part in lookups:
        try:
            item = item[part]
        except (TypeError, KeyError, IndexError, AttributeError):
            try:
                item = getattr(item, part)
            except AttributeError:
                item = item[int(part)]
    return item


@register.filter(is_safe=False)
def dictsort(value, arg):
    try:
        return sorted(value, key=_sort_key(arg))
    except (AttributeError, TypeError, ValueError, KeyError, IndexError):
        return ""


@register.filter(is_safe=False)
def dictsortreversed(value, arg):
    try:
        return sorted(value, key=_sort_key(arg), reverse=True)
    except (AttributeError, TypeError, ValueError, KeyError, IndexError):
        return ""


@register.filter(is_safe=False)
def first(value):
    return _attempt(lambda: value[0], "", IndexError)


@register.filter(is_safe=False)
def last(value):
    return _attempt(lambda: value[-1], "", IndexError)


@register.filter(is_safe=True, needs_autoescape=True)
def join(value, arg, autoescape=True):
    def joined():
        if not autoescape:
            return arg.join(value)
        return conditional_escape(arg).join([conditional_escape(item) for item in value])

    # Not a sequence of strings: shown as it is.
    return _attempt(lambda: mark_safe(joined()), value, TypeError)


@register.filter(is_safe=False)
def length(value):
    return _attempt(lambda: len(value), 0, ValueError, TypeError)


@register.filter(is_safe=True)
def random(value):
    return _attempt(lambda: _random.choice(value), "", IndexError)


@register.filter("slice", is_safe=True)
def slice_filter(value, arg):
    def sliced():
        bounds = [int(part) if part else None for part in str(arg).split(":")]
        return value[slice(*bounds)]

    return _attempt(sliced, value, ValueError, TypeError, KeyError)


@register.filter(is_safe=True, needs_autoescape=True)
def unordered_list(value, autoescape=True):
    show = conditional_escape if autoescape else str

    def items_of(level, indent):
        lines = []
        values = list(level)
        index = 0
        while index < len(values):
            item, children = values[index], ""
            if index + 1 < len(values) and isinstance(values[index + 1], (list, tuple)):
                nested = items_of(values[index + 1], indent + "\t")
                children = "\n%s<ul>\n%s\n%s</ul>\n%s" % (indent, nested, indent, indent)
                index += 1
            lines.append("%s<li>%s%s</li>" % (indent, show(item), children))
            index += 1
        return "\n".join(lines)

    return mark_safe(items_of(value, "\t"))


# ---- numbers --------------------------------------------------------------------------------------


@register.filter(is_safe=False)
def add(value, arg):
    """Numbers added as integers when both are; otherwise `value + arg` ('' when that fails)."""
    as_objects = lambda: _attempt(lambda: value + arg, "", Exception)  # noqa: E731
    return _attempt(lambda: int(value) + int(arg), as_objects, ValueError, TypeError)


@register.filter(is_safe=False)
def get_digit(value, arg):
    """The `arg`-th digit from the right (1 is the last); 0 past the first; the value when
    either is no integer or `arg` is below 1."""
    try:
        position, digits = int(arg), str(int(value))
    except ValueError:
        return value
    if position < 1:
        return value
    return int(digits[-position]) if position <= len(digits) else 0


@register.filter(is_safe=False)
def divisibleby(value, arg):
    return not int(value) % int(arg)


# |floatformat's argument may end with g (thousands grouped) and/or u (not localized).
_FLOATFORMAT_SUFFIXES = {"gu": (True, False), "ug": (True, False), "g": (True, True), "u": (False, True)}


@register.filter(is_safe=True)
def floatformat(text, arg=-1):
    """The number rounded (half up) to `arg` decimal places; a negative `arg` shows none when
    the number is whole."""
    grouped, localized = False, True
    if isinstance(arg, str):
        for suffix, (grouped_here, localized_here) in _FLOATFORMAT_SUFFIXES.items():
            if arg.endswith(suffix):
                grouped, localized, arg = grouped_here, localized_here, arg[: -len(suffix)] or -1
                break
    number = _decimal(text)
    if number is None:
        return ""
    places = _attempt(lambda: int(arg), None, ValueError)
    whole = _attempt(lambda: number == int(number), None, ValueError, OverflowError, InvalidOperation)
    if places is None or whole is None:  # no number of places, or infinite / not a number
        return str(text)
    if whole and places <= 0:
        shown = "%d" % int(number)
        return mark_safe(formats.number_format(shown, 0, use_l10n=localized, force_grouping=grouped))
    precision = max(28, abs(places) + len(number.as_tuple().digits) + abs(number.as_tuple().exponent) + 1)
    rounded = number.quantize(Decimal(1).scaleb(-abs(places)), ROUND_HALF_UP, Context(prec=precision))
    shown = format(rounded, "f")
    if not rounded:
        shown = shown.lstrip("-")
    return mark_safe(formats.number_format(shown, abs(places), use_l10n=localized, force_grouping=grouped))


def _decimal(value):
    """The value as a Decimal (through float() if its text is no number), or None."""
    through_float = lambda: _attempt(lambda: Decimal(repr(float(value))), None, ValueError, InvalidOperation, TypeError)  # noqa: E731
    return _attempt(lambda: Decimal(str(value)), through_float, InvalidOperation)


@register.filter(is_safe=True)
def filesizeformat(bytes_):
    size = _attempt(lambda: int(bytes_), None, TypeError, ValueError, UnicodeDecodeError)
    if size is None:
        return "0\xa0bytes"
    negative, size = size < 0, abs(size)
    if size < 1024:
        count = int(size)
        shown = "%d byte" % count if count == 1 else "%d bytes" % count
    else:
        for unit, power in (("KB", 1), ("MB", 2), ("GB", 3), ("TB", 4), ("PB", 5)):
            if size < 1024 ** (power + 1) or unit == "PB":
                shown = "%s %s" % (formats.number_format(round(size / 1024 ** power, 1), 1), unit)
                break
    shown = ("-" if negative else "") + shown
    return shown.replace(" ", "\xa0")


# ---- logic ----------------------------------------------------------------------------------------


@register.filter(is_safe=False)
def default(value, arg):
    return value or arg


@register.filter(is_safe=False)
def default_if_none(value, arg):
    return arg if value is None else value


@register.filter(is_safe=False)
def yesno(value, arg=None):
    """'yes', 'no' or 'maybe' (for None), or the words of `arg` ("yes,no[,maybe]")."""
    words = (arg if arg is not None else "yes,no,maybe").split(",")
    if len(words) < 2:
        return value
    yes, no = words[:2]
    maybe = words[2] if len(words) > 2 else no
    if value is None:
        return maybe
    return yes if value else no


@register.filter(is_safe=False)
def pluralize(value, arg="s"):
    """The suffix for a count (or something with a length): 'singular,plural', or the plural."""
    if "," in arg:
        forms = arg.split(",")
        if len(forms) > 2:
            return ""
        singular, plural = forms
    else:
        singular, plural = "", arg
    try:
        is_one = float(value) == 1
    except ValueError:  # text that is not a number
        return ""
    except TypeError:  # no number: a sized thing, by its length
        is_one = _attempt(lambda: len(value) == 1, None, TypeError)
    return "" if is_one is None else singular if is_one else plural


_PHONE_KEYS = dict(zip("abcdefghijklmnopqrstuvwxyz", "22233344455566677778889999"))


@register.filter("phone2numeric", is_safe=True)
def phone2numeric_filter(value):
    return "".join(_PHONE_KEYS.get(c, c) for c in value.lower())


@register.filter(is_safe=True)
def pprint(value):
    try:
        return pformat(value)
    except Exception as failure:
        return f"Error in formatting: {type(failure).__name__}: {failure}"


# ---- dates ----------------------------------------------------------------------------------------


@register.filter(expects_localtime=True, is_safe=False)
def date(value, arg=None):
    """The date formatted by `arg` (a format, or a setting's name such as SHORT_DATE_FORMAT)."""
    if value is None or value == "":
        return ""
    return _attempt(lambda: formats.date_format(value, arg), "", AttributeError)


@register.filter(expects_localtime=True, is_safe=False)
def time(value, arg=None):
    if value is None or value == "":
        return ""
    return _attempt(lambda: formats.time_format(value, arg), "", AttributeError, TypeError)


def _span(words, value, arg):
    if not value:
        return ""
    return _attempt(lambda: words(value, arg) if arg else words(value), "", ValueError, TypeError)


@register.filter("timesince", is_safe=False)
def timesince_filter(value, arg=None):
    """How long ago `value` was (before `arg`, or now): "3 days, 2 hours"."""
    from django.utils.timesince import timesince

    return _span(timesince, value, arg)


@register.filter("timeuntil", is_safe=False)
def timeuntil_filter(value, arg=None):
    """How long until `value` (from `arg`, or now)."""
    from django.utils.timesince import timeuntil

    return _span(timeuntil, value, arg)
