"""HTTP helpers (django.utils.http): query strings, dates, ETags, header parameters, and the
checks that keep a redirect on the site (is_same_domain, url_has_allowed_host_and_scheme)."""

import base64
import binascii
import contextlib
import re
import unicodedata
from datetime import UTC, datetime
from email.utils import formatdate
from urllib.parse import quote, unquote, urlsplit
from urllib.parse import urlencode as _stdlib_urlencode

from django.utils.datastructures import MultiValueDict

# RFC 9110, appendix A: an entity tag is an optionally weak ("W/") quoted string.
ETAG_MATCH = re.compile(r'\A((?:W/)?"[^"]*")\Z')

MAX_HEADER_LENGTH = 10_000
MAX_URL_LENGTH = 2048
MONTHS = "jan feb mar apr may jun jul aug sep oct nov dec".split()

# RFC 3986, section 2.2: the reserved characters.
RFC3986_GENDELIMS = ":/?#[]@"
RFC3986_SUBDELIMS = "!$&'()*+,;="

_BASE36_DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz"
_NONE_IN_QUERY = "Cannot encode None for key '%s' in a query string. Did you mean to pass an empty string or omit the value?"

# The three date formats RFC 9110 (section 5.6.7) obliges a recipient to read, as
# (format, regex). Day, month, year and time are named groups; digits are ASCII only.
_CLOCK = r"(?P<hour>[0-9]{2}):(?P<min>[0-9]{2}):(?P<sec>[0-9]{2})"
_HTTP_DATE_FORMATS = (
    # IMF-fixdate (RFC 1123): Sun, 06 Nov 1994 08:49:37 GMT
    re.compile(r"\w{3}, (?P<day>[0-9]{2}) (?P<mon>\w{3}) (?P<year>[0-9]{4}) %s GMT$" % _CLOCK),
    # RFC 850, two-digit year: Sunday, 06-Nov-94 08:49:37 GMT
    re.compile(r"\w{6,9}, (?P<day>[0-9]{2})-(?P<mon>\w{3})-(?P<year>[0-9]{2}) %s GMT$" % _CLOCK),
    # C's asctime(): Sun Nov  6 08:49:37 1994
    re.compile(r"\w{3} (?P<mon>\w{3}) (?P<day>[ 0-9][0-9]) %s (?P<year>[0-9]{4})$" % _CLOCK),
)

# A file name RFC 9110 lets a quoted-string carry: tabs, spaces and visible ASCII. (As a `$`
# regex, a name ending in one newline passes too; Django's does the same.)
_QUOTABLE_FILENAME = re.compile(r"[\t \x21-\x7e]*$")


# ---- query strings ---------------------------------------------------------------------------


def urlencode(query, doseq=False):
    """urllib's urlencode() that also takes a MultiValueDict and values that are not strings,
    and refuses None (which would silently become 'None')."""
    encoded = [(key, _query_value(key, value, doseq)) for key, value in _pairs_of(query)]
    return _stdlib_urlencode(encoded, doseq)


def _pairs_of(query):
    """(key, value) pairs of a query: a MultiValueDict's lists, a mapping's items, or the pairs given."""
    if isinstance(query, MultiValueDict):
        return query.lists()
    return query.items() if hasattr(query, "items") else query


def _query_value(key, value, doseq):
    _refuse_none(key, value)
    if not doseq or isinstance(value, (str, bytes)):
        return value
    try:
        items = iter(value)
    except TypeError:
        return value
    # Consumed here, once: a generator would be empty when urllib reads it.
    return [item if isinstance(item, bytes) else str(_refuse_none(key, item)) for item in items]


def _refuse_none(key, value):
    if value is not None:
        return value
    raise TypeError(_NONE_IN_QUERY % key)


# ---- dates -----------------------------------------------------------------------------------


