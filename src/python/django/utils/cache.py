"""Cache-related response headers (the header half of django.utils.cache): Cache-Control,
Expires and Vary, as the cache decorators and middleware patch them.

The cache-key half (get_cache_key, learn_cache_key) belongs with the cache middleware's request
cycle and is not here yet.
"""

import re
import time

from django.utils.http import http_date

# Items of a comma-separated header (Cache-Control, Vary).
cc_delim_re = re.compile(r"\s*,\s*")


def _parsed_directive(field):
    """('max-age', '60') for 'max-age=60'; ('no-store', True) for a bare directive."""
    name, equals, value = field.partition("=")
    return name.lower(), (value if equals else True)


def _store_directive(directives, name, value):
    # no-cache may be given several times, each naming header fields (no-cache="Set-Cookie").
    if name == "no-cache":
        directives.setdefault(name, {})[value] = None
    else:
        directives[name] = value


def _directive_texts(directives):
    for name, value in directives.items():
        values = list(value) if name == "no-cache" else [value]
        if name == "no-cache" and True in value:
            values = [True]  # a bare no-cache covers every field
        for each in values:
            yield name if each is True else f"{name}={each}"


def patch_cache_control(response, **kwargs):
    """Add directives to the response's Cache-Control: max_age=60 gives 'max-age=60',
    private=True gives 'private'. A max-age already there wins if it is shorter; public and
    private replace each other."""
    directives = {}
    for field in _header_items(response, "Cache-Control") if response.get("Cache-Control") else ():
        _store_directive(directives, *_parsed_directive(field))
    if "max-age" in directives and "max_age" in kwargs:
        kwargs["max_age"] = min(int(directives["max-age"]), kwargs["max_age"])
    # public and private each replace the other.
    for given, replaced in (("public", "private"), ("private", "public")):
        if replaced in directives and given in kwargs:
            del directives[replaced]
            break
    for name, value in kwargs.items():
        _store_directive(directives, name.replace("_", "-"), value)
    response.headers["Cache-Control"] = ", ".join(_directive_texts(directives))


def _header_items(response, header):
    """The comma-separated items of a header the response has."""
    return cc_delim_re.split(response.headers[header])


def get_max_age(response):
    """The max-age of the response's Cache-Control as an int, or None."""
    if response.has_header("Cache-Control"):
        fields = dict(map(_parsed_directive, _header_items(response, "Cache-Control")))
        try:
            return int(fields["max-age"])
        except (KeyError, ValueError, TypeError):
            pass
    return None


def patch_response_headers(response, cache_timeout=None):
    """Expires (unless set) and Cache-Control max-age for caching `cache_timeout` seconds
    (CACHE_MIDDLEWARE_SECONDS by default; a negative timeout means 0)."""
    if cache_timeout is None:
        from django.conf import settings

        cache_timeout = settings.CACHE_MIDDLEWARE_SECONDS
    seconds = max(cache_timeout, 0)
    response.setdefault("Expires", http_date(time.time() + seconds))
    patch_cache_control(response, max_age=seconds)


def add_never_cache_headers(response):
    """Headers telling every cache not to keep the response (what @never_cache adds)."""
    patch_response_headers(response, -1)
    patch_cache_control(response, no_cache=True, no_store=True, must_revalidate=True, private=True)


def patch_vary_headers(response, newheaders):
    """Add header names to the response's Vary (each once, whatever its case); '*' replaces all."""
    present = _header_items(response, "Vary") if response.has_header("Vary") else []
    seen = {name.lower() for name in present}
    names = present + [name for name in newheaders if name.lower() not in seen]
    response.headers["Vary"] = "*" if "*" in names else ", ".join(names)


def has_vary_header(response, header_query):
    """Whether the response's Vary names `header_query` (in any case)."""
    named = _header_items(response, "Vary") if response.has_header("Vary") else ()
    return header_query.lower() in {name.lower() for name in named}
