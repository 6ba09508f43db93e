"""Writes the http area's python cases: requests, responses, redirects, the URL encodings, views,
view decorators, shortcuts, access mixins and messages, as Django's own test suite checks them
(tests/utils_tests/test_encoding.py and test_http.py, tests/httpwrappers, tests/requests_tests,
tests/responses, tests/shortcuts, tests/generic_views, tests/decorators).

    python3 tools/oracle/generators/http_cases.py      # writes tools/oracle/inputs/python/http-*.json
    python3 tools/oracle/record.py --out tools/oracle/cases tools/oracle/inputs/python/http-*.json

Each case is a snippet whose `result` (or exception) real Django records; nothing here says what
the answer is. Results avoid what varies between runs (times, temporary paths, addresses).
"""

import json
import os
import textwrap

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "inputs", "python")

URLS = '''from django.http import HttpResponse
from django.urls import path


def page(request, **kwargs):
    return HttpResponse("page")


urlpatterns = [
    path("", page, name="home"),
    path("articles/<int:year>/", page, name="archive"),
    path("café/", page, name="cafe"),
    path("accounts/login/", page, name="login"),
]
'''

FILES = {"mysite/__init__.py": "", "mysite/urls.py": URLS}

SETUP = """import django
from django.conf import settings
settings.configure(
    ROOT_URLCONF="mysite.urls",
    ALLOWED_HOSTS=["example.com", ".example.org", "[::1]"],
    LOGIN_URL="/accounts/login/",
    INSTALLED_APPS=[{apps}],
    SECRET_KEY="http-cases-secret-key-that-is-long-enough-for-django-1234567890",
)
django.setup()
"""

# A request as a server would hand it over: META, path, method.
REQUEST = """from django.http import HttpRequest


def request(method="GET", path="/", query="", host="example.com", **meta):
    made = HttpRequest()
    made.method, made.path, made.path_info = method, path, path
    made.META = {"HTTP_HOST": host, "QUERY_STRING": query, "SERVER_NAME": "example.com", "SERVER_PORT": "80", **meta}
    return made
"""

AUTH_APPS = '"django.contrib.contenttypes", "django.contrib.auth", "django.contrib.messages"'

CASES = []


def case(slug, description, code, apps="", request=False):
    prelude = SETUP.format(apps=apps) + (REQUEST if request else "")
    CASES.append((slug, description, prelude + textwrap.dedent(code).strip() + "\n"))


# ---- redirects encode IRIs (the gap of issue 8) -----------------------------------------------

case(
    "redirect-iri",
    "redirect() to a path outside ASCII: Location is the percent-encoded URI, as a browser needs it.",
    """
    from django.shortcuts import redirect
    response = redirect("/æøå/")
    result = [response.status_code, response["Location"], response.url, repr(response)]
    """,
)
case(
    "redirect-classes-iri",
    "HttpResponseRedirect and HttpResponsePermanentRedirect encode an IRI target; reserved characters and escapes stay.",
    """
    from django.http import HttpResponsePermanentRedirect, HttpResponseRedirect
    targets = ["/æøå/", "/blog/for/Jürgen Münster/", "https://example.com/ü?q=é&x=1#frag", "/already%20encoded/?a=%C3%A9", "/a b/?q=x y", "//example.com/ü"]
    result = [[cls(target)["Location"] for target in targets] for cls in (HttpResponseRedirect, HttpResponsePermanentRedirect)]
    """,
)
case(
    "redirect-url-name-iri",
    "redirect() to a URL name whose route is not ASCII gives the encoded path reverse() builds.",
    """
    from django.shortcuts import redirect
    result = [redirect("cafe")["Location"], redirect("archive", 2024)["Location"], redirect("archive", year=1999, permanent=True).status_code]
    """,
)
case(
    "redirect-status-codes",
    "redirect(): 302, 301 when permanent, 307/308 with preserve_request.",
    """
    from django.shortcuts import redirect
    from django.http.response import HttpResponseRedirectBase
    result = []
    for permanent in (False, True):
        for preserve_request in (False, True):
            response = redirect("/path/", permanent=permanent, preserve_request=preserve_request)
            result.append([type(response).__name__, response.status_code, isinstance(response, HttpResponseRedirectBase)])
    """,
)
case(
    "redirect-relative-and-urls",
    "redirect() keeps './' and '../' and anything URL-like that does not reverse; a plain name that does not reverse raises.",
    """
    from django.shortcuts import redirect, resolve_url
    result = [redirect(url)["Location"] for url in ("./here/", "../up/", "/plain/path/", "https://example.com/x", "page.html")]
    try:
        redirect("no-such-view")
    except Exception as exc:
        result.append([type(exc).__name__, str(exc)])
    """,
)
case(
    "redirect-object",
    "redirect() and resolve_url() take an object with get_absolute_url(); its IRI is encoded in Location only.",
    """
    from django.shortcuts import redirect, resolve_url
    class Article:
        def get_absolute_url(self):
            return "/articles/ünïcode/"
    result = [resolve_url(Article()), redirect(Article())["Location"]]
    """,
)
for scheme_url in ("mailto:test@example.com", "javascript:alert(1)", "data:text/html,<script>x</script>", "file:///etc/passwd", "ssh://foo"):
    slug = scheme_url.split(":")[0]
    case(
        f"redirect-disallowed-{slug}",
        f"A redirect to {slug}: is refused with DisallowedRedirect (only http, https and ftp are allowed).",
        f"""
        from django.http import HttpResponseRedirect
        result = HttpResponseRedirect({scheme_url!r})
        """,
    )
case(
    "redirect-refused-repr",
    "A refused redirect still has a repr, with its Location (the debug page shows it).",
    """
    from django.http import HttpResponseRedirect
    response = HttpResponseRedirect.__new__(HttpResponseRedirect)
    try:
        HttpResponseRedirect.__init__(response, "ssh://foo/ü")
    except Exception as exc:
        result = [type(exc).__name__, str(exc), repr(response)]
    """,
)
case(
    "redirect-arguments",
    "The redirect classes take HttpResponse's arguments after the URL; allowed_schemes can be widened in a subclass.",
    """
    from django.http import HttpResponseRedirect
    from django.http.response import HttpResponseRedirectBase
    class AppRedirect(HttpResponseRedirectBase):
        status_code = 302
        allowed_schemes = ["myapp"]
    moved = HttpResponseRedirect("/new/", content="moved", status=303, headers={"X-Why": "moved"})
    result = [moved.status_code, moved.content.decode(), moved["X-Why"], moved.reason_phrase, AppRedirect("myapp://open")["Location"]]
    """,
)

# ---- django.utils.encoding ---------------------------------------------------------------------

