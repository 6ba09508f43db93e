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
from collections import Counter
from functools import wraps
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

_INVALID_HOST = "Invalid HTTP_HOST header: %r."
_ADD_TO_ALLOWED_HOSTS = " You may need to add %r to ALLOWED_HOSTS."
_NOT_A_DOMAIN = " The domain name provided is not valid according to RFC 1034/1035."
_BAD_PROXY_SSL_HEADER = "The SECURE_PROXY_SSL_HEADER setting must be a tuple containing two values."
_BODY_AFTER_STREAM = "You cannot access body after reading from request's data stream"
_BODY_TOO_BIG = "Request body exceeded settings.DATA_UPLOAD_MAX_MEMORY_SIZE."
_TOO_MANY_FIELDS = "The number of GET/POST parameters exceeded settings.DATA_UPLOAD_MAX_NUMBER_FIELDS."
_IMMUTABLE = "This QueryDict instance is immutable"
_FORM_NOT_UTF8 = "HTTP requests with the 'application/x-www-form-urlencoded' content type must be UTF-8 encoded."


def _core_exception(name, base):
    """django.core.exceptions.<name>; a stand-in of the same name while that module lacks it."""
    return getattr(_core_exceptions, name, None) or type(name, (base,), {"__module__": __name__})


BadRequest = _core_exception("BadRequest", Exception)
RequestDataTooBig = _core_exception("RequestDataTooBig", _core_exceptions.SuspiciousOperation)
TooManyFilesSent = _core_exception("TooManyFilesSent", _core_exceptions.SuspiciousOperation)
TooManyFieldsSent = _core_exception("TooManyFieldsSent", _core_exceptions.SuspiciousOperation)

# What DEBUG allows when ALLOWED_HOSTS is empty: the machine itself, under any of its names.
_LOCAL_HOSTS_IN_DEBUG = [".localhost", "127.0.0.1", "[::1]"]

_HOSTNAME_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789.-")
_IPV6_CHARS = frozenset("abcdef0123456789.:")


class UnreadablePostError(OSError):
    pass


class RawPostDataException(Exception):
    """The body was asked for after the request's stream had been read (by POST, say)."""


class _Encoding:
    """The `encoding` attribute of requests and QueryDicts: the charset last set, else what
    `unset(instance)` says; setting it drops the attributes named in `decoded_with_it` (what
    was decoded with the previous one, decoded again when next asked for)."""

    def __init__(self, unset, decoded_with_it=()):
        self.unset, self.decoded_with_it = unset, decoded_with_it

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        chosen = vars(instance).get("_charset")
        return self.unset(instance) if chosen is None else chosen

    def __set__(self, instance, value):
        state = vars(instance)
        state["_charset"] = value
        for name in self.decoded_with_it:
            state.pop(name, None)


class _BodyStream:
    """A request's body as its server hands it over (the stream a subclass sets as `_stream`,
    as Django's WSGIRequest does). read() and friends read it on demand; `whole()` reads all of
    it once (refused once reading began: the start is gone), closes the server's stream and
    keeps the bytes, which later reads then go through again."""

    def __init__(self, source):
        self.source, self.began, self.kept = source, False, None

    def call(self, method, args, kwargs):
        self.began = True
        try:
            return getattr(self.source, method)(*args, **kwargs)
        except OSError as problem:
            raise UnreadablePostError(*problem.args) from problem

    def whole(self, declared_length):
        if self.kept is None:
            if self.began:
                raise RawPostDataException(_BODY_AFTER_STREAM)
            limit = settings.DATA_UPLOAD_MAX_MEMORY_SIZE
            if limit is not None and declared_length > limit:
                raise RequestDataTooBig(_BODY_TOO_BIG)
            served_by = self.source
            try:
                self.kept = self.call("read", (), {})
            finally:
                served_by.close()
            self.source = BytesIO(self.kept)
        return self.kept


