"""HTTP requests (django.http.request): HttpRequest, its query strings (QueryDict) and headers
(HttpHeaders), and host validation against ALLOWED_HOSTS.

HttpRequest holds what a server hands Django: META (the WSGI environ: HTTP_HOST, SERVER_PORT,
QUERY_STRING...), path, method, and a body stream (`_stream`) for a subclass to provide. From
those it answers what views and middleware ask: get_host() (refusing a Host that ALLOWED_HOSTS
does not list), scheme and is_secure() (SECURE_PROXY_SSL_HEADER), get_full_path(),
build_absolute_uri(), and POST for a form-encoded body.
"""

import codecs
import copy
from io import BytesIO
from urllib.parse import parse_qsl, quote, urljoin, urlsplit
from urllib.parse import urlencode as _stdlib_urlencode

from django.conf import settings
from django.core import exceptions as _core_exceptions
from django.core.exceptions import DisallowedHost, ImproperlyConfigured
from django.utils.datastructures import CaseInsensitiveMapping, MultiValueDict
from django.utils.encoding import escape_uri_path, iri_to_uri
from django.utils.functional import cached_property
from django.utils.http import is_same_domain, parse_header_parameters

RAISE_ERROR = object()


def _core_exception(name, base):
    """django.core.exceptions.<name>; a stand-in of the same name while that module lacks it."""
    return getattr(_core_exceptions, name, None) or type(name, (base,), {"__module__": __name__})


BadRequest = _core_exception("BadRequest", Exception)
RequestDataTooBig = _core_exception("RequestDataTooBig", _core_exceptions.SuspiciousOperation)
TooManyFieldsSent = _core_exception("TooManyFieldsSent", _core_exceptions.SuspiciousOperation)

# What DEBUG allows when ALLOWED_HOSTS is empty: the machine itself, under any of its names.
_LOCAL_HOSTS_IN_DEBUG = [".localhost", "127.0.0.1", "[::1]"]

_HOSTNAME_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789.-")
_IPV6_CHARS = frozenset("abcdef0123456789.:")


class UnreadablePostError(OSError):
    pass


class RawPostDataException(Exception):
    """The body was asked for after the request's stream had been read (by POST, say)."""