case(
    "iri-to-uri",
    "iri_to_uri() encodes what is not ASCII (as UTF-8) and leaves reserved characters and escapes; twice is once.",
    """
    from django.utils.encoding import iri_to_uri
    iris = ["red%09rosé#red", "/blog/for/Jürgen Münster/", "locations/Paris+%26+Orl%C3%A9ans", "%&", "red&♥ros%#red", "/😀/?q=é", "'\\"<>`{}|\\\\^", None]
    result = [[iri_to_uri(iri), iri_to_uri(iri_to_uri(iri))] for iri in iris]
    """,
)
case(
    "uri-to-iri",
    "uri_to_iri() decodes UTF-8 escapes and plain ASCII letters; reserved characters, spaces and broken UTF-8 stay escaped.",
    """
    from django.utils.encoding import uri_to_iri
    uris = ["/%e2%89%Ab%E2%99%a5%E2%89%aB/", "/%E2%99%A5%E2%99%A5/?utf8=%E2%9C%93", "/%41%5a%6B/", "/%25%20%02%41%7b/", "/%AAd%AAj%AAa%AAn%AAg%AAo%AA/", "/%E2%99%A5%E2%E2%99%A5/", "/%E2%99%A5%E2%99%E2%99%A5/", "/%E2%E2%99%A5%E2%99%A5%99/", "/%30%39%2d%2e%5f%7e/", "/%aa/", None]
    result = [[uri_to_iri(uri), uri_to_iri(uri_to_iri(uri))] for uri in uris]
    """,
)
case(
    "iri-uri-complementary",
    "iri_to_uri(uri_to_iri(uri)) gives the URI back, and uri_to_iri(iri_to_uri(iri)) the IRI.",
    """
    from django.utils.encoding import iri_to_uri, uri_to_iri
    pairs = [("/blog/for/J%C3%BCrgen%20M%C3%BCnster/", "/blog/for/J\\xfcrgen%20M\\xfcnster/"), ("%&", "%&"), ("red&%E2%99%A5ros%#red", "red&♥ros%#red"), ("/%E2%99%A5%E2%E2%99%A5/", "/♥%E2♥/")]
    result = [[iri_to_uri(uri_to_iri(uri)) == uri, uri_to_iri(iri_to_uri(iri)) == iri] for uri, iri in pairs]
    """,
)
case(
    "escape-uri-path",
    "escape_uri_path() escapes ';', '=', '?' and '#' in a path, keeps '/', ':', '@', '&', '+'.",
    """
    from django.utils.encoding import escape_uri_path
    paths = ["/;some/=awful/?path/:with/@lots/&of/+awful/chars", "/foo#bar", "/foo?bar", "/café/ü nïcode/", "/~user/$x,y/*(a)!'"]
    result = [escape_uri_path(path) for path in paths]
    """,
)
case(
    "filepath-punycode-repercent",
    "filepath_to_uri(), punycode() and repercent_broken_unicode().",
    """
    from pathlib import PurePosixPath
    from django.utils.encoding import filepath_to_uri, punycode, repercent_broken_unicode
    result = [filepath_to_uri("upload\\\\чубака.mp4"), filepath_to_uri(PurePosixPath("upload/test.png")), filepath_to_uri(None), punycode("öäü.com"), punycode("example.com"), repercent_broken_unicode(b"test\\xfctest\\xfctest\\xfc").decode(), repercent_broken_unicode(b"\\xe2\\x99\\xa5\\xe2").decode()]
    """,
)
case(
    "force-str-bytes",
    "force_str() and force_bytes(): text, numbers, memoryviews, strings_only, other encodings.",
    """
    import datetime
    from django.utils.encoding import force_bytes, force_str, smart_bytes, smart_str, is_protected_type
    today = datetime.date(2020, 1, 2)
    result = [force_str(b"caf\\xc3\\xa9"), force_str(12), force_str(None, strings_only=True), force_str(1.5, strings_only=True), force_str(b"\\xff", errors="replace"), list(force_bytes(memoryview(b"ab"))), list(force_bytes("é", "latin-1")), list(force_bytes(b"\\xc3\\xa9", "latin-1")), list(force_bytes(ValueError("voilà"), "ascii", errors="ignore")), force_bytes(today, strings_only=True) is today, smart_str(3), list(smart_bytes("x")), [is_protected_type(v) for v in (None, 3, 2.5, today, "s", b"b")]]
    """,
)
case(
    "force-str-decode-error",
    "force_str() of bytes that are not UTF-8 raises DjangoUnicodeDecodeError, naming the bytes.",
    """
    from django.utils.encoding import force_str
    result = force_str(b"\\xff")
    """,
)

# ---- django.utils.http --------------------------------------------------------------------------

