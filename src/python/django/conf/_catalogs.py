"""The message catalogs ("django" domain) a project has, as Django's translation machinery
finds them: Django's own (django/conf/locale), each installed app's locale folder, LOCALE_PATHS.

Django ships its catalogs as .mo files, which are not in this tree: the locales it has are
listed here instead (Django 6.1), and only the reader's own folders are looked at on disk.

Two questions use them: whether a language code has a catalog (check_for_language(), which
translation.E004 depends on), and whether the default language has one, which Django asks the
first time it translates a string while the app registry loads (importing the auth app's
models does): without one it stops with OSError.
"""

import functools
import gettext
import os

#: Locales Django 6.1 ships a "django" catalog for (django/conf/locale/<name>/LC_MESSAGES/django.mo).
DJANGO_CATALOGS = frozenset(
    "af ar ar_DZ ast az be bg bn br bs ca ckb cs cy da de dsb el en en_AU en_GB eo es es_AR es_CO "
    "es_MX es_VE et eu fa fi fr fy ga gd gl he hi hr hsb hu hy ia id ig io is it ja ka kab kk km kn "
    "ko ky lb lt lv mk ml mn mr ms my nb ne nl nn os pa pl pt pt_BR ro ru sk sl sq sr sr_Latn sv sw "
    "ta te tg th tk tr tt udm ug uk ur uz vi zh_Hans zh_Hant".split()
)
#: Catalogs a contrib app's own locale folder adds to those.
CONTRIB_APP_CATALOGS = {"django.contrib.admin": frozenset({"am"})}


def locale_name(code):
    """'en-us' -> 'en_US', 'sr-latn' -> 'sr_Latn', 'de' -> 'de' (Django's to_locale())."""
    language, _, region = code.lower().partition("-")
    if not region:
        return code[:3].lower() + code[3:]
    region, _, rest = region.partition("-")
    region = region.title() if len(region) > 2 else region.upper()
    return f"{language}_{region}" + (f"-{rest}" if rest else "")


def language_name(locale):
    """'en_US' -> 'en-us' (Django's to_language())."""
    cut = locale.find("_")
    return locale.lower() if cut < 0 else f"{locale[:cut].lower()}-{locale[cut + 1:].lower()}"


def catalog_sources():
    """Where check_for_language() looks, lazily: Django's own folder (as the names it holds),
    LOCALE_PATHS, then the installed apps' locale folders."""
    from django.conf import settings

    yield DJANGO_CATALOGS
    yield from settings.LOCALE_PATHS
    yield from _app_sources()


def _app_sources():
    from django.apps import apps

    for config in apps.get_app_configs():
        if config.name in CONTRIB_APP_CATALOGS:
            yield CONTRIB_APP_CATALOGS[config.name]
        elif not config.name.startswith("django."):
            folder = os.path.join(config.path, "locale")
            if os.path.exists(folder):
                yield folder


@functools.lru_cache(maxsize=256)
def _candidates(locale):
    """The folder names gettext tries for a locale, in its order ('en_US' -> ..., 'en_US', 'en')."""
    return tuple(gettext._expand_lang(locale))


def _in_names(names, locale):
    """gettext.find() over a folder holding exactly `names`."""
    for candidate in _candidates(locale):
        if candidate == "C":
            return False
        if candidate in names:
            return True
    return False


def has_catalog(source, locale):
    if isinstance(source, frozenset):
        return _in_names(source, locale)
    return gettext.find("django", source, [locale]) is not None


def default_language_translation():
    """What translating a first string does with USE_I18N on: build the catalog of
    LANGUAGE_CODE from every source, and stop with OSError when none has it."""
    from django.conf import settings

    code = settings.LANGUAGE_CODE
    hash(code)  # translations are kept by language
    language_name(code)
    locale = locale_name(code)
    # Every source is read (a translation merges them all), apps and LOCALE_PATHS last first.
    sources = [DJANGO_CATALOGS, *list(_app_sources())[::-1], *reversed(settings.LOCALE_PATHS)]
    found = [has_catalog(source, locale) for source in sources]
    if not any(found):
        raise OSError("No translation files found for default language %s." % code)
