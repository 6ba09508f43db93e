"""Variables in values (nginx's "scripts"), and which variables exist.

`$name` or `${name}` (letters, digits, `_`), `$1`..`$9` (a regex capture; `$12` is `$1`
then "2"). nginx refuses at once a `$` with no name after it ("invalid variable name") and an
unclosed `${` ("the closing bracket in "x" variable is missing"); an unknown name it reports
only when the http block ends, without a line: `unknown "x" variable`.
"""

import re

#: Variables of the modules in Debian's nginx 1.22.1 (recorded: tools/oracle/generators/nginx_variables.py).
from minidjango.nginx.known_variables import PREFIXES, VARIABLES


class ScriptError(Exception):
    pass


_REFERENCE = re.compile(r"\$(?:([1-9])|\{([A-Za-z0-9_]*)(\}?)|([A-Za-z0-9_]*))")


def variables_in(text):
    """The variable names a value uses, in order (captures left out); raises ScriptError."""
    names = []
    for m in _REFERENCE.finditer(text):
        capture, braced, closed, plain = m.groups()
        if capture:
            continue
        if braced is not None:
            if not closed:
                raise ScriptError(f'the closing bracket in "{braced}" variable is missing')
            name = braced
        else:
            name = plain
        if not name:
            raise ScriptError("invalid variable name")
        names.append(name)
    return names


def has_variables(text):
    return "$" in text


def is_known(name, declared):
    lowered = name.lower()
    if lowered in VARIABLES or lowered in declared:
        return True
    return any(lowered.startswith(prefix) for prefix in PREFIXES)