case(
    "urlencode",
    "urlencode(): pairs, dicts, sequences with and without doseq, bytes, MultiValueDict.",
    """
    from django.utils.datastructures import MultiValueDict
    from django.utils.http import urlencode
    result = [urlencode((("a", 1), ("b", 2))), urlencode({"a": [1, 2]}), urlencode({"a": [1, 2]}, doseq=True), urlencode({"a": []}, doseq=True), urlencode({"a": (1, 2)}), urlencode({"a": b"abc"}, doseq=True), urlencode({"a": [b"spam", b"eggs"]}, doseq=True), urlencode({"a": bytearray(range(2))}, doseq=True), urlencode({"a": range(2)}, doseq=True), urlencode({"é": "ü &="}), urlencode(MultiValueDict({"name": ["Adrian", "Simon"], "p": ["D"]}), doseq=True)]
    """,
)
case(
    "urlencode-none",
    "urlencode() refuses None, in a value or in a sequence, with Django's message.",
    """
    from django.utils.http import urlencode
    result = []
    for query, doseq in (({"a": None}, False), ({"a": [None]}, True), ({"a": (x for x in [None])}, True)):
        try:
            urlencode(query, doseq=doseq)
        except TypeError as exc:
            result.append(str(exc))
    """,
)
case(
    "url-has-allowed-host-bad",
    "url_has_allowed_host_and_scheme() refuses URLs that lead to another host, however they hide it.",
    r"""
    from django.utils.http import url_has_allowed_host_and_scheme
    bad = ["http://example.com", "http:///example.com", "https://example.com", "ftp://example.com", r"\\example.com", r"\\\example.com", r"/\\/example.com", r"\\//example.com", r"/\/example.com", r"\/example.com", r"/\example.com", r"http:/\//example.com", r"http:\/example.com", r"http:/\example.com", 'javascript:alert("XSS")', "\njavascript:alert(x)", "java\nscript:alert(x)", "\x08//example.com", r"http://otherserver\@example.com", r"http:\\testserver\@example.com", r"http://testserver\me:pass@example.com", r"http://testserver\@example.com", "http:999999999", "ftp:9999999999", "\n", "", None, "http://[2001:cdba:0000:0000:0000:0000:3257:9652/", "http://2001:cdba:0000:0000:0000:0000:3257:9652]/"]
    result = [url_has_allowed_host_and_scheme(url, allowed_hosts={"testserver", "testserver2"}) for url in bad]
    """,
)
case(
    "url-has-allowed-host-good",
    "url_has_allowed_host_and_scheme() allows paths, and URLs on an allowed host; require_https allows only https.",
    """
    from django.utils.http import url_has_allowed_host_and_scheme
    good = ["/view/?param=http://example.com", "/view?param=ftp://example.com", "view/?param=//example.com", "https://testserver/", "HTTPS://testserver/", "//testserver/", "http://testserver/confirm?email=me@example.com", "/url%20with%20spaces/", "path/http:2222222222", "  /padded/  "]
    secure = ["https://example.com/p", "HTTPS://example.com/p", "/view/?param=http://example.com", "http://example.com/p", "ftp://example.com/p", "//example.com/p"]
    result = [
        [url_has_allowed_host_and_scheme(url, allowed_hosts={"otherserver", "testserver"}) for url in good],
        [url_has_allowed_host_and_scheme(url, allowed_hosts={"example.com"}, require_https=True) for url in secure],
        url_has_allowed_host_and_scheme("http://user:pass@testserver/", allowed_hosts={"user:pass@testserver"}),
        url_has_allowed_host_and_scheme("/confirm/me@example.com", allowed_hosts=None),
        url_has_allowed_host_and_scheme("http://good.com/good", allowed_hosts="good.com"),
        url_has_allowed_host_and_scheme("http://good.co/evil", allowed_hosts="good.com"),
        [url_has_allowed_host_and_scheme("example.com/" + "é" * (2048 - 12 + extra), allowed_hosts={"example.com"}) for extra in (0, 1)],
    ]
    """,
)
case(
    "is-same-domain",
    "is_same_domain(): exact matches, and '.domain' patterns for the domain and its subdomains.",
    """
    from django.utils.http import is_same_domain
    pairs = [("example.com", "example.com"), ("example.com", ".example.com"), ("foo.example.com", ".example.com"), ("example.com:8888", "example.com:8888"), ("example.com:8888", ".example.com:8888"), ("foo.example.com:8888", ".example.com:8888"), ("example2.com", "example.com"), ("foo.example.com", "example.com"), ("example.com:9999", "example.com:8888"), ("foo.example.com:8888", ""), ("example.com", "EXAMPLE.COM"), ("EXAMPLE.com", "example.com"), ("xexample.com", ".example.com")]
    result = [is_same_domain(host, pattern) for host, pattern in pairs]
    """,
)
case(
    "http-dates",
    "http_date() and parse_http_date() in RFC 1123, RFC 850 and asctime formats; invalid dates.",
    """
    from django.utils.http import http_date, parse_http_date, parse_http_date_safe
    result = [http_date(1167616461.0), http_date(0), parse_http_date("Sun, 06 Nov 1994 08:49:37 GMT"), parse_http_date("Sunday, 06-Nov-94 08:49:37 GMT"), parse_http_date("Sun Nov  6 08:49:37 1994"), parse_http_date("Sun Nov  6 08:49:37 0037"), parse_http_date_safe("garbage"), parse_http_date_safe("Sun, 31 Feb 1994 08:49:37 GMT")]
    for bad in ("garbage", "Sun, 31 Feb 1994 08:49:37 GMT", "Sun Nov  6 08:49:37 １９９４"):
        try:
            parse_http_date(bad)
        except ValueError as exc:
            result.append(str(exc))
    """,
)
case(
    "base36-base64-etags",
    "base36 and URL-safe base64 round trips, their errors, and ETag parsing and quoting.",
    r"""
    from django.utils.http import base36_to_int, int_to_base36, parse_etags, quote_etag, urlsafe_base64_decode, urlsafe_base64_encode
    result = [[int_to_base36(n) for n in (0, 1, 42, 818469960)], [base36_to_int(s) for s in ("0", "16", "django")], urlsafe_base64_encode(b"foo\xff"), list(urlsafe_base64_decode(urlsafe_base64_encode(b"foo\xff"))), parse_etags(r'"" ,  "etag", "e\\tag", W/"weak"'), parse_etags("*"), parse_etags(r'"etag", "e\"t\"ag"'), [quote_etag(e) for e in ("etag", '"etag"', 'W/"etag"')]]
    for call in (lambda: int_to_base36(-1), lambda: base36_to_int("1" * 14), lambda: base36_to_int("#"), lambda: urlsafe_base64_decode("!")):
        try:
            call()
        except ValueError as exc:
            result.append(str(exc))
    """,
)
case(
    "header-parameters",
    "parse_header_parameters(): quoted values, ';' inside quotes, RFC 2231 encoded values, too long a line.",
    r"""
    from django.utils.http import parse_header_parameters
    lines = ["", "text/plain", "text/vnd.just.made.this.up ; ", 'text/plain ; charset="us-ascii"; another=opt', 'attachment; filename="strange;name";;;;size=123;;;', 'form-data; name="files"; filename="fo\\"o;bar"', 'form-data; name="files"; filename="\\"fo\\"o;b\\\\ar\\""', "Content-Type: application/x-stuff; title*=us-ascii'en-us'This%20is%20%2A%2A%2Afun%2A%2A%2A", "Content-Type: application/x-stuff; title*=UTF-8''foo-%c3%a4.html", "Content-Type: application/x-stuff; title*='foo.html"]
    result = [list(parse_header_parameters(line)) for line in lines]
    try:
        parse_header_parameters("x" * 10001)
    except ValueError as exc:
        result.append(str(exc))
    """,
)
case(
    "content-disposition",
    "content_disposition_header(): quoted ASCII names, RFC 5987 names for the rest, none for inline without a name.",
    r"""
    from django.utils.http import content_disposition_header
    cases = [(False, None), (False, "example"), (True, None), (True, "example"), (True, '"example" file\\name'), (True, "espécimen"), (True, '"espécimen" filename'), (True, "some\nfile")]
    result = [content_disposition_header(attachment, name) for attachment, name in cases]
    """,
)
case(
    "escape-leading-slashes",
    "escape_leading_slashes() escapes the second slash of '//' so the path is not read as another host.",
    """
    from django.utils.http import escape_leading_slashes
    result = [escape_leading_slashes(url) for url in ("//example.com", "//", "/x//y", "///z")]
    """,
)

# ---- hosts ---------------------------------------------------------------------------------------

