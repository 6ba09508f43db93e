"""Quick fixes: for the common findings, the edit that resolves them, offered in the editor
(a light bulb, Ctrl+.). Each is a small function registered for the message ids it answers,
like a check; it gets the message and where the settings are written (a SettingsSource)
and returns [{"title", "edits": [{file, line, col, endLine, endCol, text}]}], or [] when no
edit is obviously right (ALLOWED_HOSTS needs the reader's own domain; HSTS needs thought).
"""

import ast
import re

from minidjango.settings_source import index_of
from minidjango.source_text import end_of_file, lines_of

FIXES = {}


def fix(*ids):
    def register(func):
        for message_id in ids:
            FIXES[message_id] = func
        return func

    return register


def for_message(message, source):
    """The quick fixes for one message; [] when there is none (or it could not be worked out)."""
    maker = FIXES.get(message.id)
    if maker is None or source is None:
        return []
    try:
        return maker(message, source)
    except Exception:  # a settings file the fix does not understand: no fix, not a failure
        return []


# ---- where a setting is written -------------------------------------------------------------


def _edit(location, text):
    return {**location, "text": text}


def _set_value(source, name, value_text):
    """Edits that make `name = value_text`: its value replaced where it is written, or the
    setting added at the end of the settings module."""
    binding = source.binding(name)
    if binding is not None:
        return [_edit(binding.place_of(binding.assignment.value), value_text)]
    file = source.module_file(source.settings_module or "")
    if file is None:
        return []
    lines = lines_of(source.project.source(file))
    prefix = "\n" if lines[-1] else ""
    return [_edit(end_of_file(file, lines), f"{prefix}{name} = {value_text}\n")]


_IMPORTS_OS = re.compile(r"^(?:import\s+os\b|from\s+os\s+import\b)", re.MULTILINE)


def _import_os(source, file):
    """An edit that adds `import os` at the top of `file` (after its docstring), or none if it has one."""
    text = source.project.source(file) or ""
    if _IMPORTS_OS.search(text):
        return []
    line = index_of(text).import_line
    return [{"file": file, "line": line, "col": 1, "endLine": line, "endCol": 1, "text": "import os\n"}]


# ---- the fixes ------------------------------------------------------------------------------


@fix("security.W018")
def debug_off(message, source):
    edits = _set_value(source, "DEBUG", "False")
    return [{"title": "Set DEBUG = False", "edits": edits}] if edits else []


_SECURITY_MIDDLEWARE = "django.middleware.security.SecurityMiddleware"


@fix("security.W001")
def add_security_middleware(message, source):
    binding = source.binding("MIDDLEWARE")
    value = binding.assignment.value if binding is not None else None
    if not isinstance(value, (ast.List, ast.Tuple)):
        return []
    opening = binding.place_of(value)
    if value.elts:
        first = value.elts[0]
        separator = "\n" + " " * first.col_offset if first.lineno != value.lineno else ""
    else:
        separator = ""
    text = f'{separator}"{_SECURITY_MIDDLEWARE}",' + ("" if separator else " ")
    at = {"file": binding.file, "line": opening["line"], "col": opening["col"] + 1}
    edit = {**at, "endLine": at["line"], "endCol": at["col"], "text": text}
    return [{"title": "Add SecurityMiddleware first in MIDDLEWARE", "edits": [edit]}]


@fix("security.W009", "course.W001")
def secret_key_from_environment(message, source):
    binding = source.binding("SECRET_KEY")
    if binding is None or not (isinstance(binding.assignment.value, ast.Constant) and isinstance(binding.assignment.value.value, str)):
        return []
    edits = [_edit(binding.place_of(binding.assignment.value), 'os.environ["DJANGO_SECRET_KEY"]')]
    edits += _import_os(source, binding.file)
    return [{"title": "Read SECRET_KEY from the DJANGO_SECRET_KEY environment variable", "edits": edits}]


@fix(
    "security.W005", "security.W006", "security.W008", "security.W010", "security.W011", "security.W012",
    "security.W013", "security.W014", "security.W015", "security.W016", "security.W021",
)
def set_true(message, source):
    """The settings these warnings want to be the value True (the setting each is about)."""
    name = message.setting
    edits = _set_value(source, name, "True")
    return [{"title": f"Set {name} = True", "edits": edits}] if edits else []


@fix("security.W019")
def x_frame_deny(message, source):
    edits = _set_value(source, "X_FRAME_OPTIONS", '"DENY"')
    return [{"title": 'Set X_FRAME_OPTIONS = "DENY"', "edits": edits}] if edits else []
