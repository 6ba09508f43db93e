"""Python-case inputs for the middleware-headers area: what Django's header middleware, the view
decorators, the locmem cache and the cache helpers do, called directly (a middleware built with a
view as get_response, a request built by hand), so that each fact is checked without the rest of
the request cycle.

    python3 tools/oracle/generators/mwh_python.py     # writes tools/oracle/inputs/python/mwh-*.json

Each case's code leaves a JSON value in `result`; record.py asks real Django for it. Values that
change from run to run are masked in the code itself: HTTP dates as <DATE>, Age as <AGE>, the
length of a gzip body (it carries random padding against BREACH) as <LENGTH>.
"""

import json
import os
import textwrap

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "inputs", "python")
PREFIX = "mwh-"

#: A request built by hand: method, path, query, host, and https or not (HttpRequest's scheme is
#: what _get_scheme() says, as a WSGI request's is what the server says).
PRELUDE = '''\
import re
import django
from django.conf import settings
settings.configure(SECRET_KEY="k" * 50, ALLOWED_HOSTS=["shop.example.com", ".example.com"], {settings})
django.setup()
from django.http import HttpRequest, HttpResponse, StreamingHttpResponse

class Req(HttpRequest):
    def __init__(self, method="GET", path="/", host="shop.example.com", secure=False, headers=None, query=""):
        super().__init__()
        self.method, self.path, self.path_info = method, path, path
        self.META.update({{"SERVER_NAME": host, "SERVER_PORT": "443" if secure else "80", "HTTP_HOST": host, "QUERY_STRING": query}})
        self.META.update(headers or {{}})
        self._secure = secure

    def _get_scheme(self):
        return "https" if self._secure else "http"

DATE = re.compile(r"\\w{{3}}, \\d\\d \\w{{3}} \\d{{4}} \\d\\d:\\d\\d:\\d\\d GMT")

def masked(name, value):
    if name == "Age":
        return "<AGE>"
    return DATE.sub("<DATE>", value)

def shown(response):
    headers = [[name, masked(name, value)] for name, value in response.items()]
    body = None if response.streaming else response.content.decode("latin-1")
    return [response.status_code, headers, body]

def attempt(make):
    try:
        return shown(make())
    except Exception as exc:
        return {{"raised": type(exc).__name__, "message": str(exc)}}

def text(body):
    def view(request, *args, **kwargs):
        return HttpResponse(body)
    return view
'''

CASES = {}


def case(slug, description, settings="", files=None):
    def register(body):
        CASES[slug] = (description, settings, files or {}, textwrap.dedent(body()))
        return body

    return register


# ---- SecurityMiddleware ----------------------------------------------------------------------


@case("security-ssl-redirect", "SECURE_SSL_REDIRECT: 301 to https with the path and query; SECURE_REDIRECT_EXEMPT regexes match the path without its leading slash",
      "SECURE_SSL_REDIRECT=True, SECURE_REDIRECT_EXEMPT=[r'^health/$', 'api/']")
def _():
    return '''
    from django.middleware.security import SecurityMiddleware
    m = SecurityMiddleware(text("ok"))
    result = [shown(m(Req())), shown(m(Req(path="/a b/caf\\u00e9/", query="x=1&y=%C3%A9"))), shown(m(Req(path="/health/"))),
              shown(m(Req(path="/v1/api/x"))), shown(m(Req(path="/health/x"))), shown(m(Req(secure=True))), shown(m(Req(method="POST", path="/p/"))),
              [m.redirect, m.redirect_host, [r.pattern for r in m.redirect_exempt]]]
    '''


@case("security-ssl-host", "SECURE_SSL_HOST replaces the request's host in the HTTPS redirect",
      "SECURE_SSL_REDIRECT=True, SECURE_SSL_HOST='secure.example.com'")
def _():
    return '''
    from django.middleware.security import SecurityMiddleware
    m = SecurityMiddleware(text("ok"))
    result = [shown(m(Req(path="/cart/", query="item=3"))), shown(m(Req(host="www.example.com:8080")))]
    '''


@case("security-hsts", "Strict-Transport-Security only on secure requests, with includeSubDomains and preload, never replacing the view's",
      "SECURE_HSTS_SECONDS=600, SECURE_HSTS_INCLUDE_SUBDOMAINS=True, SECURE_HSTS_PRELOAD=True")
def _():
    return '''
    from django.middleware.security import SecurityMiddleware
    def own(request):
        response = HttpResponse("x")
        response["Strict-Transport-Security"] = "max-age=1"
        return response
    result = [shown(SecurityMiddleware(text("ok"))(Req(secure=True))), shown(SecurityMiddleware(text("ok"))(Req())),
              shown(SecurityMiddleware(own)(Req(secure=True)))]
    settings.SECURE_HSTS_PRELOAD = False
    result.append(shown(SecurityMiddleware(text("ok"))(Req(secure=True))))
    settings.SECURE_HSTS_SECONDS = 0
    result.append(shown(SecurityMiddleware(text("ok"))(Req(secure=True))))
    '''


