"""django.utils.translation: marking text for translation, and the language in use.

The mini Django ships no message catalogs, so a translated message is the message itself, which
is what Django gives for any message its catalogs lack. The rest is Django's: which language is
active, the errors of a project whose default language has no catalog or that translates while
its apps load, the lazy strings settings put in LANGUAGES, get_language_info() from LANG_INFO.

Each function answers through trans_real when USE_I18N is on and trans_null when it is off, as
the setting is at the function's first call in the process.
"""

import math
import re
from contextlib import ContextDecorator

from django._process import forgotten_by_new_process
from django.utils.functional import lazy

__all__ = [
    "activate",
    "deactivate",
    "override",
    "deactivate_all",
    "get_language",
    "get_language_from_request",
    "get_language_info",
    "get_language_bidi",
    "check_for_language",
    "to_language",
    "to_locale",
    "templatize",
    "gettext",
    "gettext_lazy",
    "gettext_noop",
    "ngettext",
    "ngettext_lazy",
    "pgettext",
    "pgettext_lazy",
    "npgettext",
    "npgettext_lazy",
]


class TranslatorCommentWarning(SyntaxWarning):
    """A translator's comment makemessages cannot attach to a string (Django warns with it)."""


#: The implementation each function has in this process, by name: trans_real's when the project
#: translates (USE_I18N), trans_null's when it does not, chosen at the function's first call and
#: kept (as in Django, changing USE_I18N later changes nothing for a function already used).
_chosen = {}


def _implementation(name):
    found = _chosen.get(name)
    if found is None:
        from django.conf import settings
        from django.utils.translation import trans_null, trans_real

        found = _chosen[name] = getattr(trans_real if settings.USE_I18N else trans_null, name)
    return found


@forgotten_by_new_process
def _forget_implementations():
    _chosen.clear()


# ---- translating ------------------------------------------------------------------------------


def gettext_noop(message):
    return _implementation("gettext_noop")(message)


def gettext(message):
    return _implementation("gettext")(message)


def ngettext(singular, plural, number):
    return _implementation("ngettext")(singular, plural, number)


def pgettext(context, message):
    return _implementation("pgettext")(context, message)


def npgettext(context, singular, plural, number):
    return _implementation("npgettext")(context, singular, plural, number)


gettext_lazy, pgettext_lazy = lazy(gettext, str), lazy(pgettext, str)


class _CountedMessage(str):
    """What a plural message marked lazily without its number evaluates to: an empty string
    that picks singular or plural when the number comes, with `%` or format(). When `number` is
    a key, the number is read from the mapping given (a missing key is a KeyError)."""

    def _pick(self, count):
        return self._translate(**{**self._given, "number": count})

    def _count_in(self, values):
        try:
            return values[self._key]
        except KeyError as missing:
            raise KeyError(
                f"Your dictionary lacks key '{self._key}'. Please provide it, because it is required to "
                "determine whether string is singular or plural."
            ) from missing

    def __bool__(self):
        return bool(self._given["singular"])

    def __mod__(self, values):
        count = self._count_in(values) if self._key and isinstance(values, dict) else values
        chosen = self._pick(count)
        try:
            return chosen % values
        except TypeError:  # the message has no placeholder for the number
            return chosen

    def format(self, *args, **kwargs):
        count = self._count_in(kwargs) if self._key and kwargs else args[0]
        return self._pick(count).format(*args, **kwargs)


def _counted_message(translate, key, given):
    made = _CountedMessage()
    made._translate, made._key, made._given = translate, key, given
    return made


_lazy_counted_message = lazy(_counted_message, _CountedMessage)


def lazy_number(func, resultclass, number=None, **kwargs):
    """A lazy plural message: `number` is the count (an int), or, when the count is not known
    yet, None or the key under which a later `% {...}` gives it."""
    if not isinstance(number, int):
        return _lazy_counted_message(func, number, kwargs)
    return lazy(func, resultclass)(number=number, **kwargs)


