"""Python values as JSON, for the facts a submission's process sends the judge.

What the reader's settings hold is Python: a tuple is not a list, a Path is not a str, a setting
may be a class or a function. `encode` writes each value as JSON that says its type, in the
process that ran the reader's code; `decode` rebuilds it in the judge's interpreter from the
built-in types alone (tuples, dicts, sets, bytes, pathlib paths): nothing the reader wrote runs
there, and a value of any other type arrives as an `Opaque` that only says its type and repr.
Scalars (None, bool, int, finite float, str) are themselves; everything else is an object of
one key naming its kind.
"""

import base64
import math
import pathlib

#: How much one answer may carry: values nested deeper, or more of them, are cut (an Opaque).
MAX_DEPTH = 40
MAX_NODES = 50_000
MAX_REPR = 500

_PATH_KINDS = {"PosixPath": pathlib.PosixPath, "PurePosixPath": pathlib.PurePosixPath, "PureWindowsPath": pathlib.PureWindowsPath}
_SEQUENCES = (("tuple", tuple), ("list", list), ("set", set), ("frozenset", frozenset))


def encode(value):
    """`value` as JSON-ready data (never raises: what cannot be read becomes an opaque value)."""
    budget = [MAX_NODES]
    return _encode(value, 0, budget, set())


def _opaque(value):
    kind = type(value)
    try:
        text = repr(value)
    except Exception:
        text = f"<{getattr(kind, '__name__', '?')} object>"
    return {"object": {"type": f"{getattr(kind, '__module__', '?')}.{getattr(kind, '__qualname__', '?')}", "repr": str(text)[:MAX_REPR]}}


def _encode(value, depth, budget, seen):
    budget[0] -= 1
    if budget[0] < 0 or depth > MAX_DEPTH:
        return {"object": {"type": "cut", "repr": "(too large to send)"}}
    kind = type(value)
    if value is None or kind is bool or kind is str:
        return value
    if kind is int:
        return value if abs(value) < 2**53 else {"int": str(value)}
    if kind is float:
        return value if math.isfinite(value) else {"float": repr(value)}
    if isinstance(value, str):  # a str subclass (SafeString, a lazy translation already evaluated)
        return str.__str__(value)
    if isinstance(value, bool):
        return bool(value)
    if isinstance(value, int):
        return _encode(int(value), depth, budget, seen)
    if isinstance(value, (bytes, bytearray)):
        return {"bytes": base64.b64encode(bytes(value)).decode("ascii")}
    if isinstance(value, pathlib.PurePath) and type(value).__name__ in _PATH_KINDS:
        return {"path": str(value), "kind": type(value).__name__}
    if id(value) in seen:
        return {"object": {"type": "cycle", "repr": "(a value that contains itself)"}}
    for name, base in _SEQUENCES:
        if isinstance(value, base):
            seen.add(id(value))
            try:
                items = list(value)
                if base in (set, frozenset):
                    items = sorted(items, key=repr)
                return {name: [_encode(item, depth + 1, budget, seen) for item in items]}
            finally:
                seen.discard(id(value))
    if isinstance(value, dict):
        seen.add(id(value))
        try:
            return {"dict": [[_encode(k, depth + 1, budget, seen), _encode(v, depth + 1, budget, seen)] for k, v in list(value.items())]}
        finally:
            seen.discard(id(value))
    return _opaque(value)


class Opaque:
    """A value of a type the judge does not rebuild (a class, a function, an object of the
    reader's): equal only to itself, shown as the submission's process showed it."""

    def __init__(self, type_name, text):
        self.type_name = type_name
        self.text = text

    def __repr__(self):
        return self.text


def decode(data):
    """The value `encode` wrote, rebuilt from built-in types only."""
    if data is None or isinstance(data, (bool, int, float, str)):
        return data
    if isinstance(data, list):  # never written by encode; read as a list all the same
        return [decode(item) for item in data]
    if not isinstance(data, dict) or len(data) not in (1, 2):
        raise ValueError("not a value the submission's process writes")
    if "int" in data:
        return int(data["int"])
    if "float" in data:
        return float(data["float"])
    if "bytes" in data:
        return base64.b64decode(data["bytes"])
    if "path" in data:
        return _PATH_KINDS.get(data.get("kind"), pathlib.PurePosixPath)(str(data["path"]))
    for name, base in _SEQUENCES:
        if name in data:
            items = [decode(item) for item in data[name]]
            if base in (set, frozenset):
                items = [item for item in items if _hashable(item)]
            return base(items)
    if "dict" in data:
        return {_key(decode(k)): decode(v) for k, v in data["dict"]}
    if "object" in data:
        found = data["object"]
        return Opaque(str(found.get("type", "?")), str(found.get("repr", ""))[:MAX_REPR])
    raise ValueError("not a value the submission's process writes")


def _hashable(value):
    try:
        hash(value)
    except TypeError:
        return False
    return True


def _key(value):
    return value if _hashable(value) else repr(value)