@case("security-header-settings", "Referrer-Policy from a comma-separated string or a list, COOP values, nosniff off; headers a view set are kept",
      "SECURE_REFERRER_POLICY='origin,  strict-origin ,no-referrer', SECURE_CROSS_ORIGIN_OPENER_POLICY='same-origin-allow-popups'")
def _():
    return '''
    from django.middleware.security import SecurityMiddleware
    def own(request):
        response = HttpResponse("x")
        response["Referrer-Policy"] = "unsafe-url"
        response["X-Content-Type-Options"] = "other"
        response["Cross-Origin-Opener-Policy"] = "unsafe-none"
        return response
    result = [shown(SecurityMiddleware(text("ok"))(Req())), shown(SecurityMiddleware(own)(Req()))]
    for referrer, coop, nosniff in ((["a", " b"], None, False), (("no-referrer",), "", True), ("", "same-origin", True), (None, "unsafe-none", False)):
        settings.SECURE_REFERRER_POLICY, settings.SECURE_CROSS_ORIGIN_OPENER_POLICY = referrer, coop
        settings.SECURE_CONTENT_TYPE_NOSNIFF = nosniff
        result.append(shown(SecurityMiddleware(text("ok"))(Req())))
    '''


# ---- clickjacking --------------------------------------------------------------------------------


@case("xframe-middleware", "XFrameOptionsMiddleware: X_FRAME_OPTIONS upper-cased, a header the view set kept, nothing for an exempt response",
      "X_FRAME_OPTIONS='sameorigin'")
def _():
    return '''
    from django.middleware.clickjacking import XFrameOptionsMiddleware
    def own(request):
        response = HttpResponse("x")
        response["X-Frame-Options"] = "ALLOW-FROM https://a.example"
        return response
    def exempt(request):
        response = HttpResponse("x")
        response.xframe_options_exempt = True
        return response
    def not_exempt(request):
        response = HttpResponse("x")
        response.xframe_options_exempt = False
        return response
    result = [shown(XFrameOptionsMiddleware(view)(Req())) for view in (text("ok"), own, exempt, not_exempt)]
    del settings.X_FRAME_OPTIONS
    result.append(shown(XFrameOptionsMiddleware(text("ok"))(Req())))
    '''


@case("xframe-decorators", "xframe_options_deny / _sameorigin set the header unless set; _exempt marks the response for the middleware")
def _():
    return '''
    from django.middleware.clickjacking import XFrameOptionsMiddleware
    from django.views.decorators.clickjacking import xframe_options_deny, xframe_options_exempt, xframe_options_sameorigin
    def own(request):
        response = HttpResponse("x")
        response["X-Frame-Options"] = "SAMEORIGIN"
        return response
    result = []
    for decorator in (xframe_options_deny, xframe_options_sameorigin, xframe_options_exempt):
        for view in (text("ok"), own):
            wrapped = decorator(view)
            response = wrapped(Req())
            result.append([wrapped.__name__, shown(response), getattr(response, "xframe_options_exempt", None),
                           shown(XFrameOptionsMiddleware(wrapped)(Req()))])
    '''


# ---- Content-Security-Policy ---------------------------------------------------------------------


@case("csp-middleware", "ContentSecurityPolicyMiddleware builds both headers: sets sorted, True a bare directive, None and empty left out, an unused nonce dropped",
      "SECURE_CSP={'default-src': [\"'self'\"], 'img-src': {'https://b.example', 'data:'}, 'script-src': [\"'self'\", '<CSP_NONCE_SENTINEL>'], "
      "'upgrade-insecure-requests': True, 'frame-src': None, 'object-src': [], 'base-uri': \"'none'\"}, "
      "SECURE_CSP_REPORT_ONLY={'script-src': ['<CSP_NONCE_SENTINEL>'], 'report-uri': '/csp/'}")
def _():
    return '''
    from django.middleware.csp import ContentSecurityPolicyMiddleware, get_nonce
    def uses_nonce(request):
        return HttpResponse("nonce of %d characters" % len(str(get_nonce(request))))
    def own(request):
        response = HttpResponse("x")
        response["Content-Security-Policy"] = "default-src 'none'"
        return response
    m = ContentSecurityPolicyMiddleware(text("ok"))
    result = [shown(m(Req())), shown(ContentSecurityPolicyMiddleware(own)(Req())), get_nonce(Req())]
    response = ContentSecurityPolicyMiddleware(uses_nonce)(Req())
    policy = response["Content-Security-Policy"]
    nonce = re.search(r"'nonce-([^']+)'", policy)[1]
    result.append([response.content.decode(), policy.replace(nonce, "<NONCE>"), response["Content-Security-Policy-Report-Only"].replace(nonce, "<NONCE>")])
    settings.SECURE_CSP, settings.SECURE_CSP_REPORT_ONLY = {}, {}
    result.append(shown(ContentSecurityPolicyMiddleware(text("ok"))(Req())))
    '''


