"""Writes http inputs for the middleware that rewrite a response for the network: GZipMiddleware
(small and large bodies, Accept-Encoding, streaming, ETags) and the caches (cache_page, the
per-site UpdateCacheMiddleware / FetchFromCacheMiddleware pair and its CACHE_MIDDLEWARE_*
settings, Cache-Control / Expires, Vary, never_cache, cache_control, vary_on_headers).

    python3 tools/oracle/generators/http_headers.py
    python3 tools/oracle/record.py --out tools/oracle/cases tools/oracle/inputs/http/oracle-headers-*.json

Cached responses carry Age, computed from whole seconds: a case whose two requests straddle a
second could see Age: 1, so cache cases are two or three quick requests, and record.py's two
runs catch a case that is not stable.
"""

from http_project import (
    COMMON,
    CONDITIONAL,
    DEFAULT_STACK,
    FETCH_CACHE,
    GZIP,
    SECURITY,
    SESSIONS,
    SITE,
    UPDATE_CACHE,
    case,
    get,
    post,
    write,
)

GZIP_ASKED = {"Accept-Encoding": "gzip, deflate, br"}

TEXT_VIEWS = '''
def short(request):
    return HttpResponse("too short to be worth compressing")


def long(request):
    return HttpResponse("".join("line %d of the price list\\n" % i for i in range(40)))


def stream(request):
    return StreamingHttpResponse("chunk %d\\n" % i for i in range(30))


def tagged(request):
    response = HttpResponse("tagged " * 60)
    response["ETag"] = '"v42"'
    return response


def api(request):
    return JsonResponse({"items": list(range(100))})
'''

TEXT_ROUTES = (
    ("short/", "short", "short"),
    ("long/", "long", "long"),
    ("stream/", "stream", "stream"),
    ("tagged/", "tagged", "tagged"),
    ("api/", "api", "api"),
)

TEXT_IMPORTS = "from django.http import HttpResponse, JsonResponse, StreamingHttpResponse\n"


def gzip_case(slug, description, requests, **options):
    options.setdefault("middleware", [GZIP, COMMON])
    return case(slug, description, requests, imports=TEXT_IMPORTS, views=TEXT_VIEWS, routes=TEXT_ROUTES, **options)


GZIP_CASES = [
    gzip_case(
        "gzip-large-body",
        "A page over 200 bytes to a client that accepts gzip: compressed, Content-Encoding and Vary: Accept-Encoding, a new Content-Length.",
        [get(f"{SITE}/long/", headers=GZIP_ASKED)],
    ),
    gzip_case(
        "gzip-small-body",
        "A body under 200 bytes is sent as it is, even to a client that accepts gzip.",
        [get(f"{SITE}/short/", headers=GZIP_ASKED)],
    ),
    gzip_case(
        "gzip-not-accepted",
        "No Accept-Encoding, or one without gzip: not compressed, but Vary: Accept-Encoding is still added.",
        [get(f"{SITE}/long/"), get(f"{SITE}/long/", headers={"Accept-Encoding": "br, deflate"})],
    ),
    gzip_case(
        "gzip-accept-encoding-forms",
        "Accept-Encoding spelled differently: 'GZIP' and '*' are not taken as gzip (the match is on the lower-case word), while 'gzip;q=0' is (q is not read).",
        [
            get(f"{SITE}/long/", headers={"Accept-Encoding": "GZIP"}),
            get(f"{SITE}/long/", headers={"Accept-Encoding": "gzip;q=0"}),
            get(f"{SITE}/long/", headers={"Accept-Encoding": "*"}),
        ],
    ),
    gzip_case(
        "gzip-streaming",
        "A StreamingHttpResponse compressed as it streams: no Content-Length at all.",
        [get(f"{SITE}/stream/", headers=GZIP_ASKED)],
    ),
    gzip_case(
        "gzip-etag-weakened",
        "Compressing a response with a strong ETag makes it weak (W/).",
        [get(f"{SITE}/tagged/", headers=GZIP_ASKED), get(f"{SITE}/tagged/")],
    ),
    gzip_case(
        "gzip-json-in-stack",
        "GZipMiddleware first in the startproject stack, over a JsonResponse.",
        [get(f"{SITE}/api/", headers=GZIP_ASKED)],
        middleware=[GZIP] + DEFAULT_STACK,
    ),
    case(
        "gzip-page-decorator",
        "gzip_page compresses one view without the middleware.",
        [get(f"{SITE}/", headers=GZIP_ASKED)],
        middleware=[],
        imports="from django.http import HttpResponse\nfrom django.views.decorators.gzip import gzip_page\n",
        views='''
        @gzip_page
        def home(request):
            return HttpResponse("compressed by the decorator. " * 20)
        ''',
    ),
]

COUNT_VIEWS = '''
CALLS = {"n": 0}


def counted(request):
    CALLS["n"] += 1
    return HttpResponse("computed %d time(s) for %s" % (CALLS["n"], request.get_full_path()))
'''