case(
    "split-domain-port",
    "split_domain_port(): domain lowercased without its trailing dot, the port apart; ('', '') for what is not a host.",
    """
    from django.http.request import split_domain_port
    hosts = ["<invalid>", "<invalid>:8080", "example.com 8080", "example.com:invalid", "[::1]", "[::1]:8080", "[::ffff:127.0.0.1]:8080", "[1851:0000:3238:DEF1:0177:0000:0000:0125]:8080", "127.0.0.1:8080", "example.com", "example.com.:8080", "EXAMPLE.com:443", "xn--n28h.test:8080", "", ":80", "[::1", "[]", "example.com:80:90"]
    result = [list(split_domain_port(host)) for host in hosts]
    """,
)
case(
    "validate-host",
    "validate_host() against ALLOWED_HOSTS patterns: exact, '.domain', '*'.",
    """
    from django.http.request import validate_host
    patterns = ["example.com", ".multitenant.com", "[2001:19f0:feee::dead:beef:cafe]"]
    hosts = ["example.com", "multitenant.com", "a.multitenant.com", "xmultitenant.com", "other.com", "[2001:19f0:feee::dead:beef:cafe]", "shop.example.com"]
    result = [[validate_host(host, patterns) for host in hosts], validate_host("anything", ["*"]), validate_host("a", [])]
    """,
)
case(
    "get-host",
    "HttpRequest.get_host(): the Host header once ALLOWED_HOSTS accepts it; DisallowedHost with Django's message otherwise.",
    """
    result = []
    for host in ["example.com", "example.com:8000", "shop.example.org", "example.org.", "[::1]:8000", "evil.com", "example.com@evil.tld", "example.com:80/badpath", "invalid_hostname.com", "example.com.."]:
        try:
            result.append(request(host=host).get_host())
        except Exception as exc:
            result.append([type(exc).__name__, str(exc)])
    """,
    request=True,
)
case(
    "get-host-server-name",
    "Without a Host header, get_host() is SERVER_NAME, with SERVER_PORT unless it is the scheme's default.",
    """
    made = request()
    del made.META["HTTP_HOST"]
    first = made.get_host()
    made.META["SERVER_PORT"] = 8042
    result = [first, made.get_host(), made.get_port()]
    """,
    request=True,
)
case(
    "scheme-behind-proxy",
    "SECURE_PROXY_SSL_HEADER: the proxy's header decides scheme and is_secure(); its first value counts.",
    """
    settings.SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    result = []
    for sent in ("https", "http", "https, http", " https ,x", "HTTPS", None):
        extra = {} if sent is None else {"HTTP_X_FORWARDED_PROTO": sent}
        made = request(**extra)
        result.append([made.scheme, made.is_secure(), made.build_absolute_uri("/x/")])
    settings.SECURE_PROXY_SSL_HEADER = ("only-one",)
    try:
        request().scheme
    except Exception as exc:
        result.append([type(exc).__name__, str(exc)])
    """,
    request=True,
)

# ---- HttpRequest -------------------------------------------------------------------------------

case(
    "request-full-path",
    "get_full_path() and get_full_path_info() encode the path as a URI and keep the query string.",
    """
    made = request(path="/prefix/;some/?awful/=path/foo:bar/", query=";some=query&+query=string")
    made.path_info = "/;some/?awful/=path/foo:bar/"
    other = request(path="/café/#x", query="q=é ü")
    result = [made.get_full_path(), made.get_full_path_info(), made.get_full_path(force_append_slash=True), other.get_full_path(), other.get_full_path(True), repr(other), repr(HttpRequest())]
    """,
    request=True,
)
case(
    "request-build-absolute-uri",
    "build_absolute_uri(): the request's own URL, absolute URLs as they are, paths and relative URLs joined to it.",
    """
    made = request(path="/dir/page", query="a=1")
    double = request(path="//absolute-uri")
    locations = [None, "http://example.org/?foo=bar", "//example.org/?foo=bar", "/foo/bar/", "/foo/./bar/", "/foo/../bar/", "///foo/bar/", "bar", "?q=1", "/é/", "../up"]
    result = [[made.build_absolute_uri(location), double.build_absolute_uri(location)] for location in locations]
    """,
    request=True,
)
case(
    "request-defaults-and-headers",
    "A bare HttpRequest's attributes, and request.headers read from META.",
    """
    bare = HttpRequest()
    made = request(CONTENT_TYPE="text/html", CONTENT_LENGTH="100", HTTP_USER_AGENT="agent/1.0", HTTP_X_FORWARDED_FOR="1.2.3.4")
    headers = made.headers
    result = [list(bare.GET), bare.GET.urlencode(), list(bare.POST), bare.COOKIES, bare.META, bare.FILES.getlist("x"), bare.path, bare.method, bare.content_type, bare.content_params, bare.resolver_match, sorted(headers), headers["user-agent"], headers["User_Agent"], headers.get("Content-Type"), "x-forwarded-for" in headers]
    """,
    request=True,
)
case(
    "http-headers-names",
    "HttpHeaders: environ names to header names and back.",
    """
    from django.http import HttpHeaders
    result = [[HttpHeaders.parse_header_name(name) for name in ("PATH_INFO", "HTTP_ACCEPT", "HTTP_USER_AGENT", "HTTP_X_FORWARDED_PROTO", "CONTENT_TYPE", "CONTENT_LENGTH")], [HttpHeaders.to_wsgi_name(name) for name in ("Content-Type", "X-Foo", "content-length")], HttpHeaders.to_asgi_name("X-Foo"), HttpHeaders.to_wsgi_names({"a-b": 1, "Content-Length": 2})]
    """,
)

# ---- QueryDict ---------------------------------------------------------------------------------

