"""The lines of a .env file as Env.read_env() reads them.

One variable a line: `NAME=value` or `export NAME=value`, NAME made of letters, digits and `_`,
nothing around the `=`. A value wrapped in single quotes is taken as written; in double quotes,
a backslash escapes the next character, except that \\n, \\r and \\t stay as written (for
env.str(..., multiline=True)). Blank lines and lines starting with `#` are skipped; any other line
is reported and skipped. With parse_comments, ` # ...` after a value is a comment.
"""

import logging

logger = logging.getLogger("environ.environ")

KEPT_ESCAPES = "nrt"


def is_name(text):
    return bool(text) and all(char.isascii() and (char.isalnum() or char == "_") for char in text)


def unescape_double(text):
    out, index = [], 0
    while index < len(text):
        char = text[index]
        if char == "\\" and index + 1 < len(text):
            following = text[index + 1]
            out.append(char + following if following in KEPT_ESCAPES else following)
            index += 2
        else:
            out.append(char)
            index += 1
    return "".join(out)


def strip_comment(value):
    """The value before ` #` (with parse_comments); quotes protect a # inside them."""
    stripped = value.strip()
    for quote in ("'", '"'):
        if stripped.startswith(quote):
            close = stripped.find(quote, 1)
            while close > 0 and stripped[close - 1] == "\\":
                close = stripped.find(quote, close + 1)
            if close > 0 and (not stripped[close + 1:].strip() or stripped[close + 1:].lstrip().startswith("#")):
                return stripped[:close + 1]
            return value
    cut = value.find(" #")
    return value[:cut] if cut >= 0 else value


def unquote_value(value):
    if len(value) >= 2 and value[0] == value[-1] == "'":
        return value[1:-1]
    if len(value) >= 2 and value[0] == value[-1] == '"':
        return unescape_double(value[1:-1])
    return value


def variables(text, parse_comments=False):
    """(name, value) for each variable line, in order."""
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, equals, value = line.removeprefix("export ").partition("=")
        if not equals or not is_name(name):  # docs silent on `NAME = value`: not a variable line here
            logger.warning("Invalid line: %s", line)
            continue
        if parse_comments:
            value = strip_comment(value)
        yield name, unquote_value(value)
