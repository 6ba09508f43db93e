"""An exception that escaped a run, described as Django's traceback would tell it.

The shape is the conformance corpus's Error: the exception's class name, its message, and the
innermost frame in one of the reader's files (for SyntaxError, the place Python reports),
plus the column range there, for the editor's squiggle, and an explanation for a beginner
(explain.py). An error raised outside the reader's files (Django refusing a setting) keeps
file and line null, as in the corpus, but its location may still point at the setting.
"""

import re

from minidjango import explain, limits, locations, os_errors
from minidjango.settings_source import SettingsSource


def describe(exc, project, settings_module=None):
    """Error dict for `exc`: type, message, file, line, location and explanation."""
    location = locations.of_exception(exc, project)
    error = {
        "type": type(exc).__name__,
        # Cut before it is explained: the explanations' patterns would take seconds over 10 MB.
        "message": limits.text(exc.msg if isinstance(exc, SyntaxError) else _message(exc)),
        "file": location["file"] if location else None,
        "line": location["line"] if location else None,
        "location": location,
    }
    try:
        source = SettingsSource(project, settings_module) if settings_module else None
        error["explanation"], error["location"] = explain.explain(exc, error, project, source)
    except Exception:  # an explanation is a help; never let it hide the error itself
        error["explanation"] = None
    return error


def _message(exc):
    try:
        return _as_python_312(exc, os_errors.linux_text(exc))
    except Exception:  # a reader's exception class whose __str__ fails
        return f"<unprintable {type(exc).__name__} object>"


# Python 3.14 words some messages differently from CPython 3.12, the version the conformance
# corpus was made with; the course reports what 3.12 says. 3.14 adds the actual count to
# "too many values to unpack (expected 2, got 3)", and a suggestion to an unexpected keyword
# argument ("... 'context_processor'. Did you mean 'context_processors'?"), says what an
# unhashable value was used as, and calls a failed `in` "not a container or iterable".
_AS_IN_312 = {
    ValueError: [(re.compile(r"too many values to unpack \(expected (\d+), got \d+\)"), "too many values to unpack (expected {0})")],
    TypeError: [
        (re.compile(r"(.+ got an unexpected keyword argument '[^']*')\. Did you mean '[^']*'\?"), "{0}"),
        (re.compile(r"cannot use '[^']*' as an? [a-z ]+ \((unhashable type: '[^']*')\)"), "{0}"),
        (re.compile(r"(argument of type '[^']*' is not) a container or iterable"), "{0} iterable"),
    ],
}


def _as_python_312(exc, message):
    for pattern, wording in _AS_IN_312.get(type(exc), ()):
        if match := pattern.fullmatch(message):
            return wording.format(*match.groups())
    return message
