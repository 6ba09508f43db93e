"""The language settings (always checked): LANGUAGE_CODE, LANGUAGES and LANGUAGES_BIDI hold
valid language tags (translation.E001-E003), and LANGUAGE_CODE is one of LANGUAGES, or has a
variant there that Django can serve (translation.E004), which is what
django.utils.translation.get_supported_language_variant() answers.
"""

import contextlib

from django.conf import global_settings, settings
from django.utils.translation import get_supported_language_variant
from django.utils.translation.trans_real import language_code_re

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


def _is_tag(value):
    return isinstance(value, str) and language_code_re.match(value) is not None


@register(Tags.translation)
def check_setting_languages(app_configs, **kwargs):
    languages = settings.LANGUAGES
    if languages is global_settings.LANGUAGES:  # Django's own list: all valid
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
    code = settings.LANGUAGE_CODE
    with contextlib.suppress(LookupError):
        get_supported_language_variant(code)
        return []
    return [E004]
