"""Cookies (django.http.cookie): the standard library's SimpleCookie, which responses use to
write Set-Cookie headers, and parse_cookie(), which reads a request's Cookie header."""

from http import cookies
from http.cookies import SimpleCookie  # noqa: F401  (django.http.cookie.SimpleCookie, as in Django)


def parse_cookie(cookie):
    """The {name: value} of a Cookie header, read the way browsers write it: every ';' ends a
    cookie (even inside quotes), a chunk without '=' is a value with an empty name, and a
    repeated name keeps its last value."""
    jar = {}
    for name, value in map(_name_and_value, cookie.split(";")):
        if name or value:
            jar[name] = cookies._unquote(value)
    return jar


def _name_and_value(chunk):
    name, equals, value = chunk.partition("=")
    return (name.strip(), value.strip()) if equals else ("", name.strip())