def ngettext_lazy(singular, plural, number=None):
    return lazy_number(ngettext, str, number=number, singular=singular, plural=plural)


def npgettext_lazy(context, singular, plural, number=None):
    return lazy_number(npgettext, str, number=number, context=context, singular=singular, plural=plural)


# ---- the active language ----------------------------------------------------------------------


def activate(language):
    return _implementation("activate")(language)


def deactivate():
    return _implementation("deactivate")()


def deactivate_all():
    return _implementation("deactivate_all")()


def get_language():
    return _implementation("get_language")()


def get_language_bidi():
    return _implementation("get_language_bidi")()


class override(ContextDecorator):
    """Use `language` inside a with block (or a decorated function), then go back to the
    language before it; None means no translation at all, as deactivate_all() does."""

    def __init__(self, language, deactivate=False):
        self.language, self.deactivate = language, deactivate

    def __enter__(self):
        self.old_language = get_language()
        _use(self.language)

    def __exit__(self, exc_type, exc_value, traceback):
        back_to = self.old_language
        if back_to is not None and self.deactivate:
            deactivate()
        else:
            _use(back_to)


def _use(language):
    """Activate `language`; None: no translation at all (deactivate_all())."""
    return deactivate_all() if language is None else activate(language)


# ---- languages the project serves -------------------------------------------------------------


def check_for_language(lang_code):
    return _implementation("check_for_language")(lang_code)


def get_supported_language_variant(lang_code, *, strict=False):
    return _implementation("get_supported_language_variant")(lang_code, strict)


def get_language_from_request(request, check_path=False):
    return _implementation("get_language_from_request")(request, check_path)


def get_language_from_path(path):
    return _implementation("get_language_from_path")(path)


def get_language_info(lang_code):
    """LANG_INFO's entry for a code (its generic language's for an unknown regional code),
    given a lazily translated name; KeyError for a code Django does not know."""
    from django.conf.locale import LANG_INFO

    info = LANG_INFO.get(lang_code)
    if info is None:
        generic = lang_code.split("-")[0] if "-" in lang_code else None
        if generic is None:
            raise KeyError(f"Unknown language code {lang_code}.")
        info = LANG_INFO.get(generic)
        if info is None:
            raise KeyError(f"Unknown language code {lang_code} and {generic}.")
    elif "name" not in info and "fallback" in info:
        info = get_language_info(info["fallback"][0])
    if info:
        info.update(name_translated=gettext_lazy(info["name"]))
    return info


# ---- language names and locale names ----------------------------------------------------------


def to_language(locale):
    """A locale name as a language code: 'en_US' -> 'en-us'."""
    cut = locale.find("_")
    language = locale if cut < 0 else f"{locale[:cut]}-{locale[cut + 1:]}"
    return language.lower()


def to_locale(language):
    """A language code as a locale name: 'en-us' -> 'en_US', 'sr-latn' -> 'sr_Latn'. A region
    of two letters is upper-cased, a longer one capitalised; what follows it stays."""
    base, _, region = language.lower().partition("-")
    if not region:
        return f"{language[:3].lower()}{language[3:]}"
    region, dash, rest = region.partition("-")
    region = region.upper() if len(region) <= 2 else region.title()
    return f"{base}_{region}{dash}{rest}"


def templatize(src, **kwargs):
    """What makemessages does to a template (Python code xgettext can read): not in the mini
    Django, which has no makemessages."""
    raise NotImplementedError("templatize() is for makemessages, which the course's mini Django does not have.")


# ---- small helpers Django's template tags use -------------------------------------------------


_BREAK_WITH_SPACES = re.compile(r"\s*\n\s*")


def trim_whitespace(s):
    """Text on one line: stripped, each line break with the spaces around it made one space."""
    return _BREAK_WITH_SPACES.sub(" ", s.strip())


def round_away_from_one(value):
    """The integer next to `value` on the side away from 1 (1.2 -> 2, 0.5 -> 0, 1 -> 1)."""
    beyond = value - 1
    return (math.ceil(beyond) if beyond > 0 else math.floor(beyond)) + 1