class HttpRequest:
    """A basic HTTP request."""

    # The charset of GET and POST; None (until set) means DEFAULT_CHARSET.
    encoding = _Encoding(unset=lambda request: None, decoded_with_it=("GET", "_post"))

    def __init__(self):
        self.GET, self.POST = QueryDict(mutable=True), QueryDict(mutable=True)
        self.COOKIES, self.META, self.FILES = {}, {}, MultiValueDict()
        self.path = self.path_info = ""
        self.method = self.resolver_match = None
        self.content_type = self.content_params = None

    def __repr__(self):
        name, full_path = type(self).__name__, self.get_full_path() if self.method is not None else ""
        return f"<{name}: {self.method} {full_path!r}>" if full_path else f"<{name}>"

    @cached_property
    def headers(self):
        """The request's headers, from META (headers["User-Agent"], headers["user_agent"])."""
        return HttpHeaders(self.META)

    # ---- where the request was sent --------------------------------------------------------

    def _claimed_host(self):
        """The host the request names, unchecked: X-Forwarded-Host (when USE_X_FORWARDED_HOST),
        else Host, else SERVER_NAME with the port unless it is the scheme's default (PEP 3333)."""
        meta = self.META
        for header, used in (("HTTP_X_FORWARDED_HOST", settings.USE_X_FORWARDED_HOST), ("HTTP_HOST", True)):
            if used and header in meta:
                return meta[header]
        name, port = meta["SERVER_NAME"], self.get_port()
        return name if port == ("443" if self.is_secure() else "80") else f"{name}:{port}"

    def get_host(self):
        """The request's host and port, once ALLOWED_HOSTS accepts its domain (DisallowedHost,
        a 400, otherwise)."""
        claimed = self._claimed_host()
        domain = split_domain_port(claimed)[0]
        refusal = _host_refusal(domain)
        if refusal:
            refused = DisallowedHost(_INVALID_HOST % claimed + refusal)
            # For the trace of the request panel (django._trace): what was refused, and from where.
            forwarded = settings.USE_X_FORWARDED_HOST and "HTTP_X_FORWARDED_HOST" in self.META
            refused._refused_host = (claimed, domain, forwarded)
            raise refused
        return claimed

    def get_port(self):
        """The port, as a string: X-Forwarded-Port when USE_X_FORWARDED_PORT, else SERVER_PORT."""
        forwarded = settings.USE_X_FORWARDED_PORT and "HTTP_X_FORWARDED_PORT" in self.META
        return str(self.META["HTTP_X_FORWARDED_PORT" if forwarded else "SERVER_PORT"])

    def _get_scheme(self):
        """The scheme the server saw (a subclass knows; a bare request says 'http')."""
        return "http"

    @property
    def scheme(self):
        """'https' or 'http'. Behind a proxy that ends TLS, SECURE_PROXY_SSL_HEADER names the
        header (and value) by which the proxy says the original request was secure."""
        return self._scheme_the_proxy_saw() or self._get_scheme()

    def _scheme_the_proxy_saw(self):
        """What SECURE_PROXY_SSL_HEADER's header says, or None (no such setting, or no header)."""
        if not settings.SECURE_PROXY_SSL_HEADER:
            return None
        try:
            header, secure_value = settings.SECURE_PROXY_SSL_HEADER
        except ValueError:
            raise ImproperlyConfigured(_BAD_PROXY_SSL_HEADER) from None
        sent = self.META.get(header)
        if sent is None:
            return None
        # A chain of proxies may send 'https, http': the first is what the client used.
        return "https" if sent.split(",", 1)[0].strip() == secure_value else "http"

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
        # A query string should be ASCII already (RFC 3986); encode the rest rather than fail.
        query = self.META.get("QUERY_STRING", "")
        pieces = [escape_uri_path(path)]
        if force_append_slash and not path.endswith("/"):
            pieces.append("/")
        if query:
            pieces += ["?", iri_to_uri(query)]
        return "".join(pieces)

    def build_absolute_uri(self, location=None):
        """An absolute URI for `location` (the request's own full path by default): an absolute
        URL is only encoded; a path or relative URL is joined to this request's scheme and host."""
        target = "//" + self.get_full_path() if location is None else str(location)
        parts = urlsplit(target)
        if parts.scheme and parts.netloc:
            return iri_to_uri(target)
        if _plain_absolute_path(parts):
            # A path that starts with '//' but names no host is still this site's path.
            return iri_to_uri(self._current_scheme_host + target.removeprefix("//"))
        return iri_to_uri(urljoin(self._current_scheme_host + self.path, target))

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

    def _set_content_type_params(self, meta):
        """content_type and content_params from CONTENT_TYPE; its charset, if Python knows it,
        becomes the request's encoding."""
        self.content_type, self.content_params = parse_header_parameters(meta.get("CONTENT_TYPE", ""))
        charset = self.content_params.get("charset")
        if charset is not None and _known_codec(charset):
            self.encoding = charset

    @cached_property
    def _body_stream(self):
        # A request without a stream (a bare HttpRequest) has no body: AttributeError, as in Django.
        return _BodyStream(self._stream)

    @property
    def body(self):
        """The raw body, read once (at most DATA_UPLOAD_MAX_MEMORY_SIZE bytes of it)."""
        return self._body_stream.whole(int(self.META.get("CONTENT_LENGTH") or 0))

    # ---- the form: POST and FILES -----------------------------------------------------------

    def _load_post_and_files(self):
        """Fill _post and _files from the body of a POST whose content type is a form's
        (urlencoded or multipart); any other request gets empty ones."""
        stream = self._body_stream
        if self.method == "POST" and stream.began and stream.kept is None:
            # Read as a stream already: the form is gone.
            return self._mark_post_parse_error()
        parse = _FORM_PARSERS.get(self.content_type) if self.method == "POST" else None
        if parse is None:
            self._post, self._files = QueryDict(encoding=self.encoding), MultiValueDict()
        else:
            self._post, self._files = parse(self)

    def _mark_post_parse_error(self):
        self._post, self._files = QueryDict(), MultiValueDict()

    def _urlencoded_form(self):
        # RFC 1866: a urlencoded form has no charset; it is UTF-8.
        if self.encoding is not None and self.encoding.lower() != "utf-8":
            raise BadRequest(_FORM_NOT_UTF8)
        return QueryDict(self.body, encoding="utf-8"), MultiValueDict()

    def _multipart_form(self):
        kept = self._body_stream.kept
        try:
            return self.parse_file_upload(self.META, self if kept is None else BytesIO(kept))
        except Exception as problem:
            from django.http.multipartparser import MultiPartParserError

            if isinstance(problem, (MultiPartParserError, TooManyFilesSent)):
                # The error page may ask for POST again: it finds it empty.
                self._mark_post_parse_error()
            raise

    def _initialize_handlers(self):
        from django.core.files.uploadhandler import load_handler

        self._upload_handlers = [load_handler(path, self) for path in settings.FILE_UPLOAD_HANDLERS]

    @property
    def upload_handlers(self):
        if not vars(self).get("_upload_handlers"):
            self._initialize_handlers()
        return self._upload_handlers

    @upload_handlers.setter
    def upload_handlers(self, upload_handlers):
        if hasattr(self, "_files"):
            raise AttributeError("You cannot set the upload handlers after the upload has been processed.")
        self._upload_handlers = upload_handlers

    def parse_file_upload(self, META, post_data):
        """(POST, FILES) of a multipart body, read from `post_data` through the upload handlers."""
        from django.http.multipartparser import MultiPartParser
        from django.utils.datastructures import ImmutableList

        self.upload_handlers = ImmutableList(
            self.upload_handlers, warning="You cannot alter upload handlers after the upload has been processed."
        )
        return MultiPartParser(META, post_data, self.upload_handlers, self.encoding).parse()

    def close(self):
        """Close the files uploaded with the request."""
        for _name, uploaded in getattr(self, "_files", MultiValueDict()).lists():
            for file in uploaded:
                file.close()

    # A file-like view of the body.

    def read(self, *args, **kwargs):
        return self._body_stream.call("read", args, kwargs)

    def readline(self, *args, **kwargs):
        return self._body_stream.call("readline", args, kwargs)

    def __iter__(self):
        return iter(self.readline, b"")

    def readlines(self):
        return [*self]