case(
    "querydict-parse",
    "QueryDict parses repeated keys, blanks and escapes; d[key] is the last value.",
    """
    from django.http import QueryDict
    result = []
    for query in ("", "foo=bar", "vote=yes&vote=no", "a&b=&=c", "a=%20b+c&a=%E2%99%A5", "x=1;y=2", "&&a=1&&"):
        parsed = QueryDict(query)
        result.append([repr(parsed), parsed.urlencode(), list(parsed.items()), list(parsed.lists()), parsed.get("a", "absent")])
    """,
)
case(
    "querydict-immutable",
    "A QueryDict is read-only unless built mutable: every change raises AttributeError with Django's message.",
    """
    from django.http import QueryDict
    attempts = ["q['a'] = 'b'", "q.setlist('a', ['b'])", "q.appendlist('a', 'b')", "q.update({'a': 'b'})", "q.pop('foo')", "q.popitem()", "q.clear()", "q.setdefault('a', 'b')", "del q['foo']", "q.setlistdefault('x')"]
    result = []
    for attempt in attempts:
        q = QueryDict("foo=bar")
        try:
            exec(attempt)
            result.append("allowed")
        except AttributeError as exc:
            result.append(str(exc))
    """,
)
case(
    "querydict-mutable",
    "A mutable QueryDict: setlist, appendlist, update adds values, pop gives the list, copy() is mutable.",
    """
    from django.http import QueryDict
    q = QueryDict(mutable=True)
    q["name"] = "john"
    q.setlist("foo", ["bar", "baz"])
    q.appendlist("foo", "another")
    q.update({"foo": "hello"})
    first = [q["foo"], q.getlist("foo"), q.get("nope", "default")]
    popped = q.pop("foo")
    copied = QueryDict("a=1").copy()
    copied["b"] = "2"
    merged = QueryDict("a=1&a=2", mutable=True)
    merged.update(QueryDict("a=3&a=4"))
    result = [first, popped, q.setdefault("foo", "bar"), q.urlencode(), copied.urlencode(), merged.getlist("a")]
    """,
)
case(
    "querydict-urlencode-safe",
    "QueryDict.urlencode() encodes keys and values; `safe` characters stay.",
    """
    from django.http import QueryDict
    q = QueryDict(mutable=True)
    q["next"] = "/a&b/"
    r = QueryDict(mutable=True)
    r["next"] = "/t\\xebst&key/"
    n = QueryDict(mutable=True)
    n["a"] = 1
    result = [q.urlencode(), q.urlencode(safe="/"), r.urlencode(), r.urlencode(safe="/"), n.urlencode()]
    """,
)
case(
    "querydict-encoding",
    "A QueryDict in another encoding decodes and encodes with it; fromkeys() repeats keys.",
    """
    from django.http import QueryDict
    euro = QueryDict("cur=%A4", encoding="iso-8859-15")
    utf16 = QueryDict.fromkeys([b"\\xff\\xfe\\x8e\\x02\\xdd\\x01\\x9e\\x02"], value=b"\\xff\\xfe\\xdd\\x01n\\x00l\\x00P\\x02\\x8c\\x02", encoding="utf-16")
    result = [euro.encoding, list(euro.items()), euro.urlencode(), euro.copy().encoding, repr(QueryDict.fromkeys(["k1", "k2", "k1"])), repr(QueryDict.fromkeys("xyzzy", value="v")), repr(utf16)]
    try:
        QueryDict.fromkeys(["a"])["b"] = "c"
    except AttributeError as exc:
        result.append(str(exc))
    """,
)
case(
    "multivaluedict",
    "MultiValueDict: last value, all values, defaults, the KeyError subclass, repr.",
    """
    from django.utils.datastructures import MultiValueDict, MultiValueDictKeyError
    d = MultiValueDict({"name": ["Adrian", "Simon"], "position": ["Developer"], "empty": []})
    result = [d["name"], d.getlist("name"), d.getlist("x"), d.getlist("x", ["a"]), d.get("lastname", "nonexistent"), d.get("empty", "default"), repr(d), list(d.items()), d.dict()]
    try:
        d["missing"]
    except MultiValueDictKeyError as exc:
        result.append([repr(exc), isinstance(exc, KeyError)])
    """,
)
case(
    "parse-cookie",
    "parse_cookie() reads a Cookie header as browsers send it (every ';' ends a cookie, names may be odd).",
    """
    from django.http import parse_cookie
    headers = ["chips=ahoy; vienna=finger", 'keebler="E=mc2; L=\\\\"Loves\\\\"; fudge=\\\\012;"', "keebler=E=mc2", "key:term=value:term", "a=b; c=[; d=r; f=h", "a=b; h=i; a=c", "abc=def; unnamed; django_language=en", 'a=b; "; c=d', "a b c=d e = f; gh=i", "saint=André Bessette", "  =  b  ;  ;  =  ;   c  =  ;  "]
    result = [parse_cookie(header) for header in headers]
    """,
)

# ---- HttpResponse --------------------------------------------------------------------------------