class HttpRequest:
    """A basic HTTP request."""

    # The encoding of GET and POST (None: DEFAULT_CHARSET).
    _encoding = None
    _read_started = False

    def __init__(self):
        self.GET = QueryDict(mutable=True)
        self.POST = QueryDict(mutable=True)
        self.COOKIES = {}
        self.META = {}
        self.FILES = MultiValueDict()
        self.path = ""
        self.path_info = ""
        self.method = None
        self.resolver_match = None
        self.content_type = None
        self.content_params = None

    def __repr__(self):
        name = type(self).__name__
        if self.method is None or not self.get_full_path():
            return f"<{name}>"
        return f"<{name}: {self.method} {self.get_full_path()!r}>"

    @cached_property
    def headers(self):
        return HttpHeaders(self.META)

    # ---- where the request was sent --------------------------------------------------------

    def _get_raw_host(self):
        """The host the request names, unchecked: X-Forwarded-Host (when USE_X_FORWARDED_HOST),
        else Host, else SERVER_NAME with the port unless it is the scheme's default (PEP 3333)."""
        meta = self.META
        if settings.USE_X_FORWARDED_HOST and "HTTP_X_FORWARDED_HOST" in meta:
            return meta["HTTP_X_FORWARDED_HOST"]
        if "HTTP_HOST" in meta:
            return meta["HTTP_HOST"]
        host, port = meta["SERVER_NAME"], self.get_port()
        default_port = "443" if self.is_secure() else "80"
        return host if port == default_port else f"{host}:{port}"

    def get_host(self):
        """The request's host and port, once ALLOWED_HOSTS accepts its domain (DisallowedHost,
        a 400, otherwise)."""
        host = self._get_raw_host()
        allowed_hosts = settings.ALLOWED_HOSTS
        if settings.DEBUG and not allowed_hosts:
            allowed_hosts = _LOCAL_HOSTS_IN_DEBUG
        domain, _port = split_domain_port(host)
        if domain and validate_host(domain, allowed_hosts):
            return host
        message = "Invalid HTTP_HOST header: %r." % host
        if domain:
            message += " You may need to add %r to ALLOWED_HOSTS." % domain
        else:
            message += " The domain name provided is not valid according to RFC 1034/1035."
        raise DisallowedHost(message)

    def get_port(self):
        """The port, as a string: X-Forwarded-Port when USE_X_FORWARDED_PORT, else SERVER_PORT."""
        if settings.USE_X_FORWARDED_PORT and "HTTP_X_FORWARDED_PORT" in self.META:
            return str(self.META["HTTP_X_FORWARDED_PORT"])
        return str(self.META["SERVER_PORT"])

    def _get_scheme(self):
        """The scheme the server saw (a subclass knows; a bare request says 'http')."""
        return "http"

    @property
    def scheme(self):
        """'https' or 'http'. Behind a proxy that ends TLS, SECURE_PROXY_SSL_HEADER names the
        header (and value) by which the proxy says the original request was secure."""
        proxy_header = settings.SECURE_PROXY_SSL_HEADER
        if proxy_header:
            try:
                header, secure_value = proxy_header
            except ValueError:
                raise ImproperlyConfigured(
                    "The SECURE_PROXY_SSL_HEADER setting must be a tuple containing two values."
                ) from None
            sent = self.META.get(header)
            if sent is not None:
                # A chain of proxies may send 'https, http': the first is the client's.
                first = sent.split(",", 1)[0]
                return "https" if first.strip() == secure_value else "http"
        return self._get_scheme()

    def is_secure(self):
        return self.scheme == "https"

    # ---- paths and URLs --------------------------------------------------------------------

    def get_full_path(self, force_append_slash=False):
        """The path and query string, as a URI ('/caf%C3%A9/?q=1')."""
        return self._full_path(self.path, force_append_slash)

    def get_full_path_info(self, force_append_slash=False):
        """get_full_path() of path_info (the path without the script's prefix)."""
        return self._full_path(self.path_info, force_append_slash)

    def _full_path(self, path, force_append_slash):
        slash = "/" if force_append_slash and not path.endswith("/") else ""
        # A query string should be ASCII already (RFC 3986); encode the rest rather than fail.
        query = self.META.get("QUERY_STRING", "")
        return escape_uri_path(path) + slash + ("?" + iri_to_uri(query) if query else "")

    def build_absolute_uri(self, location=None):
        """An absolute URI for `location` (the request's own full path by default): an absolute
        URL is only encoded; a path or relative URL is joined to this request's scheme and host."""
        location = "//" + self.get_full_path() if location is None else str(location)
        parts = urlsplit(location)
        if not (parts.scheme and parts.netloc):
            if _plain_absolute_path(parts):
                # '//path' without a host (a path that starts with '//') reads as the path.
                location = self._current_scheme_host + location.removeprefix("//")
            else:
                location = urljoin(self._current_scheme_host + self.path, location)
        return iri_to_uri(location)

    @cached_property
    def _current_scheme_host(self):
        return f"{self.scheme}://{self.get_host()}"

    # ---- cookies ---------------------------------------------------------------------------

    def get_signed_cookie(self, key, default=RAISE_ERROR, salt="", max_age=None):
        """A cookie set by set_signed_cookie(), once its signature checks out (and it is no older
        than max_age); `default` instead of an exception when it is missing or bad."""
        if key not in self.COOKIES and default is not RAISE_ERROR:
            return default
        signed = self.COOKIES[key]
        from django.core import signing

        try:
            return signing.get_cookie_signer(salt=key + salt).unsign(signed, max_age=max_age)
        except signing.BadSignature:
            if default is RAISE_ERROR:
                raise
            return default

    # ---- the body --------------------------------------------------------------------------

    @property
    def encoding(self):
        return self._encoding

    @encoding.setter
    def encoding(self, val):
        """Read GET and POST again in this encoding, the next time they are asked for."""
        self._encoding = val
        if hasattr(self, "GET"):
            del self.GET
        if hasattr(self, "_post"):
            del self._post

    def _set_content_type_params(self, meta):
        """content_type and content_params from CONTENT_TYPE; its charset, if Python knows it,
        becomes the request's encoding."""
        self.content_type, self.content_params = parse_header_parameters(meta.get("CONTENT_TYPE", ""))
        charset = self.content_params.get("charset")
        if charset is not None and _known_codec(charset):
            self.encoding = charset

    @property
    def body(self):
        """The raw body, read once (at most DATA_UPLOAD_MAX_MEMORY_SIZE bytes of it)."""
        if not hasattr(self, "_body"):
            if self._read_started:
                raise RawPostDataException("You cannot access body after reading from request's data stream")
            limit = settings.DATA_UPLOAD_MAX_MEMORY_SIZE
            if limit is not None and int(self.META.get("CONTENT_LENGTH") or 0) > limit:
                raise RequestDataTooBig("Request body exceeded settings.DATA_UPLOAD_MAX_MEMORY_SIZE.")
            try:
                self._body = self.read()
            except OSError as exc:
                raise UnreadablePostError(*exc.args) from exc
            finally:
                self._stream.close()
            self._stream = BytesIO(self._body)
        return self._body

    def _mark_post_parse_error(self):
        self._post = QueryDict()
        self._files = MultiValueDict()

    def _load_post_and_files(self):
        """Fill _post and _files from the body of a POST whose body is a form."""
        if self.method != "POST":
            self._post, self._files = QueryDict(encoding=self._encoding), MultiValueDict()
        elif self._read_started and not hasattr(self, "_body"):
            self._mark_post_parse_error()
        elif self.content_type == "application/x-www-form-urlencoded":
            # RFC 1866: such a body has no charset and is always UTF-8.
            if self._encoding is not None and self._encoding.lower() != "utf-8":
                raise BadRequest(
                    "HTTP requests with the 'application/x-www-form-urlencoded' content type must be UTF-8 encoded."
                )
            self._post, self._files = QueryDict(self.body, encoding="utf-8"), MultiValueDict()
        elif self.content_type == "multipart/form-data":
            self._mark_post_parse_error()
            raise NotImplementedError("The mini Django does not parse multipart/form-data bodies.")
        else:
            self._post, self._files = QueryDict(encoding=self._encoding), MultiValueDict()

    def close(self):
        """Close the files uploaded with the request."""
        for _name, uploaded in getattr(self, "_files", MultiValueDict()).lists():
            for file in uploaded:
                file.close()

    # A file-like view of the body, over the stream a subclass sets as _stream.

    def read(self, *args, **kwargs):
        return self._from_stream("read", *args, **kwargs)

    def readline(self, *args, **kwargs):
        return self._from_stream("readline", *args, **kwargs)

    def _from_stream(self, method, *args, **kwargs):
        self._read_started = True
        try:
            return getattr(self._stream, method)(*args, **kwargs)
        except OSError as exc:
            raise UnreadablePostError(*exc.args) from exc

    def __iter__(self):
        return iter(self.readline, b"")

    def readlines(self):
        return list(self)