@case("csp-decorators", "csp_override / csp_report_only_override replace the settings for one view; an empty dict sends no header",
      "SECURE_CSP={'default-src': [\"'self'\"]}, SECURE_CSP_REPORT_ONLY={'img-src': [\"'self'\"]}")
def _():
    return '''
    from django.middleware.csp import ContentSecurityPolicyMiddleware
    from django.views.decorators.csp import csp_override, csp_report_only_override
    views = [csp_override({"default-src": ["'none'"], "script-src": ["https://cdn.example"]})(text("a")),
             csp_report_only_override({"script-src": ["'self'"]})(text("b")), csp_override({})(text("c")),
             csp_report_only_override({})(csp_override({})(text("d")))]
    result = [shown(ContentSecurityPolicyMiddleware(view)(Req())) for view in views]
    for bad in (["default-src"], None, "default-src 'self'"):
        try:
            csp_override(bad)
        except TypeError as exc:
            result.append(str(exc))
    '''


# ---- GZip ------------------------------------------------------------------------------------------

GZIP_VIEWS = '''
    import gzip
    from django.middleware.gzip import GZipMiddleware
    LONG = "".join("line %d of a page\\n" % i for i in range(40))
    def long(request):
        return HttpResponse(LONG)
    def unpacked(response):
        body = b"".join(response.streaming_content) if response.streaming else response.content
        encoded = response.get("Content-Encoding") == "gzip"
        headers = [[name, "<LENGTH>" if encoded and name == "Content-Length" else value] for name, value in response.items()]
        return [response.status_code, headers, (gzip.decompress(body) if encoded else body).decode("latin-1")[:40], len(body) if not encoded else None]
'''


@case("gzip-accept-encoding", "GZipMiddleware compresses when Accept-Encoding names gzip (as a word, whatever its q), and always adds Vary: Accept-Encoding")
def _():
    return GZIP_VIEWS + '''
    m = GZipMiddleware(long)
    result = [[accept, unpacked(m(Req(headers={"HTTP_ACCEPT_ENCODING": accept} if accept is not None else {})))]
              for accept in (None, "", "gzip", "gzip, deflate, br", "deflate", "GZIP", "x-gzip", "gzip;q=0", "br;q=1, gzip;q=0.5", "*")]
    '''


@case("gzip-skips", "GZipMiddleware leaves alone short responses and encoded ones, keeps bytes gzip cannot shrink, weakens a strong ETag, streams")
def _():
    return GZIP_VIEWS + '''
    def short(request):
        return HttpResponse("x" * 199)
    def just_long_enough(request):
        return HttpResponse("x" * 200)
    def encoded(request):
        response = HttpResponse(LONG)
        response["Content-Encoding"] = "br"
        return response
    def noise(request):
        return HttpResponse(__import__("random").Random(1).randbytes(300))
    def tagged(request):
        response = HttpResponse(LONG)
        response["ETag"] = '"v1"'
        response["Vary"] = "Cookie"
        return response
    def weak(request):
        response = HttpResponse(LONG)
        response["ETag"] = 'W/"v1"'
        return response
    def streamed(request):
        response = StreamingHttpResponse(iter([b"a" * 300, b"b" * 300]))
        response["Content-Length"] = "600"
        return response
    def streamed_short(request):
        return StreamingHttpResponse(iter([b"a"]))
    result = [[view.__name__, unpacked(GZipMiddleware(view)(Req(headers={"HTTP_ACCEPT_ENCODING": "gzip"})))]
              for view in (short, just_long_enough, encoded, noise, tagged, weak, streamed, streamed_short)]
    result.append(unpacked(GZipMiddleware(streamed)(Req())))
    '''


@case("gzip-compress-functions", "compress_string and compress_sequence without padding are deterministic gzip (level 6, no timestamp); padding sets the FNAME flag")
def _():
    return '''
    import base64, gzip
    from django.utils.text import compress_sequence, compress_string
    chunks = list(compress_sequence([b"hello ", b"world" * 30, b""]))
    padded = compress_string(b"hello", max_random_bytes=3)
    big = list(compress_sequence([b"a" * 100000, b"b"], max_random_bytes=5))
    result = [base64.b64encode(compress_string(b"hello world" * 30)).decode(), [base64.b64encode(chunk).decode() for chunk in chunks],
              padded[3], gzip.decompress(padded).decode(), 0 < len(padded) - len(compress_string(b"hello")) <= 3,
              gzip.decompress(b"".join(big))[-3:].decode(), compress_string(b"") == compress_string(b"", max_random_bytes=0)]
    '''


@case("gzip-page-and-vary", "gzip_page is GZipMiddleware for one view; vary_on_headers adds each header once whatever its case, '*' replaces all")
def _():
    return GZIP_VIEWS + '''
    from django.views.decorators.gzip import gzip_page
    from django.views.decorators.vary import vary_on_cookie, vary_on_headers
    def varied(request):
        response = HttpResponse("x")
        response["Vary"] = "Cookie"
        return response
    page = gzip_page(long)
    result = [page.__name__, unpacked(page(Req(headers={"HTTP_ACCEPT_ENCODING": "gzip"}))),
              vary_on_headers("Accept-Language", "cookie", "COOKIE")(varied)(Req())["Vary"],
              vary_on_cookie(text("x"))(Req())["Vary"], vary_on_headers("*")(varied)(Req())["Vary"],
              vary_on_headers()(text("x"))(Req()).get("Vary"), vary_on_cookie(varied).__name__]
    '''