#: Content type -> how a POST's body of that type becomes (POST, FILES).
_FORM_PARSERS = {
    "application/x-www-form-urlencoded": HttpRequest._urlencoded_form,
    "multipart/form-data": HttpRequest._multipart_form,
}


def _host_refusal(domain):
    """Why DisallowedHost refuses a host whose domain is `domain` ('' when it is no domain), or
    None when ALLOWED_HOSTS (with DEBUG and none listed: the machine's own names) accepts it."""
    if not domain:
        return _NOT_A_DOMAIN
    patterns = settings.ALLOWED_HOSTS or (_LOCAL_HOSTS_IN_DEBUG if settings.DEBUG else [])
    return None if validate_host(domain, patterns) else _ADD_TO_ALLOWED_HOSTS % domain


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

    @staticmethod
    def _fold(key):
        # headers["user_agent"] is headers["User-Agent"].
        return key.lower().replace("_", "-")

    @classmethod
    def parse_header_name(cls, header):
        """'User-Agent' for 'HTTP_USER_AGENT'; None for an environ key that is not a header."""
        prefixed = header.startswith(cls.HTTP_PREFIX)
        if not prefixed and header not in cls.UNPREFIXED_HEADERS:
            return None
        name = header[len(cls.HTTP_PREFIX) :] if prefixed else header
        return name.replace("_", "-").title()

    @classmethod
    def to_asgi_name(cls, header):
        return header.replace("-", "_").upper()

    @classmethod
    def to_wsgi_name(cls, header):
        name = cls.to_asgi_name(header)
        return name if name in cls.UNPREFIXED_HEADERS else cls.HTTP_PREFIX + name

    @classmethod
    def to_wsgi_names(cls, headers):
        return {cls.to_wsgi_name(name): value for name, value in headers.items()}

    @classmethod
    def to_asgi_names(cls, headers):
        return {cls.to_asgi_name(name): value for name, value in headers.items()}