def http_date(epoch_seconds=None):
    """A time (seconds since the epoch; now by default) as an HTTP date:
    'Wdy, DD Mon YYYY HH:MM:SS GMT'."""
    return formatdate(epoch_seconds, usegmt=True)


def parse_http_date(date):
    """Seconds since the epoch (UTC) of an HTTP date in any of RFC 9110's three formats."""
    fields = next((m for m in (f.match(date) for f in _HTTP_DATE_FORMATS) if m), None)
    if fields is None:
        raise ValueError("%r is not in a valid HTTP date format" % date)
    try:
        moment = datetime(
            _full_year(int(fields["year"])),
            MONTHS.index(fields["mon"].lower()) + 1,
            int(fields["day"]),
            int(fields["hour"]),
            int(fields["min"]),
            int(fields["sec"]),
            tzinfo=UTC,
        )
        return int(moment.timestamp())
    except Exception as exc:
        raise ValueError("%r is not a valid date" % date) from exc


def _full_year(year):
    """RFC 850's two-digit years: the nearest such year that is not more than 50 years ahead."""
    if year >= 100:
        return year
    this_year = datetime.now(tz=UTC).year
    century, within = divmod(this_year, 100)
    if year - within > 50:
        century -= 1
    return century * 100 + year


def parse_http_date_safe(date):
    """parse_http_date(), or None when `date` is not a valid HTTP date."""
    with contextlib.suppress(Exception):
        return parse_http_date(date)
    return None


# ---- compact encodings -----------------------------------------------------------------------


def base36_to_int(s):
    """The int a base 36 string stands for; at most 13 digits (enough for any 64-bit int)."""
    if len(s) > 13:
        raise ValueError("Base36 input too large")
    return int(s, 36)


def int_to_base36(i):
    """A non-negative int in base 36 (digits then lowercase letters)."""
    if i < 0:
        raise ValueError("Negative base36 conversion input.")
    digits = ""
    while True:
        i, digit = divmod(i, 36)
        digits = _BASE36_DIGITS[digit] + digits
        if not i:
            return digits


def urlsafe_base64_encode(s):
    """Bytes as URL-safe base64 text, without the trailing '=' padding."""
    return base64.urlsafe_b64encode(s).rstrip(b"\n=").decode("ascii")


def urlsafe_base64_decode(s):
    """The bytes of URL-safe base64 text whose padding may have been stripped."""
    raw = s.encode()
    try:
        return base64.urlsafe_b64decode(raw + b"=" * (len(raw) % 4))
    except (LookupError, binascii.Error) as exc:
        raise ValueError(exc)


# ---- ETags -----------------------------------------------------------------------------------


def parse_etags(etag_str):
    """The quoted ETags of an If-Match/If-None-Match value (invalid ones dropped), or ['*']."""
    if etag_str.strip() != "*":
        tags = (ETAG_MATCH.match(candidate.strip()) for candidate in etag_str.split(","))
        return [tag[1] for tag in tags if tag]
    return ["*"]


def quote_etag(etag_str):
    """An ETag in quotes (a strong one) unless it already is a quoted ETag."""
    return etag_str if ETAG_MATCH.match(etag_str) else f'"{etag_str}"'


# ---- hosts and redirects ---------------------------------------------------------------------


def is_same_domain(host, pattern):
    """Whether `host` matches `pattern`: exactly, or, for a pattern starting with '.', as that
    domain or any of its subdomains ('.example.com' matches 'example.com' and 'a.example.com')."""
    if not pattern:
        return False
    lowered = pattern.lower()
    if lowered.startswith("."):
        return host == lowered[1:] or host.endswith(lowered)
    return host == lowered


