"""The translation functions of a project with USE_I18N on.

A language's translation is built the first time it is needed and kept for the process: the
default language's (LANGUAGE_CODE) the first time a message is translated, another's when it is
activated. Building one is where a project can fail as in Django: the apps must be loaded (a
non-lazy gettext() in a settings module runs too early), and the default language must have a
"django" message catalog somewhere Django looks: its own locale folder, an installed app's
`locale` folder, or LOCALE_PATHS.

The mini Django reads no catalog: it knows which locales Django and its contrib apps ship
catalogs for (recorded in django.conf.locale._recorded) and looks for the reader's folders on
disk, and every translation leaves the message as it is.
"""

import contextlib
import functools
import gettext as gettext_module
import os
import re

from django._process import forgotten_by_new_process
from django.apps import apps
from django.conf import settings
from django.conf.locale import LANG_INFO
from django.conf.locale._recorded import APP_CATALOGS, DJANGO_CATALOGS, WITHOUT_PLURAL_FORMS
from django.core.exceptions import AppRegistryNotReady

from . import to_language, to_locale

#: What separates a message's context from the message in a catalog's keys.
CONTEXT_SEPARATOR = "\x04"
#: Longer language codes (from a request) are cut or refused.
LANGUAGE_CODE_MAX_LENGTH = 500

language_code_re = re.compile(r"^[a-z]{1,8}(?:-[a-z0-9]{1,8})*(?:@[a-z0-9]{1,20})?$", re.IGNORECASE)
#: A language code as a URL's first segment: /fr/, /pt-br/, /sr-latn/...
language_code_prefix_re = re.compile(r"^/(\w+(?:[@-]\w+){0,2})(?:/|$)")
#: One language range of an Accept-Language header, its weight, and what ends it.
_ACCEPT_RANGE = re.compile(
    r"""
    (\*|[a-z]{1,8}(?:-[a-z0-9]{1,8})*)
    (?:\s*;\s*q=(1(?:\.0{0,3})?|0(?:\.[0-9]{0,3})?))?
    (?:\s*,\s*|$)
    """,
    re.VERBOSE,
)


# ---- where the catalogs are -------------------------------------------------------------------

#: Django's own catalogs, and those a contrib app's locale folder adds, as sets of locale names.
_DJANGO_NAMES = frozenset(DJANGO_CATALOGS.split())
_CONTRIB_NAMES = {app: frozenset(names.split()) for app, names in APP_CATALOGS.items()}
#: Shipped catalogs without a plural rule of their own (their count is not type-checked).
_NO_PLURAL_RULE = frozenset(WITHOUT_PLURAL_FORMS.split())


@functools.lru_cache(maxsize=256)
def _lookup_order(locale):
    """The locale folder names gettext tries for `locale`, in order ('de_AT' -> ..., 'de')."""
    return tuple(gettext_module._expand_lang(locale))


def _catalog_found(source, locale):
    """The catalog a source holds for `locale`, as gettext finds it (None if it has none): in
    a set of the locale names a shipped folder has, the name found; in a folder of the
    reader's, the file's path."""
    if not isinstance(source, frozenset):
        return gettext_module.find("django", source, [locale])
    for name in _lookup_order(locale):
        if name == "C":
            break
        if name in source:
            return name
    return None


def _has_catalog(source, locale):
    return _catalog_found(source, locale) is not None


def _counts_strictly(found):
    """Whether a catalog's plural rule wants an integer count (one with a Plural-Forms
    header: all but Django's English ones; a reader's compiled catalog has one)."""
    return found not in _NO_PLURAL_RULE


def _app_sources():
    """The installed apps' locale folders, in INSTALLED_APPS order (the apps must be loaded)."""
    found = []
    for config in apps.get_app_configs():
        if config.name in _CONTRIB_NAMES:
            found.append(_CONTRIB_NAMES[config.name])
        elif not config.name.startswith("django."):  # Django's other apps add no locale of their own
            folder = os.path.join(config.path, "locale")
            if os.path.exists(folder):
                found.append(folder)
    return found


# ---- one language's translation ---------------------------------------------------------------


def _germanic_plural(n):
    return int(n != 1)


#: A catalog's plural rule as gettext compiles it (it refuses a count that is not a number).
_catalog_plural = gettext_module.c2py("n != 1")


