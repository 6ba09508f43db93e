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


def variables_in(text):
    """The variable names a value uses, in order (captures left out); raises ScriptError."""
    names = []
    i = 0
    n = len(text)
    while True:
        i = text.find("$", i)
        if i < 0:
            return names
        i += 1
        if i < n and "1" <= text[i] <= "9":
            i += 1
            continue
        braced = i < n and text[i] == "{"
        if braced:
            i += 1
        start = i
        while i < n and (text[i].isascii() and (text[i].isalnum() or text[i] == "_")):
            i += 1
        name = text[start:i]
        if braced:
            if i >= n or text[i] != "}":
                raise ScriptError(f'the closing bracket in "{name}" variable is missing')
            i += 1
        if not name:
            raise ScriptError("invalid variable name")
        names.append(name)


def has_variables(text):
    return "$" in text


def is_known(name, declared):
    lowered = name.lower()
    if lowered in VARIABLES or lowered in declared:
        return True
    return any(lowered.startswith(prefix) for prefix in PREFIXES)