case(
    "response-headers-encoding",
    "Header values: bytes decoded, Latin-1 kept, other text MIME-encoded; names must be ASCII.",
    """
    from django.http import HttpResponse
    response = HttpResponse()
    values = []
    for value in ("test", b"test", "café", "†", 5):
        response.headers["key"] = value
        values.append(response.headers["key"])
    result = [values, list(response.serialize_headers())[-20:]]
    try:
        response.headers["føø"] = "bar"
    except UnicodeError as exc:
        result.append([type(exc).__name__, str(exc)])
    """,
)
case(
    "response-headers-newlines",
    "A newline in a header name or value raises BadHeaderError (it would start another header).",
    """
    from django.http import BadHeaderError, HttpResponse
    result = []
    for key, value in [("test\\rstr", "test"), ("test\\nstr", "test"), ("†\\nother", "test"), ("test", "†\\nother"), (b"\\xe2\\x80\\xa0\\nother", "test"), ("test", b"\\xe2\\x80\\xa0\\nother")]:
        try:
            HttpResponse()[key] = value
        except BadHeaderError as exc:
            result.append(str(exc))
    """,
)
case(
    "response-headers-mapping",
    "Headers are case-insensitive; the last spelling set is kept; del never fails; headers= at creation.",
    """
    from django.http import HttpResponse
    response = HttpResponse("hello", headers={"X-Foo": "foo"})
    response["x-foo"] = "bar"
    response.setdefault("X-New", "1")
    response.setdefault("x-new", "2")
    del response["X-Missing"]
    result = [list(response.items()), response["X-FOO"], response.has_header("x-new"), "X-New" in response, response.get("nope"), response.get("nope", "alternate"), response.headers.pop("X-Foo"), response.headers.pop("nope")]
    """,
)
case(
    "response-content-type",
    "Content-Type: the default with DEFAULT_CHARSET, a given one, one in headers, not both; charset follows it.",
    """
    from django.http import HttpResponse
    result = [HttpResponse()["Content-Type"], HttpResponse(content_type="application/json")["Content-Type"], HttpResponse(headers={"Content-Type": "text/csv"})["Content-Type"], HttpResponse(content_type="text/plain; charset=koi8-r").charset, HttpResponse(charset="latin-1")["Content-Type"], HttpResponse(content_type="text/plain;CHARSET=\\"utf-16\\"").charset]
    try:
        HttpResponse(content_type="application/json", headers={"Content-Type": "text/csv"})
    except ValueError as exc:
        result.append(str(exc))
    """,
)
case(
    "response-status",
    "Status codes: numbers and numeric strings, reason phrases, and Django's errors for the rest.",
    """
    from django.http import HttpResponse
    result = [[HttpResponse(status=status).status_code for status in (404, "404", 404.5)], HttpResponse(status=418).reason_phrase, HttpResponse(status=299).reason_phrase, HttpResponse(status=404, reason="Gone fishing").reason_phrase]
    for status in ("abc", None.__class__, 99, 600):
        try:
            HttpResponse(status=status)
        except (TypeError, ValueError) as exc:
            result.append([type(exc).__name__, str(exc)])
    """,
)
case(
    "response-content",
    "Content: text in the charset, numbers as text, iterables consumed once, write() appends.",
    """
    from django.http import HttpResponse
    response = HttpResponse(iter(["hello", "world"]))
    first = [response.content.decode(), b"".join(response).decode(), b"".join(response).decode()]
    response.write("!")
    response.writelines(["x", "y"])
    result = [first, response.content.decode(), response.tell(), response.getvalue().decode(), HttpResponse(12345).content.decode(), HttpResponse(["1", "2", 3, "\\u079e"]).content.hex(), HttpResponse(memoryview(b"mv")).content.decode(), HttpResponse("é", content_type="text/plain; charset=latin-1").content.hex(), HttpResponse("Hello").text, repr(HttpResponse("x", status=201)), response.writable(), response.readable()]
    """,
)
case(
    "response-serialize",
    "serialize() and bytes(): headers, a blank line, the content.",
    """
    from django.http import HttpResponse
    response = HttpResponse("body", headers={"X-A": "1"})
    result = response.serialize().decode()
    """,
)
case(
    "response-subclasses",
    "The status subclasses: their codes, 304 without content or Content-Type, 405 with Allow, their reprs.",
    """
    from django.http import HttpResponseBadRequest, HttpResponseForbidden, HttpResponseGone, HttpResponseNotAllowed, HttpResponseNotFound, HttpResponseNotModified, HttpResponseServerError
    not_allowed = HttpResponseNotAllowed(["GET", "OPTIONS"], content_type="text/plain")
    bare = HttpResponseNotAllowed(("GET", "POST"))
    del bare["Content-Type"]
    not_modified = HttpResponseNotModified()
    result = [[cls().status_code for cls in (HttpResponseBadRequest, HttpResponseForbidden, HttpResponseNotFound, HttpResponseGone, HttpResponseServerError)], repr(not_allowed), repr(bare), not_allowed["Allow"], repr(not_modified), "content-type" in not_modified, not_modified.content.decode()]
    try:
        not_modified.content = "Hello"
    except AttributeError as exc:
        result.append(str(exc))
    """,
)
case(
    "json-response",
    "JsonResponse: a dict by default, other data with safe=False, Django's encoder for dates, decimals and UUIDs.",
    """
    import datetime, decimal, uuid
    from django.http import JsonResponse
    data = {"key": "łóżko", "dt": datetime.datetime(2020, 1, 2, 3, 4, 5, 123456), "aware": datetime.datetime(2020, 1, 2, 3, 4, 5, tzinfo=datetime.UTC), "date": datetime.date(2020, 1, 2), "time": datetime.time(1, 2, 3, 456789), "delta": datetime.timedelta(days=-1, seconds=5, microseconds=3), "long": datetime.timedelta(days=400, hours=5), "dec": decimal.Decimal("1.10"), "uuid": uuid.UUID("12345678123456781234567812345678")}
    response = JsonResponse(data)
    result = [response.content.decode(), response["Content-Type"], JsonResponse(["foo"], safe=False).content.decode(), JsonResponse({"foo": "bar"}, json_dumps_params={"indent": 2}).content.decode()]
    for bad in (lambda: JsonResponse([1, 2, 3]), lambda: JsonResponse(datetime.time(1, tzinfo=datetime.UTC), safe=False)):
        try:
            bad()
        except (TypeError, ValueError) as exc:
            result.append(str(exc))
    """,
)
case(
    "streaming-response",
    "StreamingHttpResponse: bytes chunks, read once, no content or text, headers only in bytes().",
    """
    from django.http import StreamingHttpResponse
    response = StreamingHttpResponse(["abc", "café"])
    chunks = [chunk.decode() for chunk in response]
    again = list(response)
    result = [chunks, again, repr(response), bytes(StreamingHttpResponse(iter(["x"]))).decode(), StreamingHttpResponse(iter(["a", "b"])).getvalue().decode(), hasattr(response, "content")]
    for attribute in ("content", "text"):
        try:
            getattr(response, attribute)
        except AttributeError as exc:
            result.append(str(exc))
    """,
)
case(
    "streaming-async-iterator",
    "A StreamingHttpResponse over an async iterator, served synchronously: the chunks, and Django's warning.",
    """
    import warnings
    from django.http import StreamingHttpResponse
    async def chunks():
        yield "hello "
        yield b"world"
    response = StreamingHttpResponse(chunks())
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        body = [chunk.decode() for chunk in response]
    result = [response.is_async, body, [[w.category.__name__, str(w.message)] for w in caught]]
    """,
)
case(
    "file-response",
    "FileResponse sets Content-Length, Content-Type and Content-Disposition from the file and its name.",
    """
    import io
    from django.http import FileResponse
    def described(response):
        return [response.get("Content-Length"), response["Content-Type"], response.get("Content-Disposition"), b"".join(response).decode()]
    partly_read = io.BytesIO(b"binary content")
    partly_read.seek(3)
    result = [described(FileResponse(io.BytesIO(b"binary content"))), described(FileResponse(partly_read, as_attachment=True, filename="reports/report.pdf")), described(FileResponse(io.BytesIO(b"x"), filename="archive.tar.gz")), described(FileResponse(io.BytesIO(b"x"), filename="espécimen.txt", as_attachment=True)), described(FileResponse(io.BytesIO(b"x"), content_type="text/csv", filename="data.txt"))]
    """,
)
case(
    "cookies",
    "set_cookie() and delete_cookie(): the attributes a browser gets (max-age, path, domain, flags, samesite).",
    """
    import datetime
    from django.http import HttpResponse
    response = HttpResponse()
    response.set_cookie("plain", "value")
    response.set_cookie("full", "v", max_age=10, path="/x/", domain=".example.com", secure=True, httponly=True, samesite="Strict")
    response.set_cookie("delta", "v", max_age=datetime.timedelta(hours=1))
    response.set_cookie("dated", "v", expires="Fri, 01 Jan 2038 00:00:00 GMT")
    response.delete_cookie("gone")
    response.delete_cookie("__Host-gone", path="/p", domain="example.com")
    response.delete_cookie("cross", samesite="None")
    keep = ("max-age", "path", "domain", "secure", "httponly", "samesite")
    result = [{name: morsel.value, **{key: morsel[key] for key in keep}} for name, morsel in sorted(response.cookies.items())] + [response.cookies["dated"]["expires"], response.cookies["gone"]["expires"]]
    for bad in ({"samesite": "bad"}, {"expires": datetime.datetime(2100, 1, 1), "max_age": 5}):
        try:
            response.set_cookie("c", "v", **bad)
        except ValueError as exc:
            result.append(str(exc))
    """,
)

# ---- views -----------------------------------------------------------------------------------

