"""The translation functions of a project with USE_I18N off: every message is its own
translation, the language is always LANGUAGE_CODE, and activating another changes nothing."""

import operator

from django.conf import settings

#: The one language of a project that does not translate.
_only_code = operator.attrgetter("LANGUAGE_CODE")


def gettext(message):
    return message


_ = gettext_noop = gettext


def ngettext(singular, plural, number):
    return singular if number == 1 else plural


def pgettext(context, message):
    return message


def npgettext(context, singular, plural, number):
    return singular if number == 1 else plural


#: Nothing is translated later either: the lazy forms are the functions themselves.
gettext_lazy, ngettext_lazy = gettext, ngettext


def activate(x):
    """Nothing to activate: the language stays LANGUAGE_CODE."""


def deactivate():
    """Nothing was activated."""


def deactivate_all():
    """Nothing was activated."""


def get_language():
    return _only_code(settings)


def get_language_bidi():
    return _only_code(settings) in settings.LANGUAGES_BIDI


def check_for_language(x):
    return True


def get_language_from_request(request, check_path=False):
    return _only_code(settings)


def get_language_from_path(request):
    return None


def get_supported_language_variant(lang_code, strict=False):
    """LANGUAGE_CODE itself (in any case) is the only language served."""
    if not lang_code or lang_code.lower() != _only_code(settings).lower():
        raise LookupError(lang_code)
    return lang_code  # as given, in its own case
