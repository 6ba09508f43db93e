"""Writes http inputs for error pages: the production pages (Django's plain ones, 404.html /
500.html / 403.html / 400.html templates, handler404 / handler500 / handler400 / handler403 in
the root URLconf), the exceptions that become them (Http404, PermissionDenied, BadRequest,
SuspiciousOperation, any other), DEBUG's technical 404 and 500 pages, the "install worked" page
of an empty URLconf, and projects that fail to load or fail while answering.

    python3 tools/oracle/generators/http_errors.py
    python3 tools/oracle/record.py --out tools/oracle/cases tools/oracle/inputs/http/oracle-errors-*.json
"""

from http_project import COMMON, DEFAULT_STACK, SITE, case, get, write

RAISING_IMPORTS = """
from django.core.exceptions import BadRequest, PermissionDenied, SuspiciousOperation
from django.http import Http404, HttpResponse
"""

RAISING_VIEWS = '''
def home(request):
    return HttpResponse("home")


def missing(request):
    raise Http404("No such product.")


def forbidden(request):
    raise PermissionDenied("Staff only.")


def bad(request):
    raise BadRequest("The basket id is malformed.")


def suspicious(request):
    raise SuspiciousOperation("Tampered basket.")


def boom(request):
    raise ZeroDivisionError("division by zero in the price")


def silent(request):
    raise ValueError
'''

RAISING_ROUTES = (
    ("", "home", "home"),
    ("missing/", "missing", "missing"),
    ("forbidden/", "forbidden", "forbidden"),
    ("bad/", "bad", "bad"),
    ("suspicious/", "suspicious", "suspicious"),
    ("boom/", "boom", "boom"),
    ("silent/", "silent", "silent"),
)

ALL_ERRORS = [get(f"{SITE}/missing/"), get(f"{SITE}/forbidden/"), get(f"{SITE}/bad/"), get(f"{SITE}/suspicious/"), get(f"{SITE}/boom/")]


def raising_case(slug, description, requests, **options):
    options.setdefault("middleware", [COMMON])
    options.setdefault("routes", RAISING_ROUTES)
    return case(slug, description, requests, imports=RAISING_IMPORTS, views=RAISING_VIEWS, **options)


HANDLERS_URLS = '''
from django.urls import path

from . import views

urlpatterns = [
    path("", views.home, name="home"),
    path("missing/", views.missing, name="missing"),
    path("forbidden/", views.forbidden, name="forbidden"),
    path("bad/", views.bad, name="bad"),
    path("suspicious/", views.suspicious, name="suspicious"),
    path("boom/", views.boom, name="boom"),
]

handler400 = "mysite.handlers.bad_request"
handler403 = "mysite.handlers.forbidden"
handler404 = "mysite.handlers.not_found"
handler500 = "mysite.handlers.server_error"
'''

HANDLERS = '''from django.http import HttpResponse


def bad_request(request, exception):
    return HttpResponse("400 handler: %s" % exception, status=400)


def forbidden(request, exception):
    return HttpResponse("403 handler: %s" % exception, status=403)


def not_found(request, exception):
    return HttpResponse("404 handler for %s: %s" % (request.path, exception), status=404)


def server_error(request):
    return HttpResponse("500 handler", status=500)
'''