def _plain_absolute_path(parts):
    """Whether a split URL is just an absolute path with no '.' or '..' segment to resolve."""
    path = parts.path
    return path.startswith("/") and not (parts.scheme or parts.netloc) and "/./" not in path and "/../" not in path


def _known_codec(name):
    try:
        codecs.lookup(name)
    except LookupError:
        return False
    return True


class HttpHeaders(CaseInsensitiveMapping):
    """A request's headers read from its WSGI environ: HTTP_USER_AGENT is 'User-Agent', and
    CONTENT_TYPE and CONTENT_LENGTH (which PEP 3333 leaves unprefixed) are headers too. Keys
    match whatever their case, with '_' for '-' if you like (headers["user_agent"])."""

    HTTP_PREFIX = "HTTP_"
    UNPREFIXED_HEADERS = {"CONTENT_TYPE", "CONTENT_LENGTH"}

    def __init__(self, environ):
        named = ((self.parse_header_name(key), value) for key, value in environ.items())
        super().__init__({name: value for name, value in named if name})

    def __getitem__(self, key):
        return super().__getitem__(key.replace("_", "-"))

    @classmethod
    def parse_header_name(cls, header):
        """'User-Agent' for 'HTTP_USER_AGENT'; None for an environ key that is not a header."""
        if header.startswith(cls.HTTP_PREFIX):
            header = header[len(cls.HTTP_PREFIX) :]
        elif header not in cls.UNPREFIXED_HEADERS:
            return None
        return header.replace("_", "-").title()

    @classmethod
    def to_wsgi_name(cls, header):
        name = header.replace("-", "_").upper()
        return name if name in cls.UNPREFIXED_HEADERS else cls.HTTP_PREFIX + name

    @classmethod
    def to_asgi_name(cls, header):
        return header.replace("-", "_").upper()

    @classmethod
    def to_wsgi_names(cls, headers):
        return {cls.to_wsgi_name(name): value for name, value in headers.items()}

    @classmethod
    def to_asgi_names(cls, headers):
        return {cls.to_asgi_name(name): value for name, value in headers.items()}