case(
    "view-as-view",
    "View.as_view(): the function's name, module, doc and view_class; invalid keywords refused.",
    """
    from django.views import View
    class Hello(View):
        '''Says hello.'''
        greeting = "hi"
        def get(self, request):
            return None
    view = Hello.as_view(greeting="hey")
    result = [view.__name__, view.__module__ == Hello.__module__, view.__qualname__.endswith("as_view.<locals>.view"), view.__doc__, view.view_class.__name__, view.view_initkwargs, Hello.view_is_async]
    for kwargs in ({"get": 1}, {"nope": 1}):
        try:
            Hello.as_view(**kwargs)
        except TypeError as exc:
            result.append(str(exc))
    try:
        Hello().as_view()
    except AttributeError as exc:
        result.append(str(exc))
    """,
)
case(
    "view-dispatch",
    "View.dispatch(): the handler named after the method; 405 with Allow for the others; OPTIONS lists them.",
    """
    from django.http import HttpResponse
    from django.views import View
    class Page(View):
        def get(self, request):
            return HttpResponse("got")
        def post(self, request):
            return HttpResponse("posted")
    view = Page.as_view()
    result = []
    for method in ("GET", "POST", "HEAD", "PUT", "OPTIONS", "BREW"):
        response = view(request(method))
        result.append([method, response.status_code, response.content.decode(), response.get("Allow"), response.get("Content-Length")])
    """,
    request=True,
)
case(
    "view-errors",
    "Class-based views' errors: mixed sync and async handlers, setup() without super(), no template_name.",
    """
    from django.views import View
    from django.views.generic.base import TemplateResponseMixin
    class Mixed(View):
        async def get(self, request):
            pass
        def post(self, request):
            pass
    class NoSetup(View):
        def setup(self, request, *args, **kwargs):
            pass
        def get(self, request):
            pass
    result = []
    for attempt in (lambda: Mixed.as_view(), lambda: NoSetup.as_view()(request()), lambda: TemplateResponseMixin().get_template_names()):
        try:
            attempt()
        except Exception as exc:
            result.append([type(exc).__name__, str(exc)])
    """,
    request=True,
)
case(
    "redirect-view",
    "RedirectView: url formatted with the URL's arguments, pattern_name reversed, query_string kept, 410 without a target.",
    """
    from django.views.generic import RedirectView
    configurations = [{"url": "/new/%(pk)s/"}, {"url": "/new/", "query_string": True}, {"url": "/new/?b=2", "query_string": True}, {"url": "/ü/", "permanent": True}, {"pattern_name": "archive"}, {"pattern_name": "archive", "query_string": True}, {}]
    result = []
    for configuration in configurations:
        arguments = {"year": 2021} if "pattern_name" in configuration else {"pk": 5}
        for method in ("GET", "POST", "DELETE", "OPTIONS"):
            response = RedirectView.as_view(**configuration)(request(method, query="a=1"), **arguments)
            result.append([method, response.status_code, response.get("Location")])
    """,
    request=True,
)

# ---- view decorators -------------------------------------------------------------------------

case(
    "view-decorators-marks",
    "View decorators keep the view's name and doc (functools.wraps) and mark it (csrf_exempt, should_append_slash).",
    """
    import inspect
    from django.views.decorators.cache import cache_control, cache_page, never_cache
    from django.views.decorators.common import no_append_slash
    from django.views.decorators.csrf import csrf_exempt, csrf_protect, ensure_csrf_cookie, requires_csrf_token
    from django.views.decorators.http import require_GET, require_http_methods, require_POST, require_safe
    def view(request, slug="x"):
        '''The view.'''
    decorators = [csrf_exempt, no_append_slash, require_GET, require_POST, require_safe, require_http_methods(["PUT"]), never_cache, cache_control(max_age=5), cache_page(60), csrf_protect, requires_csrf_token, ensure_csrf_cookie]
    result = [[d(view).__name__, d(view).__doc__, str(inspect.signature(d(view))), getattr(d(view), "csrf_exempt", None), getattr(d(view), "should_append_slash", None)] for d in decorators]
    result.append([csrf_protect.__name__, requires_csrf_token.__name__, ensure_csrf_cookie.__name__, require_GET.__doc__, require_POST.__doc__, require_safe.__doc__])
    """,
)
case(
    "require-http-methods",
    "require_http_methods(): 405 with Allow for a method not listed.",
    """
    from django.http import HttpResponse
    from django.views.decorators.http import require_http_methods, require_safe
    @require_http_methods(["GET", "POST"])
    def form(request):
        return HttpResponse("ok")
    @require_safe
    def page(request):
        return HttpResponse("ok")
    result = [[view(request(method)).status_code for method in ("GET", "HEAD", "POST", "PUT", "get")] for view in (form, page)] + [repr(form(request("PUT")))]
    """,
    request=True,
)
case(
    "cache-control-decorators",
    "never_cache and cache_control patch the response's Cache-Control (and never_cache sets Expires).",
    """
    from django.http import HttpResponse
    from django.views.decorators.cache import cache_control, never_cache
    @never_cache
    def fresh(request):
        return HttpResponse("ok")
    @cache_control(max_age=3600, public=True, s_maxage=5)
    def cached(request):
        return HttpResponse("ok")
    @cache_control(private=True)
    def private(request):
        response = HttpResponse("ok")
        response["Cache-Control"] = "public, max-age=10"
        return response
    never = fresh(request())
    result = [never["Cache-Control"], "Expires" in never, cached(request())["Cache-Control"], private(request())["Cache-Control"]]
    class Resource:
        @never_cache
        def get(self, request):
            return HttpResponse("ok")
    try:
        Resource().get(request())
    except TypeError as exc:
        result.append(str(exc))
    """,
    request=True,
)
case(
    "method-decorator",
    "method_decorator(): a function decorator on a method or a class's named method; its marks carried over.",
    """
    import functools
    from django.utils.decorators import method_decorator
    from django.views.decorators.csrf import csrf_exempt
    def shout(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            return func(*args, **kwargs).upper()
        return wrapper
    class Greeter:
        @method_decorator(shout)
        def greet(self, name):
            '''Greets.'''
            return "hello " + name
    @method_decorator([shout, csrf_exempt], name="dispatch")
    class View:
        def dispatch(self, request):
            return "dispatched " + request
    result = [Greeter().greet("ann"), Greeter.greet.__name__, Greeter.greet.__doc__, View().dispatch("req"), getattr(View.dispatch, "csrf_exempt", None), method_decorator(shout).__name__]
    for name, cls in (("missing", type("A", (), {})), ("attr", type("B", (), {"attr": 5}))):
        try:
            method_decorator(shout, name=name)(cls)
        except (ValueError, TypeError) as exc:
            result.append([type(exc).__name__, str(exc).replace(repr(cls), "<the class>")])
    """,
)

# ---- auth, messages, error views --------------------------------------------------------------