class DjangoTranslation(gettext_module.NullTranslations):
    """The "django" translation of one language, as Django builds it from every catalog it
    finds, with the default language's translation to fall back on. No message is translated."""

    domain = "django"

    def __init__(self, language):
        super().__init__(fp=None)
        self._language, self._code = language, to_language(language)
        locale = to_locale(language)
        if not apps.apps_ready:
            raise AppRegistryNotReady("The translation infrastructure cannot be initialized before the apps registry is ready. Check that you don't make non-lazy gettext calls at import time.")
        apps_first_to_last = _app_sources()
        sources = [_DJANGO_NAMES, *apps_first_to_last[::-1], *reversed(settings.LOCALE_PATHS)]
        found = [each for each in (_catalog_found(source, locale) for source in sources) if each]  # Django reads all
        if not found and language == settings.LANGUAGE_CODE:
            raise OSError(f"No translation files found for default language {settings.LANGUAGE_CODE}.")
        self._plural = _catalog_plural if any(map(_counts_strictly, found)) else _germanic_plural
        default = settings.LANGUAGE_CODE
        if language != default and not language.startswith("en"):
            self.add_fallback(translation(default))

    def __repr__(self):
        return f"<DjangoTranslation lang:{self._language}>"

    def language(self):
        return self._language

    def to_language(self):
        return self._code

    def ngettext(self, msgid1, msgid2, n):
        self._plural(n)  # no catalog has the message, but looking it up counts `n`
        return super().ngettext(msgid1, msgid2, n)


class _Untranslated(gettext_module.NullTranslations):
    """What deactivate_all() makes active: no translation, and no language."""

    def to_language(self):
        return None


class _Languages:
    """The process's translations by language, the default one once used, the active one."""

    def __init__(self):
        self.translations = {}
        self.default = None
        self.active = None


_languages = _Languages()


@forgotten_by_new_process
def _forget_languages():
    _languages.__init__()
    for cached in (check_for_language, get_languages, get_supported_language_variant, _parse_accept_lang_header):
        cached.cache_clear()


def translation(language):
    """The translation of `language`, built on first use and kept."""
    made = _languages.translations
    hash(language)  # an unhashable language fails here, with Python's plainest words
    if language not in made:
        made[language] = DjangoTranslation(language)
    return made[language]


def _default_translation():
    if _languages.default is None:
        _languages.default = translation(settings.LANGUAGE_CODE)
    return _languages.default


def catalog():
    """The active translation, or the default language's."""
    return _languages.active or _default_translation()


# ---- the active language ----------------------------------------------------------------------


def activate(language):
    if language:
        _languages.active = translation(language)


def deactivate():
    _languages.active = None


def deactivate_all():
    _languages.active = _Untranslated()


def get_language():
    active = _languages.active
    return settings.LANGUAGE_CODE if active is None else active.to_language()


def get_language_bidi():
    """Whether the active language is written right to left (its generic language is in
    LANGUAGES_BIDI)."""
    language = get_language()
    return language is not None and language.split("-")[0] in settings.LANGUAGES_BIDI


# ---- translating ------------------------------------------------------------------------------


def _unix_newlines(text):
    return text.replace("\r\n", "\n").replace("\r", "\n")


def gettext(message):
    """The message in the active language (here: the message, line ends made "\\n"); an empty
    message stays empty without a translation being looked for."""
    text = _unix_newlines(message)
    if not text:
        return type(message)("")
    default = _default_translation()  # built first, whatever language is active
    return (_languages.active or default).gettext(text)


def gettext_noop(message):
    return message


def pgettext(context, message):
    found = gettext(f"{context}{CONTEXT_SEPARATOR}{message}")
    return message if CONTEXT_SEPARATOR in found else found


def ngettext(singular, plural, number):
    return catalog().ngettext(singular, plural, number)


def npgettext(context, singular, plural, number):
    found = ngettext(f"{context}{CONTEXT_SEPARATOR}{singular}", f"{context}{CONTEXT_SEPARATOR}{plural}", number)
    return ngettext(singular, plural, number) if CONTEXT_SEPARATOR in found else found


# ---- which languages the project serves -------------------------------------------------------


@functools.lru_cache(maxsize=1000)
def check_for_language(lang_code):
    """Whether a "django" catalog exists for `lang_code` in Django's folder, LOCALE_PATHS or an
    installed app's locale folder."""
    well_formed = lang_code is not None and language_code_re.search(lang_code) is not None
    if not well_formed:
        return False
    sources = [_DJANGO_NAMES, *settings.LOCALE_PATHS, *_app_sources()]
    locale = to_locale(lang_code)
    return any(_has_catalog(source, locale) for source in sources)


