"""path() routes read as regexes: 'articles/<int:year>/' becomes '^articles/(?P<year>[0-9]+)/\\Z'
with {'year': IntConverter}. The text around the parameters is escaped, so it only matches
itself; an endpoint's regex must match to the end of the path, an include()'s only a start."""

import functools
import re
import string

from django.core.exceptions import ImproperlyConfigured

from .converters import get_converters

# A parameter is '<' then anything up to the next '>' (at least one character).
_PARAMETER = re.compile(r"<([^>]+)>")
_WHITESPACE = frozenset(string.whitespace)


@functools.lru_cache(maxsize=1024)
def _split(route):
    """((text before, parameter body or None), ...): the route's literal pieces and the inside
    of each <...>, the last piece with None."""
    pieces = []
    end = 0
    for found in _PARAMETER.finditer(route):
        pieces.append((route[end : found.start()], found[1]))
        end = found.end()
    pieces.append((route[end:], None))
    return tuple(pieces)


def _converter_and_name(body):
    """'int:year' -> ('int', 'year'); 'year' -> ('str', 'year'). The converter is what comes
    before the first ':', when both sides of it have something."""
    colon = body.find(":")
    if 0 < colon < len(body) - 1:
        return body[:colon], body[colon + 1 :]
    return "str", body


def _parameter(route, body, known):
    """The (name, converter) of one <...>, or ImproperlyConfigured saying what is wrong."""
    if not _WHITESPACE.isdisjoint(body):
        raise ImproperlyConfigured(f"URL route {route!r} cannot contain whitespace in angle brackets <…>.")
    converter_name, name = _converter_and_name(body)
    if not name.isidentifier():
        raise ImproperlyConfigured(f"URL route {route!r} uses parameter name {name!r} which isn't a valid Python identifier.")
    converter = known.get(converter_name)
    if converter is None:
        raise ImproperlyConfigured(f"URL route {route!r} uses invalid converter {converter_name!r}.")
    return name, converter


def route_to_regex(route, is_endpoint):
    """(regex text, {parameter name: converter}) for a path() route."""
    known = get_converters()
    pieces = []
    converters = {}
    for text, body in _split(route):
        pieces.append(re.escape(text))
        if body is not None:
            name, converter = _parameter(route, body, known)
            converters[name] = converter
            pieces.append(f"(?P<{name}>{converter.regex})")
    # Anchored at the start; an endpoint at the very end too (\Z: not before a final newline).
    end = r"\Z" if is_endpoint else ""
    return f"^{''.join(pieces)}{end}", converters
