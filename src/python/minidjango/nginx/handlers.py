"""The handlers that check a directive's arguments, registered by name.

A directive without a handler of its own gets `slot`: nginx's generic handling of one value of
a kind (flag, number, size, offset, time, keyword; see slots.py), which also refuses a second
one in the same block when nginx does ("is duplicate"). Directives nginx treats specially have
a function here or in the modules that import `handles` (http_handlers, upstream_handlers).
"""

from minidjango.nginx import values
from minidjango.nginx.conf import Emerg
from minidjango.nginx.script import ScriptError, variables_in

HANDLERS = {}

#: The keywords of keyword directives, where nginx's documentation lists them. A keyword
#: directive not listed here takes any word (we cannot tell a wrong one).
KEYWORDS = {
    "client_body_in_file_only": "on clean off",
    "gzip_static": "on off always",
    "lingering_close": "on off always",
    "server_tokens": "on off build",
    "proxy_http_version": "1.0 1.1",
    "grpc_ssl_protocols": "SSLv2 SSLv3 TLSv1 TLSv1.1 TLSv1.2 TLSv1.3",
    "satisfy": "all any",
    "autoindex_format": "html xml json jsonp",
    "gzip_http_version": "1.0 1.1",
    "if_modified_since": "off exact before",
    "limit_req_log_level": "info notice warn error",
    "limit_conn_log_level": "info notice warn error",
    "ssl_verify_client": "on off optional optional_no_ca",
    "ssl_ocsp": "on off leaf",
    "userid": "on v1 log off",
    "debug_points": "stop abort",
    "gzip_proxied": "off expired no-cache no-store private no_last_modified no_etag auth any",
    "keepalive_disable": "none msie6 safari",
    "ssl_protocols": "SSLv2 SSLv3 TLSv1 TLSv1.1 TLSv1.2 TLSv1.3",
    "proxy_ssl_protocols": "SSLv2 SSLv3 TLSv1 TLSv1.1 TLSv1.2 TLSv1.3",
    "uwsgi_ssl_protocols": "SSLv2 SSLv3 TLSv1 TLSv1.1 TLSv1.2 TLSv1.3",
    "proxy_next_upstream": "error timeout denied invalid_header http_500 http_502 http_503 http_504 http_403 "
    "http_404 http_429 non_idempotent off",
    "fastcgi_next_upstream": "error timeout denied invalid_header http_500 http_503 http_403 http_404 http_429 "
    "non_idempotent off",
    "uwsgi_next_upstream": "error timeout denied invalid_header http_500 http_503 http_403 http_404 http_429 "
    "non_idempotent off",
    "scgi_next_upstream": "error timeout denied invalid_header http_500 http_503 http_403 http_404 http_429 "
    "non_idempotent off",
    "grpc_next_upstream": "error timeout denied invalid_header http_500 http_502 http_503 http_504 http_403 "
    "http_404 http_429 non_idempotent off",
    "memcached_next_upstream": "error timeout invalid_response not_found off",
    "proxy_cache_use_stale": "error timeout invalid_header updating http_500 http_502 http_503 http_504 "
    "http_403 http_404 http_429 off",
    "proxy_cache_methods": "GET HEAD POST",
    "proxy_ignore_headers": "X-Accel-Redirect X-Accel-Expires X-Accel-Limit-Rate X-Accel-Buffering "
    "X-Accel-Charset Expires Cache-Control Set-Cookie Vary",
    "dav_methods": "off PUT DELETE MKCOL COPY MOVE",
}
_KEYWORD_SETS = {name: {w.lower() for w in words.split()} for name, words in KEYWORDS.items()}


def handles(*names):
    def register(function):
        for name in names:
            HANDLERS[name] = function
        return function

    return register


def handler_for(row):
    for context in sorted(row.contexts):
        if f"{row.name}@{context}" in HANDLERS:
            return HANDLERS[f"{row.name}@{context}"]
    if row.name in HANDLERS:
        return HANDLERS[row.name]
    return keyword_list if row.kind == "keyword" and not row.duplicate else slot


# -- helpers handlers share -------------------------------------------------------------------


def once(st, block, message=None):
    """Refuse a second `st.name` in this block, as nginx does for a single value."""
    if st.name in block.seen:
        raise Emerg(message or f'"{st.name}" directive is duplicate', st.where(0, 0))
    block.seen[st.name] = st


def use_variables(reader, st, index, text=None):
    """Note the variables argument `index` uses (nginx checks they exist when http ends)."""
    text = st.args[index] if text is None else text
    if "$" not in text:
        return []
    try:
        names = variables_in(text)
    except ScriptError as error:
        raise Emerg(str(error), st.at_arg(index)) from None
    http = reader.http
    if http is not None:
        http.variables_used += [(name, st, index) for name in names]
    return names


def declare_variable(reader, name):
    if reader.http is not None:
        reader.http.declared.add(name.lower())


# -- the generic slot -------------------------------------------------------------------------


#: How a slot of each kind of value reads it.
_READERS = {"size": values.size, "offset": values.offset, "msec": values.time, "sec": lambda text: values.time(text, seconds=True)}


def slot(reader, st, block, row):
    kind = row.kind
    if row.duplicate:
        once(st, block)
    if not st.args or len(st.args) != 1 or kind in ("", "any", "other", "value"):
        return
    value = st.args[0]
    if kind == "flag" and values.flag(value) is None:
        raise Emerg(f'invalid value "{value}" in "{st.name}" directive, it must be "on" or "off"', st.at_arg(0))
    if kind == "number":
        number = values.number(value)
        if number is None:
            raise Emerg(f'"{st.name}" directive invalid number', st.at_arg(0))
        check_bounds(st, row.extra, number)
    elif kind in _READERS:
        if _READERS[kind](value) is None:
            raise Emerg(f'"{st.name}" directive invalid value', st.at_arg(0))
    elif kind == "keyword":
        check_keywords(st, [value])


def check_bounds(st, bounds, number):
    if not bounds:
        return
    low, _, high = bounds.partition("..")
    if high and not int(low) <= number <= int(high):
        raise Emerg(f"value must be between {low} and {high}", st.at_arg(0))
    if not high and number < int(low):
        raise Emerg(f"value must be equal to or greater than {low}", st.at_arg(0))


def check_keywords(st, words, first=0):
    allowed = _KEYWORD_SETS.get(st.name)
    if allowed is None:
        return
    for i, word in enumerate(words):
        if word.lower() not in allowed:
            raise Emerg(f'invalid value "{word}"', st.at_arg(first + i))


def keyword_list(reader, st, block, row):
    """A list of keywords (nginx's bitmask): each must be one nginx knows; a repeated one is
    only warned about."""
    check_keywords(st, st.args)
    seen = set()
    for i, word in enumerate(st.args):
        if word.lower() in seen:
            reader.warn(f'duplicate value "{word}"', st.at_arg(i))
        seen.add(word.lower())


def accept(reader, st, block, row):
    """Directives whose arguments we do not check beyond their number."""
