"""Variables in values (nginx's "scripts"), and which variables exist.

`$name` or `${name}` (letters, digits, `_`), `$1`..`$9` (a regex capture; `$12` is `$1`
then "2"). nginx refuses at once a `$` with no name after it ("invalid variable name") and an
unclosed `${` ("the closing bracket in "x" variable is missing"); an unknown name it reports
only when the http block ends, without a line: `unknown "x" variable`.
"""

#: Variables of the modules in Debian's nginx 1.22.1 (recorded: tools/oracle/generators/nginx_variables.py).
from minidjango.nginx.known_variables import PREFIXES, VARIABLES


class ScriptError(Exception):
    pass


#: The characters of a variable's name.
_NAME = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_"


def variables_in(text):
    """The variable names a value uses, in order (captures left out); raises ScriptError."""
    names = []
    for after in text.split("$")[1:]:  # each `$` starts a reference, and it ends before the next
        if after[:1] in _CAPTURES:
            continue
        braced = after[:1] == "{"
        name = _leading_name(after[1:] if braced else after)
        if braced and after[1 + len(name) : 2 + len(name)] != "}":
            raise ScriptError(f'the closing bracket in "{name}" variable is missing')
        if not name:
            raise ScriptError("invalid variable name")
        names.append(name)
    return names


_CAPTURES = frozenset("123456789")


def _leading_name(text):
    return text[: len(text) - len(text.lstrip(_NAME))]


def has_variables(text):
    return "$" in text


def is_known(name, declared):
    lowered = name.lower()
    return lowered in VARIABLES or lowered in declared or lowered.startswith(PREFIXES)
