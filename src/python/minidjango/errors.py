"""An exception that escaped a run, described as Django's traceback would tell it.

The shape is the conformance corpus's Error: the exception's class name, its message, and the
innermost frame in one of the reader's files (for SyntaxError, the place Python reports),
plus the column range there, for the editor's squiggle, and an explanation for a beginner
(explain.py). An error raised outside the reader's files (Django refusing a setting) keeps
file and line null, as in the corpus, but its location may still point at the setting.
"""

import re
import traceback

from minidjango import explain, locations, os_errors


def describe(exc, project, settings_module=None):
    """Error dict for `exc`: type, message, file, line, location and explanation."""
    where = getattr(exc, "minidjango_where", None)  # set by the engine when it refuses a file itself
    if isinstance(exc, SyntaxError):
        rel = project.relative(exc.filename)
        location = _syntax_location(exc, rel, project) if rel else None
        message = exc.msg
    elif where and project.relative(where[0]):
        rel = project.relative(where[0])
        location = locations.line_span(rel, _lines(project, rel), where[1])
        message = _message(exc)
    else:
        location = _innermost_project_frame(exc, project)
        message = _message(exc)
    error = {
        "type": type(exc).__name__,
        "message": message,
        "file": location["file"] if location else None,
        "line": location["line"] if location else None,
        "location": location,
    }
    try:
        source = locations.SettingsSource(project, settings_module, explain._value_reader(settings_module)) if settings_module else None
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
# argument ("... 'context_processor'. Did you mean 'context_processors'?").
_UNPACK_TOO_MANY = re.compile(r"too many values to unpack \(expected (\d+), got \d+\)")
_UNEXPECTED_KEYWORD = re.compile(r"(.+ got an unexpected keyword argument '[^']*')\. Did you mean '[^']*'\?")


def _as_python_312(exc, message):
    if type(exc) is ValueError and (match := _UNPACK_TOO_MANY.fullmatch(message)):
        return f"too many values to unpack (expected {match.group(1)})"
    if type(exc) is TypeError and (match := _UNEXPECTED_KEYWORD.fullmatch(message)):
        return match.group(1)
    return message


def _lines(project, rel):
    return locations._LINE_BREAKS.split(project.source(rel) or "")


def _syntax_location(exc, rel, project):
    lines = _lines(project, rel)
    line = exc.lineno or 1
    text = lines[line - 1] if 0 < line <= len(lines) else ""
    # SyntaxError counts columns in characters (1-based); the editor counts UTF-16 code units.
    col = locations.col_from_chars(text, (exc.offset or 1) - 1)
    end_line = exc.end_lineno or line
    end_text = lines[end_line - 1] if 0 < end_line <= len(lines) else ""
    end_col = locations.col_from_chars(end_text, exc.end_offset - 1) if exc.end_offset else col
    if (end_line, end_col) <= (line, col):
        end_line, end_col = line, col + 1
    return {"file": rel, "line": line, "col": col, "endLine": end_line, "endCol": end_col}


def _innermost_project_frame(exc, project):
    found = None
    for frame in traceback.extract_tb(exc.__traceback__):
        rel = project.relative(frame.filename)
        if rel:
            found = (rel, frame)
    if not found:
        return None
    rel, frame = found
    lines = _lines(project, rel)
    line = frame.lineno or 1
    if frame.colno is not None and frame.end_colno is not None and frame.end_lineno:
        # Tracebacks count these columns in UTF-8 bytes.
        return locations.span(rel, lines, line, frame.colno, frame.end_lineno, frame.end_colno)
    return locations.line_span(rel, lines, line)