CACHE_CASES = [
    case(
        "cache-page-query-and-post",
        "cache_page: a different query string is another entry; a POST is never served from the cache.",
        [get(f"{SITE}/"), get(f"{SITE}/?page=2"), get(f"{SITE}/"), post(f"{SITE}/", "a=1")],
        middleware=[COMMON],
        imports="from django.http import HttpResponse\nfrom django.views.decorators.cache import cache_page\n",
        views=COUNT_VIEWS
        + '''

home = cache_page(300)(counted)
''',
    ),
    case(
        "cache-page-vary-on-accept-language",
        "cache_page with vary_on_headers('Accept-Language') under USE_I18N (the default) and no LocaleMiddleware: the key uses the active language, not the header, so 'de' gets the page cached for 'fr'.",
        [
            get(f"{SITE}/", headers={"Accept-Language": "fr"}),
            get(f"{SITE}/", headers={"Accept-Language": "de"}),
            get(f"{SITE}/", headers={"Accept-Language": "fr"}),
        ],
        middleware=[COMMON],
        imports="""
        from django.http import HttpResponse
        from django.views.decorators.cache import cache_page
        from django.views.decorators.vary import vary_on_headers
        """,
        views=COUNT_VIEWS
        + '''

home = cache_page(60)(vary_on_headers("Accept-Language")(counted))
''',
    ),
    case(
        "cache-page-vary-on-custom-header",
        "cache_page with vary_on_headers('X-Currency'): one cache entry per value of the header, and the Vary header says so.",
        [
            get(f"{SITE}/", headers={"X-Currency": "EUR"}),
            get(f"{SITE}/", headers={"X-Currency": "GBP"}),
            get(f"{SITE}/", headers={"X-Currency": "EUR"}),
        ],
        middleware=[COMMON],
        imports="""
        from django.http import HttpResponse
        from django.views.decorators.cache import cache_page
        from django.views.decorators.vary import vary_on_headers
        """,
        views=COUNT_VIEWS
        + '''

home = cache_page(60)(vary_on_headers("X-Currency")(counted))
''',
    ),
    case(
        "cache-control-decorators",
        "never_cache, cache_control(private=True, max_age=600) and cache_control(no_store=True) on views.",
        [get(f"{SITE}/never/"), get(f"{SITE}/private/"), get(f"{SITE}/nostore/")],
        middleware=[COMMON],
        imports="""
        from django.http import HttpResponse
        from django.views.decorators.cache import cache_control, never_cache
        """,
        views='''
        @never_cache
        def never(request):
            return HttpResponse("fresh every time")


        @cache_control(private=True, max_age=600)
        def private(request):
            return HttpResponse("yours only")


        @cache_control(no_store=True)
        def nostore(request):
            return HttpResponse("do not keep")
        ''',
        routes=(("never/", "never", "never"), ("private/", "private", "private"), ("nostore/", "nostore", "nostore")),
    ),
    case(
        "per-site-cache-settings",
        "The per-site cache with CACHE_MIDDLEWARE_SECONDS and KEY_PREFIX: the second GET comes from the cache with Age.",
        [get(f"{SITE}/"), get(f"{SITE}/")],
        middleware=[UPDATE_CACHE, COMMON, FETCH_CACHE],
        settings={"CACHE_MIDDLEWARE_SECONDS": 30, "CACHE_MIDDLEWARE_KEY_PREFIX": "shop"},
        views=COUNT_VIEWS + "\n\nhome = counted\n",
    ),
    case(
        "per-site-cache-private-not-stored",
        "The per-site cache does not keep a response marked Cache-Control: private; the view runs each time.",
        [get(f"{SITE}/"), get(f"{SITE}/")],
        middleware=[UPDATE_CACHE, COMMON, FETCH_CACHE],
        imports="from django.http import HttpResponse\nfrom django.views.decorators.cache import cache_control\n",
        views=COUNT_VIEWS + "\n\nhome = cache_control(private=True)(counted)\n",
    ),
    case(
        "per-site-cache-zero-seconds",
        "CACHE_MIDDLEWARE_SECONDS = 0: the response says max-age=0 and nothing is served from the cache.",
        [get(f"{SITE}/"), get(f"{SITE}/")],
        middleware=[UPDATE_CACHE, COMMON, FETCH_CACHE],
        settings={"CACHE_MIDDLEWARE_SECONDS": 0},
        views=COUNT_VIEWS + "\n\nhome = counted\n",
    ),
    case(
        "per-site-cache-with-session",
        "The per-site cache in front of a view that reads the session: Vary: Cookie, so a request with another cookie is another entry.",
        [get(f"{SITE}/"), get(f"{SITE}/"), get(f"{SITE}/", cookies=False, headers={"Cookie": "other=1"})],
        middleware=[UPDATE_CACHE, SECURITY, SESSIONS, COMMON, FETCH_CACHE],
        views=COUNT_VIEWS
        + '''


def home(request):
    request.session.get("basket")
    return counted(request)
''',
    ),
    case(
        "conditional-get-etag",
        "ConditionalGetMiddleware: an ETag from the content, then 304 Not Modified for If-None-Match with it.",
        [get(f"{SITE}/"), get(f"{SITE}/", headers={"If-None-Match": '"fa0d2e0fe68ce6cc6f5b2f5cba5fd8bd"'})],
        middleware=[CONDITIONAL, COMMON],
        views='''
        def home(request):
            response = HttpResponse("the same page every time")
            response["ETag"] = '"fa0d2e0fe68ce6cc6f5b2f5cba5fd8bd"'
            return response
        ''',
    ),
]

if __name__ == "__main__":
    write("headers", GZIP_CASES + CACHE_CASES)