# ---- the locmem cache ------------------------------------------------------------------------------

CACHES = ("CACHES={'default': {'BACKEND': 'django.core.cache.backends.locmem.LocMemCache'}, "
          "'small': {'BACKEND': 'django.core.cache.backends.locmem.LocMemCache', 'LOCATION': 's', 'OPTIONS': {'MAX_ENTRIES': 4, 'CULL_FREQUENCY': 2}}, "
          "'all': {'BACKEND': 'django.core.cache.backends.locmem.LocMemCache', 'LOCATION': 'a', 'OPTIONS': {'MAX_ENTRIES': 3, 'CULL_FREQUENCY': 0}}, "
          "'twin': {'BACKEND': 'django.core.cache.backends.locmem.LocMemCache'}, "
          "'three': {'BACKEND': 'django.core.cache.backends.locmem.LocMemCache', 'LOCATION': '3', 'OPTIONS': {'MAX_ENTRIES': 3, 'CULL_FREQUENCY': 3}}, "
          "'site': {'BACKEND': 'django.core.cache.backends.locmem.LocMemCache', 'LOCATION': 'p', 'KEY_PREFIX': 'site', 'VERSION': 3, 'TIMEOUT': None}, "
          "'dummy': {'BACKEND': 'django.core.cache.backends.dummy.DummyCache'}}")


@case("locmem-basics", "LocMemCache stores copies (pickled): get, set, add, delete, has_key, incr/decr and their errors", CACHES)
def _():
    return '''
    from django.core.cache import cache, caches
    c = caches["default"]
    c.set("a", {"x": [1]})
    got = c.get("a")
    got["x"].append(2)
    def error(call):
        try:
            call()
        except Exception as exc:
            return [type(exc).__name__, str(exc)]
    result = [c.get("a"), c.get("missing"), c.get("missing", "fallback"), c.add("a", 5), c.add("b", 5), c.get("b"),
              c.incr("b"), c.incr("b", 10), c.decr("b", 3), c.decr("b", -1), error(lambda: c.incr("nope")), error(lambda: c.decr("nope")),
              c.has_key("a"), "a" in c, "zz" in c, c.delete("a"), c.delete("a"), c.get("a"), cache.get("b"), caches["twin"].get("b"),
              error(lambda: c.incr("a-string") if c.set("a-string", "s") is None else None)]
    c.set(("tuple", 1), "keys are str()ed", version=2)
    result += [c.get(("tuple", 1), version=2), c.get("('tuple', 1)", version=2)]
    class Unpicklable:
        def __reduce__(self):
            raise TypeError("cannot pickle this")
    result.append(error(lambda: c.set("u", Unpicklable())))
    result.append(c.get("u", "not stored"))
    c.clear()
    result.append([c.get("b"), caches["twin"].get("b")])
    '''


@case("locmem-timeouts", "Timeouts: 0 is expired at once, None never expires, a negative one is gone; touch() renews; the TIMEOUT option is the default", CACHES)
def _():
    return '''
    from django.core.cache import caches
    c = caches["default"]
    c.set("zero", 1, 0)
    c.set("never", 1, None)
    c.set("past", 1, -5)
    c.set("soon", 1, 100)
    result = [c.get("zero"), c.add("zero", 2), c.get("zero"), c.get("never"), c.get("past"), c.has_key("past"), c.touch("never", 100),
              c.touch("absent"), c.touch("soon", 0), c.get("soon"), c.default_timeout, caches["site"].default_timeout]
    c.add("added", 1, 0)
    result.append(c.get("added", "expired"))
    '''


@case("locmem-many-and-versions", "get_many, set_many, delete_many, get_or_set (a callable default), versions and incr_version", CACHES)
def _():
    return '''
    from django.core.cache import caches
    c = caches["default"]
    c.set("b", 1)
    def error(call):
        try:
            call()
        except Exception as exc:
            return [type(exc).__name__, str(exc)]
    result = [c.set_many({"m1": 1, "m2": [2]}), c.get_many(["b", "m1", "m2", "q"]), c.get_or_set("m1", 9), c.get_or_set("g", lambda: 7), c.get("g"),
              c.get_or_set("none", None), c.has_key("none")]
    c.delete_many(["m1", "m2", "never-there"])
    result.append(c.get_many(["m1", "m2", "g"]))
    c.set("v", "one")
    result += [c.incr_version("v"), c.get("v"), c.get("v", version=2), error(lambda: c.incr_version("none")), c.decr_version("v", version=2), c.get("v")]
    c.set("t", "x", version=5)
    s = caches["site"]
    s.set("k", 1)
    result += [c.get("t"), c.get("t", version=5), c.make_key("t"), c.make_key("t", 5), s.make_key("k"), s.get("k"), s.get("k", version=1), s.incr("k")]
    '''