def _mutating(method):
    """A QueryDict method that changes it: refused (AttributeError) unless it is mutable."""

    @wraps(method)
    def checked(self, *args, **kwargs):
        if not self._mutable:
            raise AttributeError(_IMMUTABLE)
        return method(self, *args, **kwargs)

    return checked


class QueryDict(MultiValueDict):
    """A query string (or form body) as a MultiValueDict: QueryDict("a=1&a=2").getlist("a") is
    ['1', '2']. Read-only unless built with mutable=True (copy() is always mutable); keys and
    values given as bytes are decoded with its encoding (DEFAULT_CHARSET by default)."""

    # Class-level, so that an instance being unpickled (before __init__ ran) has it.
    _mutable = True
    encoding = _Encoding(unset=lambda query_dict: _settle_on_default_charset(query_dict))

    def __init__(self, query_string=None, mutable=False, encoding=None):
        charset = encoding or settings.DEFAULT_CHARSET
        grouped = {}
        for key, value in _parsed_query(query_string or "", charset):
            grouped.setdefault(key, []).append(value)
        super().__init__(grouped)
        self.encoding, self._mutable = charset, mutable

    @classmethod
    def fromkeys(cls, iterable, value="", mutable=False, encoding=None):
        """A QueryDict holding `value` once for each key of `iterable` (repeats included)."""
        built = cls("", mutable=True, encoding=encoding)
        for key, times in Counter(map(built._text, iterable)).items():
            built.setlist(key, [value] * times)
        built._mutable = mutable
        return built

    def _text(self, value):
        return bytes_to_text(value, self.encoding)

    @_mutating
    def __setitem__(self, key, value):
        super().__setitem__(self._text(key), self._text(value))

    @_mutating
    def setlist(self, key, list_):
        super().setlist(self._text(key), [self._text(item) for item in list_])

    @_mutating
    def appendlist(self, key, value):
        super().appendlist(self._text(key), self._text(value))

    @_mutating
    def setdefault(self, key, default=None):
        return super().setdefault(self._text(key), self._text(default))

    __delitem__ = _mutating(MultiValueDict.__delitem__)
    setlistdefault = _mutating(MultiValueDict.setlistdefault)
    pop = _mutating(MultiValueDict.pop)
    popitem = _mutating(MultiValueDict.popitem)
    clear = _mutating(MultiValueDict.clear)

    def _copied(self, copy_item, memo=None):
        """A mutable QueryDict of the same encoding holding copy_item() of each key and list."""
        twin = type(self)("", mutable=True, encoding=self.encoding)
        if memo is not None:
            memo[id(self)] = twin
        for key, values in self.lists():
            twin.setlist(copy_item(key), copy_item(values))
        return twin

    def __copy__(self):
        return self._copied(lambda item: item)

    def __deepcopy__(self, memo):
        return self._copied(lambda item: copy.deepcopy(item, memo), memo)

    def copy(self):
        """A mutable (deep) copy."""
        return copy.deepcopy(self)

    def urlencode(self, safe=None):
        """The query string: 'a=1&a=2'. Characters in `safe` are left unencoded:

        >>> q = QueryDict(mutable=True); q["next"] = "/a&b/"
        >>> q.urlencode(), q.urlencode(safe="/")
        ('next=%2Fa%26b%2F', 'next=/a%26b/')
        """
        charset = self.encoding
        keep = safe.encode(charset) if safe else None

        def field(key, value):
            if keep:
                return f"{quote(key, keep)}={quote(value, keep)}"
            return _stdlib_urlencode({key: value})

        encoded = (field(key.encode(charset), str(v).encode(charset)) for key, values in self.lists() for v in values)
        return "&".join(encoded)


