"""Writes http inputs for requests and views a reader's panel or a check may throw at the
engine: odd and broken URLs (double slashes, stray %, %00, bytes that are not UTF-8, non-ASCII
characters, a very long path), a header value with a newline, bodies over
DATA_UPLOAD_MAX_MEMORY_SIZE, too many fields, broken multipart, and views that return None, a
string, or loop for a while before answering.

    python3 tools/oracle/generators/http_bad_input.py
    python3 tools/oracle/record.py --out tools/oracle/cases tools/oracle/inputs/http/oracle-bad-*.json

The limits are set small in the cases' settings (a real 10 MB body would make a 10 MB case);
Django applies them the same way at any size.
"""

from http_project import COMMON, CSRF, DEFAULT_STACK, SITE, case, get, post, write

ECHO = '''
def echo(request, rest=""):
    return HttpResponse("path=%r path_info=%r full=%r GET=%r" % (request.path, request.path_info, request.get_full_path(), sorted(request.GET.lists())))
'''

ECHO_ROUTES = '''
from django.urls import path, re_path

from . import views

urlpatterns = [
    path("", views.echo),
    path("café/", views.echo),
    re_path(r"^any/(?P<rest>.*)$", views.echo),
]
'''


def echo_case(slug, description, requests, **options):
    options.setdefault("middleware", [COMMON])
    options.setdefault("routes", ECHO_ROUTES)
    return case(slug, description, requests, views=ECHO, **options)


FORM_VIEWS = '''
def form(request):
    return HttpResponse("fields: %s" % sorted(request.POST.lists()))


def raw(request):
    return HttpResponse("read %d bytes" % len(request.body))


def upload(request):
    return HttpResponse("files: %s, fields: %s" % (sorted(request.FILES), sorted(request.POST)))
'''

FORM_ROUTES = (("form/", "form", "form"), ("raw/", "raw", "raw"), ("upload/", "upload", "upload"))


def form_case(slug, description, requests, **options):
    options.setdefault("middleware", [COMMON])
    return case(slug, description, requests, views=FORM_VIEWS, routes=FORM_ROUTES, **options)


MULTIPART = "multipart/form-data; boundary=XyZ"
MULTIPART_BODY = (
    "--XyZ\r\n"
    'Content-Disposition: form-data; name="title"\r\n\r\n'
    "tea\r\n"
    "--XyZ\r\n"
    'Content-Disposition: form-data; name="doc"; filename="note.txt"\r\n'
    "Content-Type: text/plain\r\n\r\n"
    "hello file\r\n"
    "--XyZ--\r\n"
)