CASES = [
    raising_case(
        "production-plain-pages",
        "DEBUG off, no templates: Http404, PermissionDenied, BadRequest, SuspiciousOperation and an exception give Django's plain pages (the messages are not shown).",
        ALL_ERRORS,
    ),
    raising_case(
        "production-templates",
        "DEBUG off with 400.html, 403.html, 404.html and 500.html: each is rendered; 404 and 403 get the exception, 500 gets no context.",
        ALL_ERRORS,
        templates={
            "400.html": "<h1>Bad request</h1>\n",
            "403.html": "<h1>Forbidden</h1><p>{{ exception }}</p>\n",
            "404.html": "<h1>Not here</h1><p>{{ request_path }} | {{ exception }}</p>\n",
            "500.html": "<h1>Sorry</h1><p>[{{ request }}]</p>\n",
        },
    ),
    raising_case(
        "custom-handlers",
        "handler400, handler403, handler404 and handler500 in the root URLconf answer instead of Django's views; an unknown path goes to handler404 too.",
        ALL_ERRORS + [get(f"{SITE}/nowhere/")],
        routes=HANDLERS_URLS,
        files={"mysite/handlers.py": HANDLERS},
    ),
    raising_case(
        "custom-handlers-ignored-in-debug",
        "With DEBUG on, handler404 and handler500 give way to the technical pages; handler403 and handler400 still answer.",
        ALL_ERRORS,
        routes=HANDLERS_URLS,
        files={"mysite/handlers.py": HANDLERS},
        settings={"DEBUG": True},
    ),
    raising_case(
        "debug-technical-pages",
        "DEBUG on: Http404 raised by a view (the 'Raised by' cell), PermissionDenied (the plain 403), BadRequest and SuspiciousOperation (technical 400s), an exception (technical 500).",
        ALL_ERRORS,
        settings={"DEBUG": True},
    ),
    raising_case(
        "debug-exception-without-message",
        "DEBUG on, an exception raised with no message: the page's exception value is empty.",
        [get(f"{SITE}/silent/")],
        settings={"DEBUG": True},
    ),
    raising_case(
        "debug-404-nested-includes",
        "The technical 404 lists nested include() patterns with their namespaces and names.",
        [get(f"{SITE}/shop/nothing/")],
        settings={"DEBUG": True},
        routes='''
        from django.urls import include, path, re_path

        from . import views

        shop_patterns = ([path("items/<slug:slug>/", views.home, name="item"), re_path(r"^old/(?P<id>[0-9]+)$", views.home)], "shop")

        urlpatterns = [
            path("", views.home, name="home"),
            path("shop/", include(shop_patterns)),
            path("boom/", views.boom),
        ]
        ''',
    ),
    raising_case(
        "debug-404-from-resolver-in-stack",
        "The technical 404 for an unknown path through the startproject stack (the headers a 404 still gets).",
        [get(f"{SITE}/nowhere/?q=1")],
        middleware=DEFAULT_STACK,
        settings={"DEBUG": True},
    ),
    case(
        "default-urlconf-page",
        "DEBUG on with an empty urlpatterns: every path, not only /, is DEBUG's 'The install worked successfully!' page, with status 200 (compared as a technical page).",
        [get(f"{SITE}/"), get(f"{SITE}/admin/")],
        settings={"DEBUG": True},
        routes="urlpatterns = []\n",
        views="",
        imports="",
    ),
    case(
        "empty-urlconf-production",
        "DEBUG off with an empty urlpatterns: / is a plain 404.",
        [get(f"{SITE}/")],
        routes="urlpatterns = []\n",
        views="",
        imports="",
    ),
    case(
        "urls-import-error",
        "urls.py imports a view that does not exist, DEBUG on: the ImportError comes back while Django handles it, and escapes the handler itself.",
        [get(f"{SITE}/")],
        settings={"DEBUG": True},
        routes='''
        from django.urls import path

        from .views import home, shop

        urlpatterns = [path("", home), path("shop/", shop)]
        ''',
    ),
    case(
        "urls-import-error-production",
        "The same broken urls.py with DEBUG off: finding handler500 needs the URLconf, so the ImportError escapes the handler here too.",
        [get(f"{SITE}/")],
        routes='''
        from django.urls import path

        from .views import home, shop

        urlpatterns = [path("", home), path("shop/", shop)]
        ''',
    ),
    case(
        "settings-syntax-error",
        "settings.py does not parse: the project cannot be loaded at all.",
        [get(f"{SITE}/")],
        settings_extra="DEBUG = = True",
    ),
    case(
        "middleware-typo",
        "A MIDDLEWARE entry that does not exist: loading the handler fails, no request is answered.",
        [get(f"{SITE}/")],
        middleware=["django.middleware.security.SecurityMiddlware"],
    ),
    case(
        "empty-secret-key",
        "SECRET_KEY = '' with DEBUG on: MessageMiddleware's cookie signer needs the key on every request, and DEBUG's page, dumping the settings, needs it too: ImproperlyConfigured escapes the handler.",
        [get(f"{SITE}/"), get(f"{SITE}/form/")],
        settings={"SECRET_KEY": "", "DEBUG": True},
        imports="from django.http import HttpResponse\nfrom django.middleware.csrf import get_token\n",
        views='''
        def home(request):
            return HttpResponse("no signing here")


        def form(request):
            request.session["seen"] = True
            return HttpResponse("token length %d" % len(get_token(request)))
        ''',
        routes=(("", "home", "home"), ("form/", "form", "form")),
    ),
    case(
        "empty-secret-key-production",
        "SECRET_KEY = '' with DEBUG off: the same failure in MessageMiddleware becomes the plain 500 page.",
        [get(f"{SITE}/")],
        settings={"SECRET_KEY": ""},
    ),
    case(
        "template-500-itself-broken",
        "DEBUG off and 500.html has a syntax error: the TemplateSyntaxError escapes the handler (no page at all).",
        [get(f"{SITE}/boom/")],
        middleware=[COMMON],
        imports=RAISING_IMPORTS,
        views=RAISING_VIEWS,
        routes=RAISING_ROUTES,
        templates={"500.html": "{% if %}broken{% endif %}\n"},
    ),
    case(
        "exception-in-middleware",
        "A project middleware that raises: DEBUG's technical 500, for every path.",
        [get(f"{SITE}/"), get(f"{SITE}/nowhere/")],
        middleware=["mysite.middleware.Broken", COMMON],
        settings={"DEBUG": True},
        files={
            "mysite/middleware.py": '''class Broken:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        raise KeyError("basket")
'''
        },
    ),
    case(
        "process-exception-middleware",
        "A middleware's process_exception turns a view's exception into its own response.",
        [get(f"{SITE}/boom/"), get(f"{SITE}/")],
        middleware=[COMMON, "mysite.middleware.Rescue"],
        imports=RAISING_IMPORTS,
        views=RAISING_VIEWS,
        routes=RAISING_ROUTES,
        files={
            "mysite/middleware.py": '''from django.http import HttpResponse


class Rescue:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        return HttpResponse("rescued from %s" % type(exception).__name__, status=503)
'''
        },
    ),
]

if __name__ == "__main__":
    write("errors", CASES)