@case("locmem-culling", "MAX_ENTRIES: a full store drops the least recently used 1/CULL_FREQUENCY of its entries first (0: all)", CACHES)
def _():
    return '''
    from django.core.cache import caches
    small, everything = caches["small"], caches["all"]
    for key in range(4):
        small.set(key, key)
    small.get(0)
    small.set(9, 9)
    kept_after_one_cull = sorted(key for key in range(10) if small.has_key(key))
    small.set(0, "again")
    small.set(10, 10)
    for key in range(4):
        everything.set(key, key)
    result = [kept_after_one_cull, sorted(key for key in range(11) if small.has_key(key)), [key for key in range(4) if everything.has_key(key)]]
    # An expired entry counts towards MAX_ENTRIES until something drops it (get and has_key do; add and touch do not).
    three = caches["three"]
    for operation in ("add", "touch", "set", "get"):
        three.clear()
        three.set("a", 1)
        three.set("b", 2, 0)
        three.set("c", 3)
        answer = {"add": lambda: three.add("b", 9), "touch": lambda: three.touch("b"), "set": lambda: three.set("b", 9), "get": lambda: three.get("b")}[operation]()
        if operation in ("touch", "get"):
            three.set("d", 4)
        result.append([operation, answer, [three.get(key) for key in "abcd"]])
    '''


@case("locmem-key-warnings-and-dummy", "Keys memcached would refuse warn (CacheKeyWarning) on every backend; DummyCache keeps nothing", CACHES)
def _():
    return '''
    import warnings
    from django.core.cache import caches
    from django.core.cache.backends.base import CacheKeyWarning, InvalidCacheKey
    c, d = caches["default"], caches["dummy"]
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        c.set("a key with spaces", 1)
        c.get("k" * 251)
        d.get("tab\\there")
        c.get("fine")
    result = [[w.category.__name__, str(w.message)] for w in caught]
    def error(call):
        try:
            return call()
        except Exception as exc:
            return [type(exc).__name__, str(exc)]
    result += [d.set("a", 1), d.get("a"), d.get("a", 3), d.add("a", 1), d.touch("a"), d.delete("a"), d.has_key("a"), error(lambda: d.incr("a")),
               d.get_many(["a"]), d.get_or_set("a", 4), d.set_many({"a": 1}), d.clear(), issubclass(CacheKeyWarning, RuntimeWarning), issubclass(InvalidCacheKey, ValueError)]
    '''


# ---- the cache middleware ------------------------------------------------------------------------

CACHE_SETTINGS = ("CACHES={'default': {'BACKEND': 'django.core.cache.backends.locmem.LocMemCache'}, "
                  "'other': {'BACKEND': 'django.core.cache.backends.locmem.LocMemCache', 'LOCATION': 'o'}}, CACHE_MIDDLEWARE_SECONDS=30")
COUNTING = '''
    from django.middleware.cache import CacheMiddleware, FetchFromCacheMiddleware, UpdateCacheMiddleware
    CALLS = {}
    def counting(make):
        def view(request):
            CALLS[make.__name__] = CALLS.get(make.__name__, 0) + 1
            response = make(request)
            if not response.streaming:
                response.content = response.content + (" #%d" % CALLS[make.__name__]).encode()
            return response
        view.__name__ = make.__name__
        return view
    def site_cache(view):
        return UpdateCacheMiddleware(FetchFromCacheMiddleware(counting(view)))
    def plain(request):
        return HttpResponse("plain")
'''


@case("cache-middleware-stores", "The per-site cache: a GET is stored with Expires and max-age, served again with Age; another query or a POST is not the same page",
      CACHE_SETTINGS)
def _():
    return COUNTING + '''
    v = site_cache(plain)
    result = [shown(v(Req(path="/p/"))), shown(v(Req(path="/p/"))), shown(v(Req(path="/p/", query="q=1"))), shown(v(Req(path="/p/", query="q=1"))),
              shown(v(Req(method="POST", path="/p/"))), shown(v(Req(path="/p/", host="www.example.com"))), shown(v(Req(path="/p/", secure=True)))]
    m = UpdateCacheMiddleware(plain)
    result.append([m.cache_timeout, m.page_timeout, m.key_prefix, m.cache_alias])
    '''


@case("cache-middleware-refuses", "What the cache middleware does not store: private/no-cache/no-store, max-age=0, a cookie for everyone, a 404, a stream; max-age sets the timeout",
      CACHE_SETTINGS)