def url_has_allowed_host_and_scheme(url, allowed_hosts, require_https=False):
    """Whether redirecting to `url` stays on one of `allowed_hosts` with a safe scheme (http or
    https; only https with require_https). An empty URL is never allowed; a path always is.

    True does not make a URL safe to output: quote it too (iri_to_uri()).
    """
    stripped = url.strip() if url is not None else None
    if not stripped:
        return False
    hosts = _host_set(allowed_hosts)
    schemes = ("https",) if require_https else ("http", "https")
    # Browsers read '\' as '/' in a path, yet it may also sit in credentials (user\@host):
    # the URL must be safe read either way.
    readings = (stripped, stripped.replace("\\", "/"))
    return all(_stays_on_allowed_host(reading, hosts, schemes) for reading in readings)


def _host_set(allowed_hosts):
    """allowed_hosts as something `in` works on: one host may be given as a string, none as None."""
    return {allowed_hosts} if isinstance(allowed_hosts, str) else allowed_hosts or ()


def _stays_on_allowed_host(url, allowed_hosts, schemes):
    # Browsers take three leading slashes as an absolute URL; overlong input is refused before
    # urlsplit() spends time on it.
    if len(url) > MAX_URL_LENGTH or url.startswith("///"):
        return False
    try:
        parts = urlsplit(url)
    except ValueError:  # a malformed IPv6 host
        return False
    # 'http:///example.com' has a scheme and no host, but a browser goes to example.com.
    if parts.scheme and not parts.netloc:
        return False
    # Browsers skip control characters before a URL, which may then read as '//host'.
    if unicodedata.category(url[0]).startswith("C"):
        return False
    scheme = parts.scheme or ("http" if parts.netloc else "")
    host_allowed = not parts.netloc or parts.netloc in allowed_hosts
    return host_allowed and (not scheme or scheme in schemes)


def escape_leading_slashes(url):
    """A path starting with '//' with its second slash escaped: a browser would read '//host/...'
    as another site."""
    return "/%2F" + url[2:] if url.startswith("//") else url


# ---- header parameters -----------------------------------------------------------------------


def parse_header_parameters(line, max_length=MAX_HEADER_LENGTH):
    """A Content-Type-like header as (its value lowercased, {parameter: value}).

    Quoted values are unquoted; RFC 2231 values (filename*=UTF-8''%C3%A4.txt) are decoded.
    A line longer than `max_length` raises ValueError.
    """
    if not line:
        return "", {}
    if max_length is not None and len(line) > max_length:
        raise ValueError("Unable to parse header parameters (value too long).")
    first, *rest = _header_segments(line)
    parameters = {}
    for segment in rest:
        name, equals, value = segment.partition("=")
        if equals:
            name, value = _header_parameter(name.strip().lower(), value.strip(), segment)
            parameters[name] = value
    return first.lower(), parameters


def _header_segments(line):
    """The ';'-separated parts of a header value, each stripped, ignoring ';' inside quotes."""
    segments, start, quoted = [], 0, False
    for position, char in enumerate(line):
        if char == '"' and (position == 0 or line[position - 1] != "\\"):
            quoted = not quoted
        elif char == ";" and not quoted:
            segments.append(line[start:position].strip())
            start, quoted = position + 1, False
    segments.append(line[start:].strip())
    return segments


def _header_parameter(name, value, segment):
    extended = name.endswith("*")
    name = name[:-1] if extended else name
    if len(value) > 1 and value.startswith('"') and value.endswith('"'):
        value = value[1:-1].replace("\\\\", "\\").replace('\\"', '"')
    if extended and segment.count("'") == 2:
        charset, _language, text = value.split("'")
        value = unquote(text, encoding=charset)
    return name, value


def content_disposition_header(as_attachment, filename):
    """A Content-Disposition value (RFC 6266) for `filename`, or None for an inline response
    with no file name."""
    if not filename:
        return "attachment" if as_attachment else None
    disposition = "attachment" if as_attachment else "inline"
    if _QUOTABLE_FILENAME.match(filename):
        escaped = filename.replace("\\", "\\\\").replace('"', '\\"')
        return f'{disposition}; filename="{escaped}"'
    return f"{disposition}; filename*=utf-8''{quote(filename)}"
