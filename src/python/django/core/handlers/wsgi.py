"""Django as a WSGI application (django.core.handlers.wsgi): what gunicorn calls.

WSGIHandler is the application: built once (it loads MIDDLEWARE), then called with each
request's environ, as PEP 3333 says. WSGIRequest is the HttpRequest made from an environ: the
path (PATH_INFO, which a server hands over decoded as Latin-1, taken back to its bytes and read
as UTF-8, broken bytes percent-encoded again), the method, and a body stream that never reads
past CONTENT_LENGTH.
"""

import re
from io import IOBase

from django.conf import settings
from django.core import signals
from django.core.handlers import base
from django.http import HttpRequest, QueryDict, parse_cookie
from django.urls import set_script_prefix
from django.utils.encoding import repercent_broken_unicode
from django.utils.functional import cached_property


class LimitedStream(IOBase):
    """A server's input stream read no further than `limit` bytes (the body's Content-Length):
    past that, reads give b'' instead of waiting for bytes that will never come."""

    def __init__(self, stream, limit):
        self._read, self._readline = stream.read, stream.readline
        self._left = limit

    def _allowance(self, size):
        return self._left if size is None or size == -1 or size > self._left else size

    def _took(self, data):
        self._left -= len(data)
        return data

    def read(self, size=-1, /):
        if self._left <= 0:
            return b""
        return self._took(self._read(self._allowance(size)))

    def readline(self, size=-1, /):
        if self._left <= 0:
            return b""
        return self._took(self._readline(self._allowance(size)))


class WSGIRequest(HttpRequest):
    """The request a WSGI server's environ describes; META is the environ itself."""

    def __init__(self, environ):
        prefix = get_script_name(environ)
        # PATH_INFO is empty when the request is for the script's own URL: that is '/'.
        environ["PATH_INFO"] = self.path_info = get_path_info(environ) or "/"
        environ["SCRIPT_NAME"] = prefix
        self.environ = self.META = environ
        # The prefix without its last slash, '/', and the path without its first slash.
        before, _, after = self.path_info.partition("/")
        self.path = "/".join((prefix.rstrip("/"), before + after))
        self.method = str(environ["REQUEST_METHOD"]).upper()
        self.resolver_match = None
        self._set_content_type_params(environ)
        self._stream = LimitedStream(environ["wsgi.input"], _declared_length(environ))

    def _get_scheme(self):
        return self.META.get("wsgi.url_scheme")

    @cached_property
    def GET(self):
        return QueryDict(get_bytes_from_wsgi(self.environ, "QUERY_STRING", ""), encoding=self.encoding)

    def _form(self, part):
        """POST's or FILES' store (`part`), the body read into both the first time either is asked for."""
        state = vars(self)
        if part not in state:
            self._load_post_and_files()
        return state[part]

    POST = property(lambda self: self._form("_post"), lambda self, value: setattr(self, "_post", value))
    FILES = property(lambda self: self._form("_files"))

    @cached_property
    def COOKIES(self):
        return parse_cookie(get_str_from_wsgi(self.environ, "HTTP_COOKIE", ""))


def _declared_length(environ):
    declared = str(environ.get("CONTENT_LENGTH") or "").strip()
    try:
        return max(int(declared), 0)
    except ValueError:
        return 0


class WSGIHandler(base.BaseHandler):
    """The WSGI application get_wsgi_application() returns."""

    request_class = WSGIRequest

    def __init__(self):
        self.load_middleware(is_async=False)

    def __call__(self, environ, start_response):
        set_script_prefix(get_script_name(environ))
        signals.request_started.send(sender=type(self), environ=environ)
        answer = self.get_response(self.request_class(environ))
        answer._handler_class = type(self)
        start_response(f"{answer.status_code} {answer.reason_phrase}", _header_lines(answer))
        return _served_file(answer, environ.get("wsgi.file_wrapper")) or answer


def _header_lines(response):
    """The response's headers for the server, then one Set-Cookie line per cookie."""
    lines = list(response.items())
    lines += [("Set-Cookie", cookie.OutputString()) for cookie in response.cookies.values()]
    return lines


def _served_file(response, file_wrapper):
    """The server's own file sender (wsgi.file_wrapper) for a FileResponse, when it has one: the
    file is sent as it is, and closing it closes the response."""
    streamed = getattr(response, "file_to_stream", None)
    if streamed is None or not file_wrapper:
        return None
    streamed.close = response.close
    return file_wrapper(streamed, response.block_size)


def get_path_info(environ):
    """PATH_INFO as text: the bytes the client sent, read as UTF-8 (bytes that are not UTF-8
    are percent-encoded)."""
    return repercent_broken_unicode(get_bytes_from_wsgi(environ, "PATH_INFO", "/")).decode()


def get_script_name(environ):
    """The URL prefix the application is mounted at: FORCE_SCRIPT_NAME when set; else, when
    Apache's mod_rewrite rewrote the URL, what SCRIPT_URL (or REDIRECT_URL) had before PATH_INFO;
    else SCRIPT_NAME."""
    forced = settings.FORCE_SCRIPT_NAME
    if forced is not None:
        return forced
    rewritten = next(filter(None, (get_bytes_from_wsgi(environ, key, "") for key in ("SCRIPT_URL", "REDIRECT_URL"))), b"")
    if rewritten:
        # mod_wsgi squashes repeated slashes in PATH_INFO: squash them in the URL too.
        prefix = re.sub(b"/+", b"/", rewritten).removesuffix(get_bytes_from_wsgi(environ, "PATH_INFO", ""))
    else:
        prefix = get_bytes_from_wsgi(environ, "SCRIPT_NAME", "")
    return prefix.decode()


def get_bytes_from_wsgi(environ, key, default):
    """An environ value as the bytes the client sent (PEP 3333 has servers decode them as Latin-1)."""
    return environ.get(key, default).encode("iso-8859-1")


def get_str_from_wsgi(environ, key, default):
    """An environ value as UTF-8 text (what is not UTF-8 becomes U+FFFD)."""
    return get_bytes_from_wsgi(environ, key, default).decode(errors="replace")