class QueryDict(MultiValueDict):
    """A query string (or form body) as a MultiValueDict: QueryDict("a=1&a=2").getlist("a") is
    ['1', '2']. Read-only unless built with mutable=True (copy() is always mutable); keys and
    values given as bytes are decoded with its encoding (DEFAULT_CHARSET by default)."""

    # Class-level, so that an instance being unpickled (before __init__ ran) has them.
    _mutable = True
    _encoding = None

    def __init__(self, query_string=None, mutable=False, encoding=None):
        super().__init__()
        self.encoding = encoding or settings.DEFAULT_CHARSET
        text = query_string or ""
        if isinstance(text, bytes):
            # Should be ASCII; some user agents send Latin-1 instead.
            try:
                text = text.decode(self.encoding)
            except UnicodeDecodeError:
                text = text.decode("iso-8859-1")
        try:
            fields = parse_qsl(
                text,
                keep_blank_values=True,
                encoding=self.encoding,
                max_num_fields=settings.DATA_UPLOAD_MAX_NUMBER_FIELDS,
            )
        except ValueError as exc:
            # parse_qsl() raises ValueError only past max_num_fields (strict parsing is off).
            raise TooManyFieldsSent(
                "The number of GET/POST parameters exceeded settings.DATA_UPLOAD_MAX_NUMBER_FIELDS."
            ) from exc
        for key, value in fields:
            self.appendlist(key, value)
        self._mutable = mutable

    @classmethod
    def fromkeys(cls, iterable, value="", mutable=False, encoding=None):
        """A QueryDict holding `value` once for each key of `iterable` (repeats included)."""
        built = cls("", mutable=True, encoding=encoding)
        for key in iterable:
            built.appendlist(key, value)
        built._mutable = mutable
        return built

    @property
    def encoding(self):
        if self._encoding is None:
            self._encoding = settings.DEFAULT_CHARSET
        return self._encoding

    @encoding.setter
    def encoding(self, value):
        self._encoding = value

    def _assert_mutable(self):
        if not self._mutable:
            raise AttributeError("This QueryDict instance is immutable")

    def _text(self, value):
        return bytes_to_text(value, self.encoding)

    def __setitem__(self, key, value):
        self._assert_mutable()
        super().__setitem__(self._text(key), self._text(value))

    def __delitem__(self, key):
        self._assert_mutable()
        super().__delitem__(key)

    def __copy__(self):
        duplicate = type(self)("", mutable=True, encoding=self.encoding)
        for key, values in self.lists():
            duplicate.setlist(key, values)
        return duplicate

    def __deepcopy__(self, memo):
        duplicate = type(self)("", mutable=True, encoding=self.encoding)
        memo[id(self)] = duplicate
        for key, values in self.lists():
            duplicate.setlist(copy.deepcopy(key, memo), copy.deepcopy(values, memo))
        return duplicate

    def setlist(self, key, list_):
        self._assert_mutable()
        super().setlist(self._text(key), [self._text(item) for item in list_])

    def setlistdefault(self, key, default_list=None):
        self._assert_mutable()
        return super().setlistdefault(key, default_list)

    def appendlist(self, key, value):
        self._assert_mutable()
        super().appendlist(self._text(key), self._text(value))

    def pop(self, key, *args):
        self._assert_mutable()
        return super().pop(key, *args)

    def popitem(self):
        self._assert_mutable()
        return super().popitem()

    def clear(self):
        self._assert_mutable()
        super().clear()

    def setdefault(self, key, default=None):
        self._assert_mutable()
        return super().setdefault(self._text(key), self._text(default))

    def copy(self):
        """A mutable (deep) copy."""
        return self.__deepcopy__({})

    def urlencode(self, safe=None):
        """The query string: 'a=1&a=2'. Characters in `safe` are left unencoded:

        >>> q = QueryDict(mutable=True); q["next"] = "/a&b/"
        >>> q.urlencode(), q.urlencode(safe="/")
        ('next=%2Fa%26b%2F', 'next=/a%26b/')
        """
        charset = self.encoding
        keep = safe.encode(charset) if safe else None
        fields = []
        for key, values in self.lists():
            raw_key = key.encode(charset)
            for value in values:
                raw_value = str(value).encode(charset)
                if keep:
                    fields.append(f"{quote(raw_key, keep)}={quote(raw_value, keep)}")
                else:
                    fields.append(_stdlib_urlencode({raw_key: raw_value}))
        return "&".join(fields)


