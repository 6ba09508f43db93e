"""psycopg.conninfo: PostgreSQL connection strings, in both of libpq's forms: keywords
(`host=db port=5432 password='a b'`) and URIs (`postgresql://user:secret@db:5432/app?sslmode=require`).
They are read as libpq reads them (its keywords, in its order; its error messages) and made
back into a keyword string with values quoted as needed."""

import re

from psycopg._libpq_options import KEYWORDS
from psycopg.errors import ProgrammingError

__all__ = ["conninfo_to_dict", "make_conninfo"]

_KNOWN = KEYWORDS.split()
_ORDER = {keyword: position for position, keyword in enumerate(_KNOWN)}
#: What libpq counts as a space between keywords (C's isspace()).
_SPACES = " \t\n\v\f\r"
_URI_PREFIXES = ("postgresql://", "postgres://")
_NEEDS_BACKSLASH = re.compile(r"([\\'])")
_ANY_SPACE = re.compile(r"\s")


def _refused(message):
    return ProgrammingError(message + "\n")


# ---- the keyword form ---------------------------------------------------------------------------


class _Reader:
    """A position in a keyword-form string."""

    def __init__(self, text):
        self.text, self.at = text, 0

    def more(self):
        return self.at < len(self.text)

    def peek(self):
        return self.text[self.at] if self.more() else ""

    def skip_spaces(self):
        while self.more() and self.text[self.at] in _SPACES:
            self.at += 1

    def take(self):
        char = self.text[self.at]
        self.at += 1
        return char


def _read_name(reader):
    start = reader.at
    while reader.more() and reader.peek() != "=" and reader.peek() not in _SPACES:
        reader.at += 1
    name = reader.text[start : reader.at]
    reader.skip_spaces()
    if reader.peek() != "=":
        raise _refused(f'missing "=" after "{name}" in connection info string')
    reader.at += 1
    return name


def _read_value(reader):
    """A value: up to the next space, or between single quotes; a backslash keeps the next
    character as it is (and is dropped at the very end)."""
    reader.skip_spaces()
    quoted = reader.peek() == "'"
    if quoted:
        reader.at += 1
    value = []
    while True:
        if not reader.more():
            if quoted:
                raise _refused("unterminated quoted string in connection info string")
            break
        char = reader.take()
        if char == "\\":
            if reader.more():
                value.append(reader.take())
        elif quoted and char == "'":
            break
        elif not quoted and char in _SPACES:
            break
        else:
            value.append(char)
    return "".join(value)


def _keyword_options(text, store):
    reader = _Reader(text)
    while True:
        reader.skip_spaces()
        if not reader.more():
            return
        name = _read_name(reader)
        value = _read_value(reader)
        if name == "requiressl":  # libpq's old spelling of sslmode
            name, value = "sslmode", "require" if value.startswith("1") else "prefer"
        if name not in _ORDER:
            raise _refused(f'invalid connection option "{name}"')
        store[name] = value


# ---- the URI form -------------------------------------------------------------------------------


def _decoded(token):
    """A URI part with its %XX escapes decoded (%00 is refused, as any malformed escape)."""
    raw, at = bytearray(), 0
    while at < len(token):
        if token[at] != "%":
            raw += token[at].encode()
            at += 1
            continue
        digits = token[at + 1 : at + 3]
        if len(digits) < 2 or not all(d in "0123456789abcdefABCDEF" for d in digits):
            raise _refused(f'invalid percent-encoded token: "{token}"')
        if digits == "00":
            raise _refused(f'forbidden value %00 in percent-encoded value: "{token}"')
        raw.append(int(digits, 16))
        at += 3
    return raw.decode()


def _scan(text, at, stops):
    """The index of the first character of `stops` from `at` (or the end)."""
    while at < len(text) and text[at] not in stops:
        at += 1
    return at


