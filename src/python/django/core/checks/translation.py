"""The language settings (always checked): LANGUAGE_CODE, LANGUAGES and LANGUAGES_BIDI hold
valid language tags (translation.E001-E003), and LANGUAGE_CODE is one of LANGUAGES, or has a
variant there that Django can serve (translation.E004).

E004 asks what Django's translation machinery would answer for LANGUAGE_CODE. With USE_I18N
off, any non-empty code is its own answer. With it on, the code, its LANG_INFO fallbacks and
its generic forms ('pt-br' -> 'pt') are tried against LANGUAGES, each also needing a message
catalog Django can find (django.conf._catalogs); failing that, any LANGUAGES entry of the same
generic language ('fr' -> 'fr-ca') is accepted.
"""

import re

from django.conf import _catalogs, global_settings, settings

from . import Error, Tags, register

E001 = Error(
    "You have provided an invalid value for the LANGUAGE_CODE setting: {!r}.",
    id="translation.E001",
    setting="LANGUAGE_CODE",
)
E002 = Error(
    "You have provided an invalid language code in the LANGUAGES setting: {!r}.",
    id="translation.E002",
    setting="LANGUAGES",
)
E003 = Error(
    "You have provided an invalid language code in the LANGUAGES_BIDI setting: {!r}.",
    id="translation.E003",
    setting="LANGUAGES_BIDI",
)
E004 = Error(
    "You have provided a value for the LANGUAGE_CODE setting that is not in the LANGUAGES setting.",
    id="translation.E004",
    setting="LANGUAGE_CODE",
)

_LANGUAGE_TAG = re.compile(r"^[a-z]{1,8}(?:-[a-z0-9]{1,8})*(?:@[a-z0-9]{1,20})?$", re.IGNORECASE)

#: LANG_INFO's explicit fallbacks (every other code falls back to its generic forms).
_FALLBACKS = {
    "zh-cn": ["zh-hans"],
    "zh-hk": ["zh-hant"],
    "zh-mo": ["zh-hant"],
    "zh-my": ["zh-hans"],
    "zh-sg": ["zh-hans"],
    "zh-tw": ["zh-hant"],
}
#: Longer codes are cut at a '-' before this length (or refused), as Django does for requests.
_MAX_CODE_LENGTH = 500


def _is_tag(value):
    return isinstance(value, str) and _LANGUAGE_TAG.match(value) is not None


@register(Tags.translation)
def check_setting_languages(app_configs, **kwargs):
    languages = settings.LANGUAGES
    if _shipped(languages):  # Django's own list: all valid
        return []
    return [E002.replace(msg=E002.msg.format(code)) for code, _name in languages if not _is_tag(code)]


@register(Tags.translation)
def check_setting_language_code(app_configs, **kwargs):
    code = settings.LANGUAGE_CODE
    return [] if _is_tag(code) else [E001.replace(msg=E001.msg.format(code))]


@register(Tags.translation)
def check_setting_languages_bidi(app_configs, **kwargs):
    return [E003.replace(msg=E003.msg.format(code)) for code in settings.LANGUAGES_BIDI if not _is_tag(code)]


@register(Tags.translation)
def check_language_settings_consistent(app_configs, **kwargs):
    try:
        _served_variant(settings.LANGUAGE_CODE)
    except LookupError:  # what Django's translation machinery raises for "none"
        return [E004]
    return []


# ---- what django.utils.translation would answer -----------------------------------------------


def _served_variant(code):
    """The LANGUAGES code Django would serve for `code`; LookupError when there is none."""
    translating = settings.USE_I18N
    if not translating:  # Django's no-translation machinery knows LANGUAGE_CODE and nothing else
        if code and code.lower() == settings.LANGUAGE_CODE.lower():
            return code
        raise LookupError(code)
    hash(code)  # Django memoizes the answer per code: an unhashable one fails there
    if not code:
        raise LookupError(code)
    if len(code) > _MAX_CODE_LENGTH:
        cut = code.rfind("-", 0, _MAX_CODE_LENGTH)
        if cut <= 0:
            raise LookupError(code)
        code = code[:cut]
    candidates = [code, *_FALLBACKS.get(code, ())]
    end = None
    while (end := code.rfind("-", 0, end)) > -1:
        candidates.append(code[:end])
    supported = _lower_case_keys(settings.LANGUAGES)
    served = next((each for each in candidates if each.lower() in supported and _has_catalog(each)), None)
    if served is None:  # then a regional variant of the generic language ('fr' -> 'fr-ca')
        generic_prefix = candidates[-1] + "-"
        served = next((listed for listed in supported if listed.startswith(generic_prefix)), None)
    if served is None:
        raise LookupError(code)
    return served


def _lower_case_keys(languages):
    """LANGUAGES as Django's get_languages() reads it: a dict by lower-case code."""
    if _shipped(languages):
        if not _shipped_by_code:
            _shipped_by_code.update((key.lower(), name) for key, name in dict(languages).items())
        return _shipped_by_code
    return {key.lower(): name for key, name in dict(languages).items()}


_SHIPPED_LANGUAGES = list(global_settings.LANGUAGES)
_shipped_by_code = {}


def _shipped(languages):
    """Whether LANGUAGES is Django's own list, unchanged (compared in C)."""
    return type(languages) is list and languages == _SHIPPED_LANGUAGES


def _has_catalog(code):
    """Whether a "django" message catalog exists for `code` (Django's check_for_language())."""
    if code is None or not _LANGUAGE_TAG.search(code):
        return False
    locale = _catalogs.locale_name(code)
    return any(_catalogs.has_catalog(source, locale) for source in _catalogs.catalog_sources())