CASES = [
    echo_case(
        "url-percent-encodings",
        "Percent-encoded UTF-8 in the path and query, a '+' in the query, %2F kept as a slash in path_info.",
        [get(f"{SITE}/caf%C3%A9/?q=cr%C3%A8me+br%C3%BBl%C3%A9e&x=%2B"), get(f"{SITE}/any/a%2Fb%20c")],
    ),
    echo_case(
        "url-raw-non-ascii",
        "Non-ASCII characters written straight into the URL count as their UTF-8 bytes, as a browser sends them.",
        [get(f"{SITE}/café/"), get(f"{SITE}/any/日本?q=ü")],
    ),
    echo_case(
        "url-not-utf8-bytes",
        "%E9 alone is not UTF-8: Django re-percent-encodes the broken byte in the path; in the query it becomes U+FFFD.",
        [get(f"{SITE}/any/caf%E9?q=caf%E9")],
    ),
    echo_case(
        "url-garbled-percent",
        "A stray %, %zz and %00 in the path and the query.",
        [get(f"{SITE}/any/100%"), get(f"{SITE}/any/%zz?a=%zz&b=%"), get(f"{SITE}/any/nul%00byte?x=%00")],
    ),
    echo_case(
        "url-odd-shapes",
        "Double slashes, dot segments, an empty query, a query without values, and a fragment (never sent).",
        [get(f"{SITE}//any//double//"), get(f"{SITE}/any/../any/./x"), get(f"{SITE}/?"), get(f"{SITE}/?flag&=v&k="), get(f"{SITE}/any/x#frag")],
    ),
    echo_case(
        "url-non-ascii-debug-404",
        "DEBUG's 404 for a non-ASCII and a broken path: the title shows them decoded and re-encoded.",
        [get(f"{SITE}/caf%C3%A9/menu"), get(f"{SITE}/%E9t%E9")],
        settings={"DEBUG": True},
    ),
    echo_case(
        "url-very-long-path",
        "A 4000-character path: simply not found.",
        [get(f"{SITE}/" + "a" * 4000)],
    ),
    echo_case(
        "append-slash-open-redirect-guard",
        "APPEND_SLASH on a path starting with two slashes: the redirect does not become //host (a redirect to another site).",
        [get(f"{SITE}//evil.example/any"), get(f"{SITE}//any")],
        routes='''
        from django.urls import path, re_path

        from . import views

        urlpatterns = [re_path(r"^/evil.example/any/$", views.echo), re_path(r"^/any/$", views.echo), path("", views.echo)]
        ''',
    ),
    case(
        "header-newline-echoed",
        "A request header whose value has a newline, copied into a response header by the view: BadHeaderError, on DEBUG's page.",
        [get(f"{SITE}/", headers={"X-Request-Id": "abc\r\nSet-Cookie: admin=1"})],
        middleware=[COMMON],
        settings={"DEBUG": True},
        views='''
        def home(request):
            response = HttpResponse("tagged")
            response["X-Request-Id"] = request.headers["X-Request-Id"]
            return response
        ''',
    ),
    case(
        "header-newline-in-body",
        "The same newline header only printed in the body: nothing wrong, it is just text.",
        [get(f"{SITE}/", headers={"X-Request-Id": "abc\nxyz"})],
        middleware=[COMMON],
        views='''
        def home(request):
            return HttpResponse("id=%r" % request.headers["X-Request-Id"])
        ''',
    ),
    case(
        "header-newline-in-host",
        "A newline in X-Forwarded-Host with USE_X_FORWARDED_HOST: an invalid host, a 400.",
        [get(f"{SITE}/", headers={"X-Forwarded-Host": "shop.example.com\nevil.example"})],
        middleware=[COMMON],
        settings={"USE_X_FORWARDED_HOST": True, "DEBUG": True},
    ),
    form_case(
        "body-over-memory-limit",
        "A form body over DATA_UPLOAD_MAX_MEMORY_SIZE: RequestDataTooBig, a 400 (DEBUG page) when the view reads POST or body; one under the limit is fine.",
        [post(f"{SITE}/form/", "a=" + "x" * 200), post(f"{SITE}/raw/", "b=" + "y" * 200, content_type="text/plain"), post(f"{SITE}/form/", "a=small")],
        settings={"DATA_UPLOAD_MAX_MEMORY_SIZE": 100, "DEBUG": True},
    ),
    form_case(
        "body-over-memory-limit-production",
        "The same too-big body through the startproject stack, DEBUG off: without a CSRF cookie it is refused (403) before the body is read; with one, CsrfViewMiddleware reads POST and gets the plain 400.",
        [
            post(f"{SITE}/form/", "a=" + "x" * 200),
            dict(post(f"{SITE}/form/", "a=" + "x" * 200, headers={"Cookie": "csrftoken=s3cretS3CRETs3cretS3CRETs3cretAB"}), cookies=False),
        ],
        middleware=DEFAULT_STACK,
        settings={"DATA_UPLOAD_MAX_MEMORY_SIZE": 100},
    ),
    form_case(
        "too-many-fields",
        "More fields than DATA_UPLOAD_MAX_NUMBER_FIELDS: TooManyFieldsSent, a 400.",
        [post(f"{SITE}/form/", "a=1&b=2&c=3&d=4"), post(f"{SITE}/form/", "a=1&b=2&c=3")],
        settings={"DATA_UPLOAD_MAX_NUMBER_FIELDS": 3, "DEBUG": True},
    ),
    form_case(
        "multipart-upload",
        "A multipart form with a field and a file: request.POST and request.FILES.",
        [post(f"{SITE}/upload/", MULTIPART_BODY, content_type=MULTIPART)],
    ),
    form_case(
        "multipart-broken",
        "multipart/form-data without a boundary: MultiPartParserError, a plain 400 page even with DEBUG on; with a boundary that never appears: no fields.",
        [post(f"{SITE}/upload/", MULTIPART_BODY, content_type="multipart/form-data"), post(f"{SITE}/upload/", "garbage", content_type=MULTIPART)],
        settings={"DEBUG": True},
    ),
    form_case(
        "form-body-odd-encodings",
        "A urlencoded body with percent-escapes, a bare key and a non-UTF-8 byte; then one declared charset=latin-1: BadRequest, which DEBUG's page raises again while it reads POST to show it, so it escapes the handler.",
        [
            post(f"{SITE}/form/", "name=cr%C3%A8me&flag&bad=%E9&plus=a+b"),
            post(f"{SITE}/form/", "name=caf%E9", content_type="application/x-www-form-urlencoded; charset=latin-1"),
        ],
        settings={"DEBUG": True},
    ),
    form_case(
        "post-json-body",
        "A JSON body is not form data: request.POST is empty, request.body has it.",
        [post(f"{SITE}/form/", '{"a": 1}', content_type="application/json"), post(f"{SITE}/raw/", '{"a": 1}', content_type="application/json")],
    ),
    case(
        "view-returns-none",
        "A view that returns None: ValueError naming the view, on DEBUG's 500 page.",
        [get(f"{SITE}/")],
        middleware=[COMMON],
        settings={"DEBUG": True},
        views='''
        def home(request):
            HttpResponse("built but not returned")
        ''',
    ),
    case(
        "view-returns-none-production",
        "A view that returns None with DEBUG off: the plain 500 page.",
        [get(f"{SITE}/")],
        views='''
        def home(request):
            HttpResponse("built but not returned")
        ''',
    ),
    case(
        "view-returns-string-in-stack",
        "A view that returns a str: the first middleware that treats it as a response fails (AttributeError) and the 500 page answers.",
        [get(f"{SITE}/")],
        settings={"DEBUG": True},
        views='''
        def home(request):
            return "<p>just a string</p>"
        ''',
    ),
    case(
        "view-returns-string-no-middleware",
        "A view that returns a str with MIDDLEWARE empty: nothing turns the error into a response, the WSGI handler itself raises.",
        [get(f"{SITE}/")],
        middleware=[],
        views='''
        def home(request):
            return "<p>just a string</p>"
        ''',
    ),
    case(
        "view-loops-briefly",
        "A view that loops for a while (a million steps) before answering: the answer is just late.",
        [get(f"{SITE}/")],
        middleware=[COMMON],
        views='''
        def home(request):
            total = 0
            for i in range(1_000_000):
                total += i % 7
            return HttpResponse("total %d" % total)
        ''',
    ),
    case(
        "streaming-raises-midway",
        "A StreamingHttpResponse whose generator raises after the headers went out: the WSGI server sees the exception while reading the body.",
        [get(f"{SITE}/")],
        middleware=[COMMON],
        imports="from django.http import StreamingHttpResponse\n",
        views='''
        def rows():
            yield "first row\\n"
            raise RuntimeError("the database went away")


        def home(request):
            return StreamingHttpResponse(rows())
        ''',
    ),
    case(
        "unknown-method-and-csrf",
        "An unknown method (BREW) reaches a view without CSRF; with CsrfViewMiddleware it is refused like a POST.",
        [{"method": "BREW", "url": f"{SITE}/"}, {"method": "BREW", "url": f"{SITE}/checked/"}],
        middleware=[COMMON],
        imports="from django.http import HttpResponse\nfrom django.views.decorators.csrf import csrf_protect\n",
        views='''
        def home(request):
            return HttpResponse("method %s" % request.method)


        checked = csrf_protect(home)
        ''',
        routes=(("", "home", "home"), ("checked/", "checked", "checked")),
    ),
    case(
        "cookie-header-garbage",
        "A Cookie header with junk in it: Django keeps what it can parse.",
        [get(f"{SITE}/", cookies=False, headers={"Cookie": 'a=1; ;b; =c; d="quoted \\"x\\""; e=caf%C3%A9; a=2'})],
        middleware=[COMMON, CSRF],
        views='''
        def home(request):
            return HttpResponse("cookies=%r" % sorted(request.COOKIES.items()))
        ''',
    ),
]

if __name__ == "__main__":
    write("bad", CASES)