def bytes_to_text(s, encoding):
    """`s` decoded with `encoding` if it is bytes (undecodable bytes become U+FFFD), else `s`."""
    if isinstance(s, bytes):
        return str(s, encoding, "replace")
    return s


def split_domain_port(host):
    """(domain, port) of a Host header, the domain lowercased and without a trailing dot;
    ('', '') when it is not a valid host ('example.com:80' -> ('example.com', '80'))."""
    host = host.lower()
    if host.startswith("["):
        inside, closed, rest = host[1:].partition("]")
        domain = f"[{inside}]" if closed and _is_ipv6_literal(inside) else ""
    else:
        domain, _colon, _port = host.partition(":")
        rest = host[len(domain) :]
        if not domain or not set(domain) <= _HOSTNAME_CHARS:
            domain = ""
    port = _port_of(rest)
    if not domain or port is None:
        return "", ""
    return domain.removesuffix("."), port


def _is_ipv6_literal(text):
    """What may stand between the brackets of an IPv6 host: hex digits, ':' and '.', with a ':'
    before any '.' and something after the first ':'."""
    first_colon = text.find(":")
    return (
        first_colon >= 0
        and first_colon + 1 < len(text)
        and set(text) <= _IPV6_CHARS
        and "." not in text[:first_colon]
    )


def _port_of(rest):
    """The port of what follows the domain: '' for nothing, the digits of ':8080', else None."""
    if not rest:
        return ""
    digits = rest[1:]
    if rest[0] == ":" and digits.isascii() and digits.isdigit():
        return digits
    return None


def validate_host(host, allowed_hosts):
    """Whether a domain (lowercased, without its port) matches one of `allowed_hosts`: '*'
    matches anything, '.example.com' that domain and its subdomains, anything else itself."""
    return any(pattern == "*" or is_same_domain(host, pattern) for pattern in allowed_hosts)