def _():
    return COUNTING + '''
    def control(value):
        def view(request):
            response = HttpResponse(value)
            response["Cache-Control"] = value
            return response
        view.__name__ = value
        return view
    def cookie(request):
        response = HttpResponse("c")
        response.set_cookie("a", "b")
        response["Vary"] = "Cookie"
        return response
    def cookie_no_vary(request):
        response = HttpResponse("c")
        response.set_cookie("a", "b")
        return response
    def missing(request):
        return HttpResponse("nf", status=404)
    def moved(request):
        return HttpResponse("m", status=301)
    def stream(request):
        return StreamingHttpResponse(iter([b"s"]))
    result = []
    for make in (control("private"), control("no-cache"), control("no-store"), control("max-age=0"), control("max-age=5"), control("public, max-age=7"),
                 control("max-age=junk"), cookie, cookie_no_vary, missing, moved, stream):
        v = site_cache(make)
        path = "/%s/" % make.__name__.replace(" ", "")
        result.append([make.__name__, attempt(lambda: v(Req(path=path))), attempt(lambda: v(Req(path=path)))])
    v = site_cache(cookie)
    result.append([shown(v(Req(path="/c/", headers={"HTTP_COOKIE": "x=1"}))), shown(v(Req(path="/c/"))), shown(v(Req(path="/c/", headers={"HTTP_COOKIE": "x=1"})))])
    '''


@case("cache-middleware-vary-and-head", "Pages are kept per value of the headers Vary names; a HEAD is answered from its GET's page", CACHE_SETTINGS)
def _():
    return COUNTING + '''
    def varies(request):
        response = HttpResponse("v")
        response["Vary"] = "Accept-Language, X-Thing"
        return response
    v = site_cache(varies)
    result = [shown(v(Req(path="/v/", headers={"HTTP_X_THING": "1"}))), shown(v(Req(path="/v/", headers={"HTTP_X_THING": "1"}))),
              shown(v(Req(path="/v/", headers={"HTTP_X_THING": "2"}))), shown(v(Req(path="/v/"))), shown(v(Req(path="/v/", headers={"HTTP_X_THING": "2"})))]
    h = site_cache(plain)
    result += [shown(h(Req(method="HEAD", path="/h/"))), shown(h(Req(method="HEAD", path="/h/"))), shown(h(Req(path="/h/"))),
               shown(h(Req(path="/g/"))), shown(h(Req(method="HEAD", path="/g/")))]
    '''


@case("cache-page-decorator", "cache_page(timeout, cache=, key_prefix=) caches one view for that long, whatever the response's max-age; CacheMiddleware's arguments",
      CACHE_SETTINGS)
def _():
    return COUNTING + '''
    from django.views.decorators.cache import cache_page
    def short_lived(request):
        response = HttpResponse("s")
        response["Cache-Control"] = "max-age=5"
        return response
    a = cache_page(60, key_prefix="kp")(counting(plain))
    b = cache_page(10, cache="other")(counting(short_lived))
    c = cache_page(0)(counting(plain))
    result = [shown(a(Req(path="/a/"))), shown(a(Req(path="/a/"))), shown(b(Req(path="/b/"))), shown(b(Req(path="/b/"))),
              shown(c(Req(path="/c/"))), shown(c(Req(path="/c/"))), a.__name__]
    for kwargs in ({}, {"cache_timeout": 3, "page_timeout": 4, "key_prefix": None, "cache_alias": None}, {"key_prefix": "x", "cache_alias": "other"}):
        m = CacheMiddleware(plain, **kwargs)
        result.append([m.cache_timeout, m.page_timeout, m.key_prefix, m.cache_alias])
    '''


@case("cache-keys", "get_cache_key / learn_cache_key: the page key names the method, the URL's md5, the varying headers' md5, the language and time zone",
      CACHE_SETTINGS + ", USE_TZ=True, TIME_ZONE='Europe/Paris'")
def _():
    return '''
    from django.core.cache import caches
    from django.utils.cache import get_cache_key, learn_cache_key
    request = Req(path="/keys/", query="a=1", headers={"HTTP_COOKIE": "x=1", "HTTP_ACCEPT_LANGUAGE": "fr"})
    varied = HttpResponse("x")
    varied["Vary"] = "Cookie, accept-language, X-Other"
    result = [get_cache_key(request), learn_cache_key(request, HttpResponse("plain")), get_cache_key(request), learn_cache_key(request, varied),
              get_cache_key(request), get_cache_key(request, method="HEAD"), get_cache_key(request, key_prefix="other"),
              learn_cache_key(request, varied, 5, "pp", caches["other"]), get_cache_key(request, "pp", cache=caches["other"]),
              caches["default"].get(learn_cache_key.__module__ and "missing")]
    settings.USE_I18N = False
    result.append(learn_cache_key(request, varied))
    settings.USE_TZ = False
    result.append(get_cache_key(request))
    '''