@functools.lru_cache
def get_languages():
    """LANGUAGES as a dict by lower-case code."""
    return {code.lower(): name for code, name in dict(settings.LANGUAGES).items()}


def _candidates(lang_code):
    """The code itself, LANG_INFO's fallbacks for it, then each shorter generic form."""
    found = [lang_code, *LANG_INFO.get(lang_code, {}).get("fallback", ())]
    cut = len(lang_code)
    while (cut := lang_code.rfind("-", 0, cut)) >= 0:
        found.append(lang_code[:cut])
    return found


def _within_length(lang_code, strict):
    """A code short enough to look up: as it is, or cut at its last '-' within the length
    (None when strict, or when it has no such '-')."""
    if len(lang_code) <= LANGUAGE_CODE_MAX_LENGTH:
        return lang_code
    cut = -1 if strict else lang_code.rfind("-", 0, LANGUAGE_CODE_MAX_LENGTH)
    return lang_code[:cut] if cut > 0 else None


def _variant_served(lang_code, strict):
    candidates = _candidates(lang_code)
    served = get_languages()
    found = next((code for code in candidates if code.lower() in served and check_for_language(code)), None)
    if found is None and not strict:
        regional = candidates[-1] + "-"
        found = next((code for code in served if code.startswith(regional)), None)
    return found


@functools.lru_cache(maxsize=1000)
def get_supported_language_variant(lang_code, strict=False):
    """The LANGUAGES code to serve for `lang_code`: itself, a fallback or a generic form that
    has a catalog; unless `strict`, then any regional variant of its generic language. A code
    longer than LANGUAGE_CODE_MAX_LENGTH is cut at a '-' (refused when strict). LookupError
    when there is none."""
    wanted = _within_length(lang_code, strict) if lang_code else None
    found = _variant_served(wanted, strict) if wanted else None
    if found is None:
        raise LookupError(wanted or lang_code)
    return found


def _served_or_none(lang_code, strict=False):
    with contextlib.suppress(LookupError):
        return get_supported_language_variant(lang_code, strict=strict)
    return None


def get_language_from_path(path, strict=False):
    """The served language a URL path starts with (/fr/...), or None."""
    match = language_code_prefix_re.match(path)
    return None if match is None else _served_or_none(match[1], strict)


def get_language_from_request(request, check_path=False):
    """The language a request asks for, among LANGUAGES: the URL's prefix (if `check_path`),
    the language cookie, the Accept-Language header, else LANGUAGE_CODE's served variant."""
    if check_path:
        from_path = get_language_from_path(request.path_info)
        if from_path is not None:
            return from_path
    cookie = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME)
    if cookie is not None and cookie in get_languages() and check_for_language(cookie):
        return cookie
    chosen = _served_or_none(cookie)
    if chosen is not None:
        return chosen
    for wanted, _weight in parse_accept_lang_header(request.META.get("HTTP_ACCEPT_LANGUAGE", "")):
        if wanted == "*":
            break
        chosen = _served_or_none(wanted) if language_code_re.search(wanted) else None
        if chosen is not None:
            return chosen
    return _served_or_none(settings.LANGUAGE_CODE) or settings.LANGUAGE_CODE


@functools.lru_cache(maxsize=1000)
def _parse_accept_lang_header(header):
    ranges, text, position = [], header.lower(), 0
    while position < len(text):
        match = _ACCEPT_RANGE.match(text, position)
        if match is None or match.end() == position:
            return ()
        ranges.append((match[1], float(match[2]) if match[2] else 1.0))
        position = match.end()
    ranges.sort(key=lambda each: each[1], reverse=True)
    return tuple(ranges)


def parse_accept_lang_header(lang_string):
    """An Accept-Language header as (language, weight) pairs, heaviest first; () when it is not
    well formed. A header longer than LANGUAGE_CODE_MAX_LENGTH is read up to its last comma
    before that length (and not at all without one)."""
    header = lang_string
    if len(header) > LANGUAGE_CODE_MAX_LENGTH:
        cut = header.rfind(",", 0, LANGUAGE_CODE_MAX_LENGTH)
        header = header[:cut] if cut > 0 else ""
    return _parse_accept_lang_header(header) if header else ()
