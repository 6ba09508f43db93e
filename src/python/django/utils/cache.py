"""Caching helpers (django.utils.cache): the headers the cache decorators and middleware patch
(Cache-Control, Expires, Vary, ETag), and the keys pages are cached under.

A page is cached under a key made of the URL and the values of the request headers its Vary
named; the list of those headers is learnt from the first response and stored, per URL, in the
same cache ("views.decorators.cache.cache_header..."), so that a later request can find the
page ("views.decorators.cache.cache_page...") before any view runs.
"""

import re
import time
from hashlib import md5

from django.conf import settings
from django.core.cache import caches
from django.utils.http import http_date, parse_etags, parse_http_date_safe, quote_etag

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


def set_response_etag(response):
    """ETag: the quoted md5 of the content (for a response held in memory that has content)."""
    if response.streaming or not response.content:
        return response
    response.headers["ETag"] = quote_etag(md5(response.content, usedforsecurity=False).hexdigest())
    return response


# ---- cache keys ------------------------------------------------------------------------------

_KEY_START = "views.decorators.cache."


def _url_digest(request):
    return md5(request.build_absolute_uri().encode("ascii"), usedforsecurity=False).hexdigest()


def _locale_and_zone(request):
    """What a key ends with so that languages and time zones get their own copies."""
    ending = ""
    if settings.USE_I18N:
        from django.utils.translation import get_language

        ending += "." + str(getattr(request, "LANGUAGE_CODE", None) or get_language())
    if settings.USE_TZ:
        ending += "." + _current_timezone_name()
    return ending


def _current_timezone_name():
    try:
        from django.utils.timezone import get_current_timezone_name
    except ImportError:  # no time zone can be activated here: it is the default one
        return settings.TIME_ZONE
    return get_current_timezone_name()


def _header_list_key(key_prefix, request):
    return f"{_KEY_START}cache_header.{key_prefix}.{_url_digest(request)}{_locale_and_zone(request)}"


def _page_key(request, method, headerlist, key_prefix):
    varying = md5(usedforsecurity=False)
    for meta_name in headerlist:
        sent = request.META.get(meta_name)
        if sent is not None:
            varying.update(sent.encode())
    page = f"{key_prefix}.{method}.{_url_digest(request)}.{varying.hexdigest()}"
    return f"{_KEY_START}cache_page.{page}{_locale_and_zone(request)}"


def _cache_and_prefix(cache, key_prefix):
    chosen = caches[settings.CACHE_MIDDLEWARE_ALIAS] if cache is None else cache
    return chosen, settings.CACHE_MIDDLEWARE_KEY_PREFIX if key_prefix is None else key_prefix


def get_cache_key(request, key_prefix=None, method="GET", cache=None):
    """The key the page for this request (URL and the headers its Vary names) is cached under,
    or None when no response for the URL has been learnt (the page must be built)."""
    cache, key_prefix = _cache_and_prefix(cache, key_prefix)
    headerlist = cache.get(_header_list_key(key_prefix, request))
    return None if headerlist is None else _page_key(request, method, headerlist, key_prefix)


def _meta_names_of_vary(response):
    """The META names of the request headers the response's Vary names, sorted. With USE_I18N,
    Accept-Language is left out: the key has the language already."""
    if not response.has_header("Vary"):
        return []
    names = ("HTTP_" + name.upper().replace("-", "_") for name in cc_delim_re.split(response.headers["Vary"]))
    return sorted(name for name in names if not (settings.USE_I18N and name == "HTTP_ACCEPT_LANGUAGE"))


def learn_cache_key(request, response, cache_timeout=None, key_prefix=None, cache=None):
    """Store, for the request's URL, which request headers the response varies on (for
    `cache_timeout` seconds, CACHE_MIDDLEWARE_SECONDS by default); the key to cache it under."""
    cache, key_prefix = _cache_and_prefix(cache, key_prefix)
    headerlist = _meta_names_of_vary(response)
    timeout = settings.CACHE_MIDDLEWARE_SECONDS if cache_timeout is None else cache_timeout
    cache.set(_header_list_key(key_prefix, request), headerlist, timeout)
    return _page_key(request, request.method, headerlist, key_prefix)


# ---- conditional requests (RFC 9110 section 13.2.2) ----------------------------------------

#: What a 304 keeps of the response it stands for.
_KEPT_BY_NOT_MODIFIED = ("Cache-Control", "Content-Location", "Date", "ETag", "Expires", "Last-Modified", "Vary")


def _refused_precondition(request):
    from django.http import HttpResponse
    from django.utils.log import log_response

    refusal = HttpResponse(status=412)
    log_response("Precondition Failed: %s", request.path, response=refusal, request=request)
    return refusal


def _not_modified(request, response=None):
    from django.http import HttpResponseNotModified

    answer = HttpResponseNotModified()
    if response:
        for header in _KEPT_BY_NOT_MODIFIED:
            if header in response:
                answer.headers[header] = response.headers[header]
        answer.cookies = response.cookies
    return answer


def _opaque(tag):
    """The tag without a weak marker, for a weak comparison."""
    return tag.lstrip("W/")


def _strong_match(target, tags):
    """If-Match: the target must be a strong tag among them ('*' matches any tag)."""
    return bool(target) and (tags == ["*"] or (not target.startswith("W/") and target in tags))


def _weak_mismatch(target, tags):
    """If-None-Match passes: no target, or it is not among them, weakly compared."""
    if not target:
        return True
    return tags != ["*"] and _opaque(target) not in {_opaque(tag) for tag in tags}


def _header_date(request, name):
    sent = request.META.get(name)
    return sent and parse_http_date_safe(sent)


def get_conditional_response(request, etag=None, last_modified=None, response=None):
    """The answer the request's preconditions call for, given the resource's ETag and
    Last-Modified (a timestamp): 412 Precondition Failed, 304 Not Modified (for GET and HEAD),
    or `response` itself (also when it is not a 2xx)."""
    if response and not 200 <= response.status_code < 300:
        return response
    safe = request.method in ("GET", "HEAD")
    if_match = parse_etags(request.META.get("HTTP_IF_MATCH", ""))
    if_none_match = parse_etags(request.META.get("HTTP_IF_NONE_MATCH", ""))
    unmodified_since = _header_date(request, "HTTP_IF_UNMODIFIED_SINCE")
    modified_since = _header_date(request, "HTTP_IF_MODIFIED_SINCE")
    if if_match:
        if not _strong_match(etag, if_match):
            return _refused_precondition(request)
    elif unmodified_since and not (last_modified and last_modified <= unmodified_since):
        return _refused_precondition(request)
    if if_none_match:
        if not _weak_mismatch(etag, if_none_match):
            return _not_modified(request, response) if safe else _refused_precondition(request)
    elif modified_since and safe and last_modified and last_modified <= modified_since:
        return _not_modified(request, response)
    return response