AUTH_REQUEST = """
class User:
    def __init__(self, logged_in, perms=()):
        self.is_authenticated, self.perms = logged_in, set(perms)
    def has_perms(self, perms):
        return set(perms) <= self.perms
def as_user(user, path="/secret/", query=""):
    made = request(path=path, query=query)
    made.user = user
    return made
"""

case(
    "login-required",
    "login_required sends an anonymous user to LOGIN_URL with ?next=, a full URL when the login page is on another site.",
    AUTH_REQUEST
    + """
from django.contrib.auth.decorators import login_required, permission_required
from django.http import HttpResponse
def view(request):
    return HttpResponse("in")
plain = login_required(view)
elsewhere = login_required(login_url="https://sso.example.net/login/?from=shop", redirect_field_name="to")(view)
perm = permission_required("shop.change_order")(view)
result = [plain(as_user(User(True))).status_code, plain(as_user(User(False), path="/secret/é/", query="a=1&b=/x/"))["Location"], elsewhere(as_user(User(False)))["Location"], perm(as_user(User(True, ["shop.change_order"]))).status_code, perm(as_user(User(True)))["Location"], plain.__name__]
""",
    apps=AUTH_APPS,
    request=True,
)
case(
    "access-mixins",
    "LoginRequiredMixin, PermissionRequiredMixin and UserPassesTestMixin: redirect to log in, or 403 with raise_exception.",
    AUTH_REQUEST
    + """
from django.contrib.auth.mixins import LoginRequiredMixin, PermissionRequiredMixin, UserPassesTestMixin
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.views import View
class Private(LoginRequiredMixin, View):
    def get(self, request):
        return HttpResponse("ok")
class Strict(LoginRequiredMixin, View):
    raise_exception = True
    permission_denied_message = "Members only."
class Editor(PermissionRequiredMixin, View):
    permission_required = "news.change_article"
    login_url = "/members/login/"
    redirect_field_name = "back"
    def get(self, request):
        return HttpResponse("ok")
class NoTest(UserPassesTestMixin, View):
    pass
class NoPermission(PermissionRequiredMixin, View):
    pass
result = [Private.as_view()(as_user(User(True))).status_code, Private.as_view()(as_user(User(False), query="page=2"))["Location"], Editor.as_view()(as_user(User(False)))["Location"], Editor.as_view()(as_user(User(True, ["news.change_article"]))).status_code]
for view, user in ((Strict, User(False)), (Editor, User(True)), (NoTest, User(True)), (NoPermission, User(True))):
    try:
        view.as_view()(as_user(user))
    except Exception as exc:
        result.append([type(exc).__name__, str(exc)])
""",
    apps=AUTH_APPS,
    request=True,
)
case(
    "messages-without-middleware",
    "messages.* without MessageMiddleware: MessageFailure (or nothing with fail_silently); not a request: TypeError.",
    """
    from django.contrib import messages
    made = request()
    result = []
    for add in (messages.debug, messages.info, messages.success, messages.warning, messages.error):
        try:
            add(made, "Saved.")
        except messages.MessageFailure as exc:
            result.append(str(exc))
    result += [messages.info(made, "x", fail_silently=True), messages.get_messages(made), messages.set_level(made, messages.WARNING), [messages.DEBUG, messages.INFO, messages.SUCCESS, messages.WARNING, messages.ERROR], messages.DEFAULT_TAGS]
    try:
        messages.add_message(object(), messages.INFO, "x")
    except TypeError as exc:
        result.append(str(exc))
    try:
        messages.get_level(made)
    except Exception as exc:
        result.append([type(exc).__name__, str(exc)])
    """,
    apps=AUTH_APPS,
    request=True,
)
case(
    "error-views",
    "The default error views without templates: Django's built-in pages and statuses.",
    """
    from django.core.exceptions import PermissionDenied, SuspiciousOperation
    from django.http import Http404
    from django.views import defaults
    made = request(path="/missing/<b>é")
    pages = [defaults.page_not_found(made, Http404("nope")), defaults.server_error(made), defaults.bad_request(made, SuspiciousOperation("x")), defaults.permission_denied(made, PermissionDenied("no"))]
    result = [[type(page).__name__, page.status_code, page.content.decode()] for page in pages]
    try:
        defaults.page_not_found(made, Http404(), template_name="custom404.html")
    except Exception as exc:
        result.append([type(exc).__name__, str(exc)])
    """,
    request=True,
)
case(
    "csrf-failure-view",
    "The CSRF failure view is found from CSRF_FAILURE_VIEW and answers 403.",
    """
    import inspect
    from django.middleware.csrf import REASON_NO_CSRF_COOKIE, _get_failure_view
    view = _get_failure_view()
    result = [view.__module__, view.__name__, str(inspect.signature(view)), view(request(), reason=REASON_NO_CSRF_COOKIE).status_code]
    """,
    request=True,
)
case(
    "csp-build-policy",
    "build_policy(): directives joined with '; ', sets sorted, True bare, None/False left out, the nonce placeholder.",
    """
    from django.utils.csp import CSP, build_policy
    policy = {"default-src": [CSP.SELF], "script-src": [CSP.SELF, CSP.NONCE], "img-src": {"https://b.example", "https://a.example", CSP.SELF}, "upgrade-insecure-requests": True, "frame-src": False, "object-src": None, "style-src": CSP.UNSAFE_INLINE}
    result = [build_policy(policy), build_policy(policy, nonce="abc123"), build_policy({}), build_policy({"script-src": [CSP.NONCE]})]
    """,
)
case(
    "crypto-helpers",
    "salted_hmac(), constant_time_compare() and pbkdf2() give Django's digests; an unknown algorithm is refused.",
    """
    from django.utils.crypto import constant_time_compare, pbkdf2, salted_hmac
    result = [salted_hmac("salt", "value").hexdigest(), salted_hmac("salt", "value", secret="other").hexdigest(), salted_hmac("salt", "value", algorithm="sha256").hexdigest(), constant_time_compare("a", "a"), constant_time_compare(b"a", "b"), pbkdf2("password", "salt", 2, dklen=10).hex()]
    try:
        salted_hmac("salt", "value", algorithm="whatever")
    except ValueError as exc:
        result.append([type(exc).__name__, str(exc)])
    """,
)


def main():
    os.makedirs(OUT, exist_ok=True)
    for slug, description, code in CASES:
        data = {"kind": "python", "description": description, "files": FILES, "code": code}
        with open(os.path.join(OUT, f"http-{slug}.json"), "w", encoding="utf-8") as out:
            json.dump(data, out, ensure_ascii=False, indent=2)
            out.write("\n")
    print(f"{len(CASES)} inputs written to {os.path.relpath(OUT)}")


if __name__ == "__main__":
    main()
