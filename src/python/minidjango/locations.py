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

import re
import traceback

from minidjango.source_text import lines_of, place_of_bytes, place_of_chars, place_of_line

#: Which setting a message is about, for messages whose check does not say (`.about()`).
SETTING_OF_ID = {
    "security.W001": "MIDDLEWARE",
    "security.W002": "MIDDLEWARE",
    "security.W003": "MIDDLEWARE",
    "security.W004": "SECURE_HSTS_SECONDS",
    "security.W005": "SECURE_HSTS_INCLUDE_SUBDOMAINS",
    "security.W006": "SECURE_CONTENT_TYPE_NOSNIFF",
    "security.W008": "SECURE_SSL_REDIRECT",
    "security.W009": "SECRET_KEY",
    "security.W010": "SESSION_COOKIE_SECURE",
    "security.W011": "SESSION_COOKIE_SECURE",
    "security.W012": "SESSION_COOKIE_SECURE",
    "security.W013": "SESSION_COOKIE_HTTPONLY",
    "security.W014": "SESSION_COOKIE_HTTPONLY",
    "security.W015": "SESSION_COOKIE_HTTPONLY",
    "security.W016": "CSRF_COOKIE_SECURE",
    "security.W018": "DEBUG",
    "security.W019": "X_FRAME_OPTIONS",
    "security.W020": "ALLOWED_HOSTS",
    "security.W021": "SECURE_HSTS_PRELOAD",
    "security.W022": "SECURE_REFERRER_POLICY",
    "security.E023": "SECURE_REFERRER_POLICY",
    "security.E024": "SECURE_CROSS_ORIGIN_OPENER_POLICY",
    "security.W025": "SECRET_KEY_FALLBACKS",
    "security.E026": "SECURE_CSP",
    "security.E101": "CSRF_FAILURE_VIEW",
    "security.E102": "CSRF_FAILURE_VIEW",
    "staticfiles.E001": "STATICFILES_DIRS",
    "staticfiles.E002": "STATICFILES_DIRS",
    "staticfiles.E003": "STATICFILES_DIRS",
    "staticfiles.W004": "STATICFILES_DIRS",
    "staticfiles.E005": "STORAGES",
    "caches.E001": "CACHES",
    "caches.W002": "CACHES",
    "caches.W003": "CACHES",
    "4_0.E001": "CSRF_TRUSTED_ORIGINS",
    "urls.E006": "STATIC_URL",
}

#: A message whose text names the setting it is about wins over the table (E026, urls.E006).
_SETTING_NAMED_IN_MSG = re.compile(r"\b(SECURE_CSP_REPORT_ONLY|SECURE_CSP|MEDIA_URL|STATIC_URL)\b")



def of_message(message, settings_source):
    """The place a check message is about, or None (not in the reader's files)."""
    preset = getattr(message, "location", None)
    if preset is not None:
        return preset
    project = settings_source.project
    site = getattr(message, "source", None)
    if site:
        return of_code_site(project, site)
    setting = getattr(message, "setting", None)
    if setting is None:
        named = _SETTING_NAMED_IN_MSG.search(message.msg or "") if message.id in ("security.E026", "urls.E006") else None
        setting = named.group(1) if named else SETTING_OF_ID.get(message.id)
    if setting is None:
        return None
    return settings_source.place(setting, getattr(message, "index", None), getattr(message, "key", None))


def of_code_site(project, site):
    """A code site: a (filename, lineno) pair, or an object with `filename`, `lineno` and, when
    the exact columns are known, `span()` -> (line, col, end_line, end_col) in UTF-8 bytes."""
    filename, lineno = site if isinstance(site, tuple) else (site.filename, site.lineno)
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


def _of_innermost_frame(exc, project):
    found = None
    for frame in traceback.extract_tb(exc.__traceback__):
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
