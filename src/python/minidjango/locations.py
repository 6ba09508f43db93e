"""Where in the reader's files something is: the one place every operation asks.

- `of_message`: a check message says what it is about: the setting (with the list entry or
  dict key), as the check that made it declares, or, for what is defined in code (a URL
  pattern), the code site;
- `of_code_site`: a call Django recorded the site of (a path() or re_path());
- `of_line`: a whole line of a file;
- `of_exception`: the innermost frame of a traceback in the reader's files, or where Python
  reports a SyntaxError, or the file the engine itself refused.

A place is the editor's {"file", "line", "col", "endLine", "endCol"} (source_text.py); None when
the thing is not in the reader's files.
"""

import itertools
import traceback

from minidjango.source_text import lines_of, place_of_bytes, place_of_chars, place_of_line

def of_message(message, settings_source):
    """The place a check message is about, or None (not in the reader's files)."""
    preset = getattr(message, "location", None)
    if preset is not None:
        return preset
    project = settings_source.project
    site = getattr(message, "source", None)
    if site:
        return of_code_site(project, site)
    setting = getattr(message, "setting", None)  # declared by the check that made the message
    if setting is None:
        return None
    return settings_source.place(setting, getattr(message, "index", None), getattr(message, "key", None))


def of_code_site(project, site):
    """A code site: an object with `filename`, `lineno` and, when the exact columns are known,
    `span()` -> (line, col, end_line, end_col) in UTF-8 bytes (django.urls' SourceSite)."""
    filename, lineno = site.filename, site.lineno
    rel = _project_file(project, filename)
    if rel is None:
        return None
    lines = lines_of(project.source(rel))
    span = site.span() if hasattr(site, "span") else None
    if span is None or span[1] is None or span[3] is None:
        return place_of_line(rel, lines, span[0] if span else lineno) if lineno or span else None
    line, col, end_line, end_col = span
    return place_of_bytes(rel, lines, line, col, end_line, end_col)


def of_line(project, filename, line):
    """A whole line (without its indentation) of a file named absolutely or relatively."""
    rel = _project_file(project, filename)
    if rel is None or not line:
        return None
    return place_of_line(rel, lines_of(project.source(rel)), line)


def of_exception(exc, project):
    """Where an exception is in the reader's files, or None when none of its frames is."""
    if isinstance(exc, SyntaxError):
        rel = project.relative(exc.filename)
        return _of_syntax_error(exc, rel, project) if rel else None
    refused = getattr(exc, "minidjango_where", None)  # set by the engine when it refuses a file itself
    if refused and project.relative(refused[0]):
        return of_line(project, refused[0], refused[1])
    return _of_innermost_frame(exc, project)


def _of_syntax_error(exc, rel, project):
    lines = lines_of(project.source(rel))
    line = exc.lineno or 1
    col = (exc.offset or 1) - 1
    end_line = exc.end_lineno or line
    end_col = exc.end_offset - 1 if exc.end_offset else col
    return place_of_chars(rel, lines, line, col, end_line, end_col)


def frames_of(exc):
    """The frames of `exc`'s traceback, outermost first, with their positions and without their
    lines: a line would be read from its file, and in the browser the standard library and the
    engine's own files are downloaded only once something needs their text."""
    frames = []
    tb = exc.__traceback__
    while tb is not None:
        code = tb.tb_frame.f_code
        line, end_line, col, end_col = _position_of_instruction(code, tb.tb_lasti)
        frames.append(
            traceback.FrameSummary(
                code.co_filename,
                line or tb.tb_lineno,
                code.co_name,
                lookup_line=False,
                end_lineno=end_line,
                colno=col,
                end_colno=end_col,
            )
        )
        tb = tb.tb_next
    return frames


def _position_of_instruction(code, offset):
    """(line, end line, column, end column) of the instruction at byte `offset` of `code`; Nones when unknown."""
    if offset < 0:
        return None, None, None, None
    # co_positions() gives one entry per 2-byte code unit.
    return next(itertools.islice(code.co_positions(), offset // 2, None), (None, None, None, None))


def _of_innermost_frame(exc, project):
    found = None
    for frame in frames_of(exc):
        rel = project.relative(frame.filename)
        if rel:
            found = (rel, frame)
    if not found:
        return None
    rel, frame = found
    lines = lines_of(project.source(rel))
    line = frame.lineno or 1
    if frame.colno is not None and frame.end_colno is not None and frame.end_lineno:
        return place_of_bytes(rel, lines, line, frame.colno, frame.end_lineno, frame.end_colno)
    return place_of_line(rel, lines, line)


def _project_file(project, filename):
    """The project-relative path of a file named absolutely or relatively, or None."""
    if not filename:
        return None
    return project.relative(filename) or (filename if project.source(filename) is not None else None)