@case("cache-control-decorators", "cache_control, never_cache and patch_response_headers: Cache-Control directives, Expires, get_max_age, set_response_etag")
def _():
    return '''
    from django.utils.cache import get_max_age, patch_cache_control, patch_response_headers, set_response_etag
    from django.views.decorators.cache import cache_control, never_cache
    r1 = HttpResponse("x")
    patch_response_headers(r1, 10)
    patch_response_headers(r1, 20)
    r2 = HttpResponse("x")
    r2["Cache-Control"] = "max-age=5, private"
    patch_cache_control(r2, public=True, max_age=60, no_cache="Set-Cookie", stale_while_revalidate=3)
    r3 = HttpResponse("x")
    patch_response_headers(r3, -5)
    result = [shown(r1), get_max_age(r1), shown(r2), shown(r3), set_response_etag(HttpResponse("abc"))["ETag"], set_response_etag(HttpResponse("")).has_header("ETag"),
              shown(cache_control(max_age=5, public=True)(text("cc"))(Req())), shown(never_cache(text("nc"))(Req())), get_max_age(HttpResponse("none"))]
    try:
        never_cache(text("x"))("not a request")
    except TypeError as exc:
        result.append(str(exc))
    '''


# ---- CommonMiddleware ------------------------------------------------------------------------------

URLS = {
    "mwh_urls.py": (
        "from django.http import HttpResponse\n"
        "from django.urls import path\n"
        "from django.views.decorators.common import no_append_slash\n\n"
        "def page(request, *args, **kwargs):\n    return HttpResponse('page')\n\n"
        "@no_append_slash\ndef exact(request):\n    return HttpResponse('exact')\n\n"
        "urlpatterns = [path('blog/', page), path('exact/', exact), path('plain', page), path('a//b/', page), path('caf\\u00e9/', page)]\n"
    ),
}
COMMON = '''
    from django.middleware.common import CommonMiddleware
    from django.urls import Resolver404, resolve
    def routed(request):
        try:
            match = resolve(request.path_info)
        except Resolver404:
            return HttpResponse("not found", status=404)
        return match.func(request)
    m = CommonMiddleware(routed)
'''


@case("common-append-slash", "APPEND_SLASH: a 404 becomes a 301 to the path with its slash when that resolves (query kept), unless the view is no_append_slash",
      "ROOT_URLCONF='mwh_urls'", URLS)
def _():
    return COMMON + '''
    result = [[path, query, method, attempt(lambda: m(Req(method=method, path=path, query=query)))]
              for path in ("/blog", "/blog/", "/exact", "/nothing", "/plain", "/a//b", "//blog", "/caf\\u00e9") for query in ("", "page=2") for method in ("GET", "POST")]
    settings.APPEND_SLASH = False
    result.append(attempt(lambda: m(Req(path="/blog"))))
    '''


@case("common-prepend-www", "PREPEND_WWW redirects to the www. host (with the slash too, in one redirect), keeping scheme, port and query",
      "ROOT_URLCONF='mwh_urls', PREPEND_WWW=True", URLS)
def _():
    return COMMON + '''
    result = [attempt(lambda path=path, host=host, secure=secure: m(Req(path=path, host=host, secure=secure, query="q=1")))
              for path in ("/blog", "/blog/", "/nothing") for host in ("example.com", "www.example.com", "shop.example.com:8000") for secure in (False, True)]
    '''


@case("common-debug-and-agents", "With DEBUG, a POST/PUT/PATCH/DELETE that would lose its body raises RuntimeError; DISALLOWED_USER_AGENTS; Content-Length; host validation",
      "ROOT_URLCONF='mwh_urls', DEBUG=True, DISALLOWED_USER_AGENTS=[__import__('re').compile(r'^BadBot')]", URLS)
def _():
    return COMMON + '''
    def stream(request):
        return StreamingHttpResponse(iter([b"s"]))
    def sized(request):
        response = HttpResponse("twelve chars")
        response["Content-Length"] = "99"
        return response
    result = [attempt(lambda method=method: m(Req(method=method, path="/blog", query="a=1"))) for method in ("POST", "PUT", "PATCH", "DELETE", "OPTIONS", "HEAD")]
    result += [attempt(lambda: m(Req(headers={"HTTP_USER_AGENT": "BadBot/1.0"}))), attempt(lambda: m(Req(path="/blog/", headers={"HTTP_USER_AGENT": "Good BadBot"}))),
               attempt(lambda: m(Req(host="evil.test"))), attempt(lambda: CommonMiddleware(stream)(Req())), attempt(lambda: CommonMiddleware(sized)(Req()))]
    '''


@case("common-broken-link-emails", "BrokenLinkEmailsMiddleware: which 404s it would report (referer rules, IGNORABLE_404_URLS); the response is unchanged",
      "IGNORABLE_404_URLS=[__import__('re').compile(r'\\.php$')]")
def _():
    return '''
    from django.middleware.common import BrokenLinkEmailsMiddleware
    m = BrokenLinkEmailsMiddleware(lambda request: HttpResponse("nf", status=404))
    referers = ("", "/a", "http://shop.example.com/", "https://shop.example.com/a/", "http://other.example/?q=x", "http://other.example/",
                "http://shop.example.com/?q", "//shop.example.com/a/", "http://sub.shop.example.com/")
    result = [[uri, referer, m.is_ignorable_request(None, uri, "shop.example.com", referer), m.is_internal_request("shop.example.com", referer)]
              for uri in ("/a/", "/a", "/x.php", "/a/?q=1") for referer in referers]
    result.append(shown(m(Req(headers={"HTTP_REFERER": "http://elsewhere/"}))))
    '''


