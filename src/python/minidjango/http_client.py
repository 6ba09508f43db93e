"""A browser in front of the reader's project: each request line of the `request` operation
becomes the WSGI environ gunicorn would build, and the cookies of the responses are kept
between requests as a browser keeps them for the site.

The rules are the http corpus's (../shared/conformance/http/README.md):
- the URL's scheme is wsgi.url_scheme, its host part (port included, as written) HTTP_HOST, its host name
  and port (80 or 443 when none is written) SERVER_NAME and SERVER_PORT; the path, percent-decoded
  and given as Latin-1 text, PATH_INFO; the query QUERY_STRING; SCRIPT_NAME is empty;
- each header is HTTP_<NAME> (Content-Type and Content-Length unprefixed); a Host header
  replaces HTTP_HOST; the body is UTF-8 in wsgi.input, with CONTENT_LENGTH when not empty;
- the jar: every Set-Cookie stores name=value (an empty value or Max-Age=0 removes it) and
  later requests send the jar as a Cookie header, unless the request says `cookies: false`;
- `{csrftoken}` in a body or a header value is the jar's csrftoken.

Text a WSGI server reads off the wire reaches Django as Latin-1 decoded bytes; what a browser
would send as UTF-8 (a non-ASCII header value or query) is given that way too.
"""

import io
import sys
from urllib.parse import unquote_to_bytes, urlsplit

try:  # what gunicorn gives as wsgi.file_wrapper: Django hands it a FileResponse's file
    from wsgiref.util import FileWrapper as _FileWrapper
except ImportError:  # pragma: no cover (a Pyodide without wsgiref)
    _FileWrapper = None

CSRF_PLACEHOLDER = "{csrftoken}"
_DEFAULT_PORTS = {"http": "80", "https": "443"}
_UNPREFIXED = {"CONTENT_TYPE", "CONTENT_LENGTH"}


class RequestRefused(ValueError):
    """A request no browser or HTTP client would send as given (its URL cannot be parsed)."""


def _wire(text):
    """Text as a WSGI server hands it over: its UTF-8 bytes, each byte one Latin-1 character."""
    return text.encode("utf-8", "surrogateescape").decode("latin-1")


def environ_of(line, jar):
    """The WSGI environ for one request line ({method, url, headers?, body?, cookies?, remote_addr?})."""
    url = line["url"]
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as problem:
        raise RequestRefused(f"The URL {url!r} cannot be sent: {problem}.") from None
    scheme = (parts.scheme or "http").lower()
    if scheme not in _DEFAULT_PORTS or not parts.netloc:
        raise RequestRefused(f"The URL {url!r} cannot be sent: it must start with http:// or https:// and a host.")
    body = _with_token(line.get("body") or "", jar).encode("utf-8", "surrogateescape")
    environ = {
        "REQUEST_METHOD": str(line.get("method") or "GET"),
        "SCRIPT_NAME": "",
        "PATH_INFO": unquote_to_bytes(parts.path or "/").decode("latin-1"),
        "QUERY_STRING": _wire(parts.query),
        "SERVER_NAME": parts.hostname or "",
        "SERVER_PORT": str(port) if port is not None else _DEFAULT_PORTS[scheme],
        "SERVER_PROTOCOL": "HTTP/1.1",
        "REMOTE_ADDR": line.get("remote_addr") or "127.0.0.1",
        "HTTP_HOST": parts.netloc,
        "wsgi.version": (1, 0),
        "wsgi.url_scheme": scheme,
        "wsgi.input": io.BytesIO(body),
        "wsgi.errors": sys.stderr,
        "wsgi.multithread": False,
        "wsgi.multiprocess": False,
        "wsgi.run_once": False,
    }
    if _FileWrapper is not None:
        environ["wsgi.file_wrapper"] = _FileWrapper
    if body:
        environ["CONTENT_LENGTH"] = str(len(body))
    headers = dict(line.get("headers") or {})
    if jar and line.get("cookies", True) and not any(name.lower() == "cookie" for name in headers):
        headers["Cookie"] = "; ".join(f"{name}={value}" for name, value in jar.items())
    for name, value in headers.items():
        environ[_environ_key(name)] = _wire(_with_token(str(value), jar))
    return environ


def _environ_key(header):
    key = header.upper().replace("-", "_")
    return key if key in _UNPREFIXED else f"HTTP_{key}"


def _with_token(text, jar):
    return text.replace(CSRF_PLACEHOLDER, jar.get("csrftoken", "")) if CSRF_PLACEHOLDER in text else text


def keep_cookies(jar, headers):
    """Update the jar with a response's Set-Cookie headers, as a browser does for the site: the
    name=value before the first ';' is stored as it came (quoted, if it was); an empty value
    ('' or "") or an attribute Max-Age=0 removes the cookie."""
    for name, value in headers:
        if name.lower() != "set-cookie":
            continue
        first, *attributes = value.split(";")
        cookie, _, cookie_value = (piece.strip() for piece in first.partition("="))
        expired = any(attribute.replace(" ", "").lower() == "max-age=0" for attribute in attributes)
        if expired or cookie_value in ("", '""'):
            jar.pop(cookie, None)
        else:
            jar[cookie] = cookie_value
