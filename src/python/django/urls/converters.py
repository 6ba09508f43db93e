"""Path converters: what a <type:name> part of a path() route matches (`regex`), what the view
receives for it (`to_python`) and how reverse() writes a value back (`to_url`).

A to_python() or to_url() that raises ValueError means "not this pattern": resolve() tries the
next pattern, reverse() the next candidate. Any other exception is an error and propagates.
"""

import functools
import uuid

from django._process import forgotten_by_new_process


def _unchanged(value):
    return value


class StringConverter:
    regex = "[^/]+"
    to_python = staticmethod(_unchanged)
    to_url = staticmethod(_unchanged)


class IntConverter:
    regex = "[0-9]+"
    to_python = staticmethod(int)
    to_url = staticmethod(str)


class UUIDConverter:
    regex = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
    to_python = staticmethod(uuid.UUID)
    to_url = staticmethod(str)


class SlugConverter(StringConverter):
    regex = "[-a-zA-Z0-9_]+"


class PathConverter(StringConverter):
    regex = ".+"


DEFAULT_CONVERTERS = {
    "int": IntConverter(),
    "path": PathConverter(),
    "slug": SlugConverter(),
    "str": StringConverter(),
    "uuid": UUIDConverter(),
}

#: Converters the project registered, by type name (one instance each, shared by every route).
REGISTERED_CONVERTERS = {}


def register_converter(converter, type_name):
    """Make <type_name:...> usable in routes from now on. A name is registered once: the
    built-in ones included."""
    if type_name in get_converters():
        raise ValueError(f"Converter {type_name!r} is already registered.")
    REGISTERED_CONVERTERS[type_name] = converter()
    _forget_converter_caches()


@functools.cache
def get_converters():
    """Every converter a route may name: the built-in ones and the registered ones."""
    return DEFAULT_CONVERTERS | REGISTERED_CONVERTERS


def _forget_converter_caches():
    get_converters.cache_clear()


@forgotten_by_new_process
def _forget_registered_converters():
    REGISTERED_CONVERTERS.clear()
    _forget_converter_caches()
