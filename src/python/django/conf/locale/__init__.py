"""django.conf.locale: LANG_INFO, what Django knows of each language (its direction, its name
in English and in itself), which settings use to build LANGUAGES and get_language_info() reads.

Django's own folder also holds a message catalog and date formats per locale; the mini Django
ships neither (see django.utils.translation). The table is recorded from Django in _recorded.py.
"""

from django.conf.locale._recorded import LANGUAGE_ROWS

__all__ = ["LANG_INFO"]


def _entry(row):
    """One LANG_INFO item from its recorded row: 'de|ltr|German|Deutsch' or 'zh-tw>zh-hant'."""
    if ">" in row:
        code, _, fallbacks = row.partition(">")
        return code, {"fallback": fallbacks.split(",")}
    code, direction, name, local_name = row.split("|")
    return code, {"bidi": direction == "rtl", "code": code, "name": name, "name_local": local_name}


LANG_INFO = dict(map(_entry, LANGUAGE_ROWS))