def _uri_hosts(uri, at):
    """The host[:port] list after the authority's user part: (hosts, ports, where it ends)."""
    hosts, ports = [], []
    while True:
        if uri[at : at + 1] == "[":
            close = uri.find("]", at)
            if close < 0:
                raise _refused(f'end of string reached when looking for matching "]" in IPv6 host address in URI: "{uri}"')
            host, at = uri[at + 1 : close], close + 1
            if not host:
                raise _refused(f'IPv6 host address may not be empty in URI: "{uri}"')
            if at < len(uri) and uri[at] not in ":/?,":
                position = len(uri[:at].encode()) + 1
                raise _refused(f'unexpected character "{uri[at]}" at position {position} in URI (expected ":" or "/"): "{uri}"')
        else:
            end = _scan(uri, at, ":/?,")
            host, at = uri[at:end], end
        port = ""
        if uri[at : at + 1] == ":":
            end = _scan(uri, at + 1, "/?,")
            port, at = uri[at + 1 : end], end
        hosts.append(host)
        ports.append(port)
        if uri[at : at + 1] != ",":
            return ",".join(hosts), ",".join(ports), at
        at += 1


def _uri_query(query, store):
    pieces = query.split("&")
    if pieces[-1] == "":
        pieces.pop()
    for piece in pieces:
        key, equals, value = piece.partition("=")
        if not equals:
            raise _refused(f'missing key/value separator "=" in URI query parameter: "{piece}"')
        if "=" in value:
            raise _refused(f'extra key/value separator "=" in URI query parameter: "{key}"')
        key, value = _decoded(key), _decoded(value)
        if key == "ssl" and value == "true":
            key, value = "sslmode", "require"
        if key not in _ORDER:
            raise _refused(f'invalid URI query parameter: "{key}"')
        store[key] = value


def _uri_options(uri, prefix, store):
    at = len(prefix)
    user_end = _scan(uri, at, "@/")
    if uri[user_end : user_end + 1] == "@":
        user, colon, password = uri[at:user_end].partition(":")
        if user:
            store["user"] = _decoded(user)
        if colon and password:
            store["password"] = _decoded(password)
        at = user_end + 1
    hosts, ports, at = _uri_hosts(uri, at)
    if hosts:
        store["host"] = _decoded(hosts)
    if ports:
        store["port"] = _decoded(ports)
    if uri[at : at + 1] == "/":
        end = _scan(uri, at + 1, "?")
        if end > at + 1:
            store["dbname"] = _decoded(uri[at + 1 : end])
        at = end
    if uri[at : at + 1] == "?":
        _uri_query(uri[at + 1 :], store)


def _parsed(conninfo):
    """The options a connection string sets, in libpq's order (ProgrammingError if malformed)."""
    conninfo.encode()  # a connection string is text
    found = {}
    prefix = next((p for p in _URI_PREFIXES if conninfo.startswith(p)), None)
    if prefix is None:
        _keyword_options(conninfo, found)
    else:
        _uri_options(conninfo, prefix, found)
    return dict(sorted(found.items(), key=lambda item: _ORDER[item[0]]))


# ---- the public functions -----------------------------------------------------------------------


def conninfo_to_dict(conninfo="", **kwargs):
    """The options of a connection string as a dict (values as text), with `kwargs` over them
    (None values left out)."""
    options = _parsed(conninfo)
    options.update((key, value) for key, value in kwargs.items() if value is not None)
    return options


def _quoted(value):
    if not value:
        return "''"
    escaped = _NEEDS_BACKSLASH.sub(r"\\\1", value)
    return f"'{escaped}'" if _ANY_SPACE.search(escaped) else escaped


def make_conninfo(conninfo="", **kwargs):
    """A keyword connection string: `conninfo` as given when there are no `kwargs` (once it
    is known well formed), else its options with `kwargs` over them (None values left out)."""
    if not conninfo and not kwargs:
        return ""
    if not kwargs:
        _parsed(conninfo)
        return conninfo
    options = conninfo_to_dict(conninfo)
    options.update(kwargs)
    made = " ".join(f"{key}={_quoted(str(value))}" for key, value in options.items() if value is not None)
    _parsed(made)
    return made