# ---- conditional requests --------------------------------------------------------------------------

CONDITIONAL = '''
    import datetime
    from django.utils.http import http_date
    MODIFIED = datetime.datetime(2026, 1, 1, 12, 0, 0)
    STAMP = int(MODIFIED.replace(tzinfo=datetime.timezone.utc).timestamp())
    ASKED = [{}, {"HTTP_IF_NONE_MATCH": '"abc"'}, {"HTTP_IF_NONE_MATCH": 'W/"abc"'}, {"HTTP_IF_NONE_MATCH": '"x", "abc"'}, {"HTTP_IF_NONE_MATCH": "*"},
             {"HTTP_IF_MATCH": '"abc"'}, {"HTTP_IF_MATCH": '"x"'}, {"HTTP_IF_MATCH": "*"}, {"HTTP_IF_MATCH": 'W/"abc"'},
             {"HTTP_IF_MODIFIED_SINCE": http_date(STAMP)}, {"HTTP_IF_MODIFIED_SINCE": http_date(STAMP - 10)}, {"HTTP_IF_MODIFIED_SINCE": "garbage"},
             {"HTTP_IF_UNMODIFIED_SINCE": http_date(STAMP - 10)}, {"HTTP_IF_UNMODIFIED_SINCE": http_date(STAMP)},
             {"HTTP_IF_NONE_MATCH": '"zzz"', "HTTP_IF_MODIFIED_SINCE": http_date(STAMP)}]
'''


@case("condition-decorator", "condition/etag/last_modified: 304 for GET and HEAD, 412 otherwise, by RFC 9110's order; ETag and Last-Modified added to GET/HEAD responses")
def _():
    return CONDITIONAL + '''
    from django.views.decorators.http import condition, etag, last_modified
    views = [condition(etag_func=lambda r: "abc", last_modified_func=lambda r: MODIFIED)(text("both")), etag(lambda r: 'W/"abc"')(text("weak")),
             last_modified(lambda r: MODIFIED.replace(tzinfo=datetime.timezone(datetime.timedelta(hours=2))))(text("aware")),
             etag(lambda r: None)(text("none"))]
    result = [[asked, method, [shown(view(Req(method=method, headers=asked))) for view in views]] for asked in ASKED for method in ("GET", "HEAD", "PUT")]
    '''


@case("conditional-get-middleware", "ConditionalGetMiddleware: an ETag from the content (not with no-store), 304 keeps some headers and the cookies, only for GET")
def _():
    return CONDITIONAL + '''
    from django.middleware.http import ConditionalGetMiddleware
    def no_store(request):
        response = HttpResponse("ns")
        response["Cache-Control"] = "No-Store"
        return response
    def missing(request):
        return HttpResponse("nf", status=404)
    def dated(request):
        response = HttpResponse("lm")
        response["Last-Modified"] = http_date(STAMP)
        for name in ("Vary", "Expires", "Content-Language", "Cache-Control"):
            response[name] = "kept " + name
        response.set_cookie("k", "v")
        return response
    def tagged(request):
        response = HttpResponse("t")
        response["ETag"] = '"abc"'
        return response
    result = []
    for asked in ASKED + [{"HTTP_IF_NONE_MATCH": '"ff3a7dd6b6a5e2a1ea1d6bb6f3c31b8b"'}]:
        for method in ("GET", "HEAD"):
            responses = [ConditionalGetMiddleware(view)(Req(method=method, headers=asked)) for view in (text("plain body"), no_store, missing, dated, tagged)]
            result.append([asked, method, [shown(r) + [r.cookies.output() if r.status_code == 304 else None] for r in responses]])
    '''


@case("conditional-page", "conditional_page is ConditionalGetMiddleware for one view: an ETag from the content, then 304 for it")
def _():
    return '''
    from django.views.decorators.http import conditional_page
    view = conditional_page(text("body"))
    first = view(Req())
    result = [shown(first), shown(view(Req(headers={"HTTP_IF_NONE_MATCH": first["ETag"]}))), shown(view(Req(method="POST", headers={"HTTP_IF_NONE_MATCH": first["ETag"]}))),
              view.__name__]
    '''


def main():
    os.makedirs(OUT, exist_ok=True)
    for name in os.listdir(OUT):
        if name.startswith(PREFIX):
            os.remove(os.path.join(OUT, name))
    for slug, (description, settings, files, body) in CASES.items():
        code = PRELUDE.format(settings=settings) + body.strip("\n") + "\n"
        case_input = {"kind": "python", "description": description, "files": files, "code": code}
        with open(os.path.join(OUT, f"{PREFIX}{slug}.json"), "w", encoding="utf-8") as out:
            json.dump(case_input, out, indent=2, ensure_ascii=False)
            out.write("\n")
    print(f"{len(CASES)} inputs in {os.path.relpath(OUT)}")


if __name__ == "__main__":
    main()
