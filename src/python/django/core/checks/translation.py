"""The language settings (always checked): LANGUAGE_CODE, LANGUAGES and LANGUAGES_BIDI hold
valid language tags (translation.E001-E003), and LANGUAGE_CODE is one of LANGUAGES, or has a
variant there that Django can serve (translation.E004).

E004 asks what Django's translation machinery would answer for LANGUAGE_CODE. With USE_I18N
off, any non-empty code is its own answer. With it on, the code, its LANG_INFO fallbacks and
its generic forms ('pt-br' -> 'pt') are tried against LANGUAGES, each also needing a message
catalog Django can find (its own, LOCALE_PATHS, an installed app's locale folder); failing
that, any LANGUAGES entry of the same generic language ('fr' -> 'fr-ca') is accepted. Django
ships its catalogs as files; they are not in this tree, so `_DJANGO_CATALOGS` lists them.
"""

import gettext
import os
import re

from django.conf import settings

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

#: Locales Django 6.1 ships a "django" catalog for (django/conf/locale/<name>/LC_MESSAGES/django.mo).
_DJANGO_CATALOGS = frozenset(
    "af ar ar_DZ ast az be bg bn br bs ca ckb cs cy da de dsb el en en_AU en_GB eo es es_AR es_CO "
    "es_MX es_VE et eu fa fi fr fy ga gd gl he hi hr hsb hu hy ia id ig io is it ja ka kab kk km kn "
    "ko ky lb lt lv mk ml mn mr ms my nb ne nl nn os pa pl pt pt_BR ro ru sk sl sq sr sr_Latn sv sw "
    "ta te tg th tk tr tt udm ug uk ur uz vi zh_Hans zh_Hant".split()
)
#: Catalogs a contrib app adds to those (its own locale folder).
_CONTRIB_APP_CATALOGS = {"django.contrib.admin": frozenset({"am"})}
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
    return [E002.replace(msg=E002.msg.format(code)) for code, _name in settings.LANGUAGES if not _is_tag(code)]


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
    supported = {key.lower(): name for key, name in dict(settings.LANGUAGES).items()}
    served = next((each for each in candidates if each.lower() in supported and _has_catalog(each)), None)
    if served is None:  # then a regional variant of the generic language ('fr' -> 'fr-ca')
        generic_prefix = candidates[-1] + "-"
        served = next((listed for listed in supported if listed.startswith(generic_prefix)), None)
    if served is None:
        raise LookupError(code)
    return served


def _locale_name(code):
    """'en-us' -> 'en_US', 'sr-latn' -> 'sr_Latn', 'de' -> 'de' (Django's to_locale())."""
    language, _, region = code.lower().partition("-")
    if not region:
        return code[:3].lower() + code[3:]
    region, _, rest = region.partition("-")
    region = region.title() if len(region) > 2 else region.upper()
    return f"{language}_{region}" + (f"-{rest}" if rest else "")


def _catalog_sources():
    """Where Django looks for catalogs, in its order: its own folder, LOCALE_PATHS, then each
    installed app's locale folder. Django's own folders are given as the names they hold."""
    from django.apps import apps

    sources = [_DJANGO_CATALOGS, *settings.LOCALE_PATHS]
    for config in apps.get_app_configs():
        folder = os.path.join(config.path, "locale")
        if config.name in _CONTRIB_APP_CATALOGS:
            sources.append(_CONTRIB_APP_CATALOGS[config.name])
        elif not config.name.startswith("django.") and os.path.exists(folder):
            sources.append(folder)
    return sources


def _in_names(names, locale_name):
    """gettext.find() over a folder holding exactly `names`."""
    for candidate in gettext._expand_lang(locale_name):
        if candidate == "C":
            return False
        if candidate in names:
            return True
    return False


def _has_catalog(code):
    """Whether a "django" message catalog exists for `code` in a folder Django searches."""
    if code is None or not _LANGUAGE_TAG.search(code):
        return False
    locale_name = _locale_name(code)
    return any(
        _in_names(source, locale_name) if isinstance(source, frozenset) else gettext.find("django", source, [locale_name]) is not None
        for source in _catalog_sources()
    )
