"""A check message as the reader is told it: Django's id, level, msg and hint, and where it is
in their files, the quick fixes the editor offers, and for a course message why it matters."""

from django.core.checks import CRITICAL, DEBUG, ERROR, INFO, WARNING

from minidjango import fixes, locations

_LEVEL_NAMES = {DEBUG: "DEBUG", INFO: "INFO", WARNING: "WARNING", ERROR: "ERROR", CRITICAL: "CRITICAL"}


def level_name(message):
    return _LEVEL_NAMES.get(message.level, str(message.level))


def present(message, source=None):
    """A message as the answer gives it; with `source` (a SettingsSource), its location."""
    answer = {
        "id": message.id,
        "level": level_name(message),
        "msg": message.msg,
        "hint": message.hint,
    }
    if source is not None:
        answer["location"] = locations.of_message(message, source)
        quick_fixes = fixes.for_message(message, source)
        if quick_fixes:
            answer["fixes"] = quick_fixes
    if getattr(message, "why", None):
        answer["why"], answer["chapter"] = message.why, message.chapter
    return answer