def _settle_on_default_charset(query_dict):
    """A QueryDict's encoding when none was set: DEFAULT_CHARSET, kept from then on."""
    query_dict.encoding = settings.DEFAULT_CHARSET
    return query_dict.encoding


def _parsed_query(query_string, charset):
    """(key, value) of each field of a query string (bytes are decoded first: as `charset`, or
    as Latin-1, which some user agents send, when that fails)."""
    if isinstance(query_string, bytes):
        try:
            query_string = str(query_string, charset)
        except UnicodeDecodeError:
            query_string = str(query_string, "iso-8859-1")
    limit = settings.DATA_UPLOAD_MAX_NUMBER_FIELDS
    try:
        return parse_qsl(query_string, keep_blank_values=True, encoding=charset, max_num_fields=limit)
    except ValueError as past_limit:  # (its only ValueError when strict_parsing is off)
        raise TooManyFieldsSent(_TOO_MANY_FIELDS) from past_limit


def bytes_to_text(s, encoding):
    """`s` decoded with `encoding` if it is bytes (undecodable bytes become U+FFFD), else `s`."""
    return str(s, encoding, "replace") if isinstance(s, bytes) else s


def split_domain_port(host):
    """(domain, port) of a Host header, the domain lowercased and without a trailing dot;
    ('', '') when it is not a valid host ('example.com:80' -> ('example.com', '80'))."""
    host = host.lower()
    if host.startswith("["):
        inside, closed, rest = host[1:].partition("]")
        domain = f"[{inside}]" if closed and _is_ipv6_literal(inside) else ""
    else:
        domain = host.partition(":")[0]
        rest = host[len(domain) :]
        if not set(domain) <= _HOSTNAME_CHARS:
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
