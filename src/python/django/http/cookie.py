"""Cookies (django.http.cookie): the standard library's SimpleCookie, which responses use to
write Set-Cookie headers, and parse_cookie(), which reads a request's Cookie header."""

from http import cookies

SimpleCookie = cookies.SimpleCookie


def parse_cookie(cookie):
    """The {name: value} of a Cookie header, read the way browsers write it: every ';' ends a
    cookie (even inside quotes), a chunk without '=' is a value with an empty name, and a
    repeated name keeps its last value."""
    jar = {}
    for chunk in cookie.split(";"):
        name, equals, value = chunk.partition("=")
        if not equals:
            name, value = "", name
        name, value = name.strip(), value.strip()
        if name or value:
            jar[name] = cookies._unquote(value)
    return jar
