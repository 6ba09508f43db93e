"""Writes http inputs about MIDDLEWARE as a whole: a ten-middleware stack rendering a template
(the one the bench measures), orders that change the answer or break it, a project middleware
that opts out with MiddlewareNotUsed, and the hooks a middleware can answer from
(process_request, process_view).

    python3 tools/oracle/generators/http_stack.py
    python3 tools/oracle/record.py --out tools/oracle/cases tools/oracle/inputs/http/oracle-stack-*.json
"""

from http_project import (
    AUTH,
    COMMON,
    CSRF,
    FETCH_CACHE,
    GZIP,
    MESSAGES,
    SECURE_SITE,
    SECURITY,
    SESSIONS,
    SITE,
    UPDATE_CACHE,
    XFRAME,
    case,
    get,
    write,
)

# ConditionalGetMiddleware would add an ETag of the body, which holds the random CSRF token.
TEN = [UPDATE_CACHE, GZIP, SECURITY, SESSIONS, COMMON, CSRF, AUTH, MESSAGES, XFRAME, FETCH_CACHE]

PAGE_TEMPLATE = (
    "<!doctype html><title>{{ title }}</title>"
    '<form method="post">{% csrf_token %}<button>Order</button></form>'
    "<p>{{ user }} | {% for m in messages %}{{ m }}{% empty %}no messages{% endfor %}</p>"
    "<ul>{% for item in items %}<li>{{ forloop.counter }}. {{ item|title }}</li>{% endfor %}</ul>\n"
)

PAGE_VIEW = '''
def home(request):
    return render(request, "page.html", {"title": "Menu", "items": ["earl grey", "assam", "darjeeling", "green tea", "rooibos", "mint"] * 5})
'''

MIDDLEWARE_FILE = '''from django.core.exceptions import MiddlewareNotUsed
from django.http import HttpResponse


class Maintenance:
    """Answers every request itself while MAINTENANCE is on."""

    def __init__(self, get_response):
        from django.conf import settings

        if not getattr(settings, "MAINTENANCE", False):
            raise MiddlewareNotUsed("no maintenance today")
        self.get_response = get_response

    def __call__(self, request):
        return HttpResponse("down for maintenance", status=503)


class Gate:
    """process_request refuses /admin/; process_view names the view it lets through."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path.startswith("/admin/"):
            return HttpResponse("gate closed", status=403)
        response = self.get_response(request)
        response["X-Gate"] = "passed"
        return response

    def process_view(self, request, view_func, view_args, view_kwargs):
        if view_kwargs.get("name") == "secret":
            return HttpResponse("stopped before %s" % view_func.__name__, status=451)
        return None
'''

CASES = [
    case(
        "ten-middleware-template",
        "Ten middleware (the per-site cache around GZip and the startproject stack) and a rendered template: gzipped and not cached for a first visit with no cookies; then, cookie sent back, not gzipped and stored by the cache (Expires, Cache-Control).",
        [get(f"{SECURE_SITE}/", headers={"Accept-Encoding": "gzip"}), get(f"{SECURE_SITE}/")],
        middleware=TEN,
        settings={"SECURE_HSTS_SECONDS": 3600},
        imports="from django.shortcuts import render\n",
        views=PAGE_VIEW,
        templates={"page.html": PAGE_TEMPLATE},
    ),
    case(
        "auth-before-sessions",
        "AuthenticationMiddleware listed before SessionMiddleware: every request fails with Django's message about the order (DEBUG page).",
        [get(f"{SITE}/")],
        middleware=[SECURITY, AUTH, SESSIONS, COMMON],
        settings={"DEBUG": True},
        views='''
        def home(request):
            return HttpResponse("hello %s" % request.user)
        ''',
    ),
    case(
        "messages-session-storage-without-sessions",
        "SessionStorage for messages without SessionMiddleware: the message storage refuses (DEBUG page).",
        [get(f"{SITE}/")],
        middleware=[COMMON, MESSAGES],
        settings={"DEBUG": True, "MESSAGE_STORAGE": "django.contrib.messages.storage.session.SessionStorage"},
    ),
    case(
        "order-prepend-www-before-ssl",
        "CommonMiddleware before SecurityMiddleware with PREPEND_WWW and SECURE_SSL_REDIRECT: the www redirect comes first, still on http, then the https one.",
        [get("http://example.com/"), get("http://www.example.com/")],
        middleware=[COMMON, SECURITY],
        settings={"PREPEND_WWW": True, "SECURE_SSL_REDIRECT": True, "ALLOWED_HOSTS": [".example.com"]},
    ),
    case(
        "order-ssl-before-prepend-www",
        "The startproject order (Security first): the https redirect comes first, then the www one on https.",
        [get("http://example.com/"), get("https://example.com/")],
        middleware=[SECURITY, COMMON],
        settings={"PREPEND_WWW": True, "SECURE_SSL_REDIRECT": True, "ALLOWED_HOSTS": [".example.com"]},
    ),
    case(
        "middleware-not-used",
        "A project middleware that raises MiddlewareNotUsed is left out of the chain; with its setting on, it answers everything.",
        [get(f"{SITE}/")],
        middleware=["mysite.middleware.Maintenance", COMMON],
        files={"mysite/middleware.py": MIDDLEWARE_FILE},
    ),
    case(
        "middleware-maintenance-on",
        "The same middleware with MAINTENANCE = True: it answers 503 before any view, and CommonMiddleware never runs.",
        [get(f"{SITE}/"), get(f"{SITE}/nowhere/")],
        middleware=["mysite.middleware.Maintenance", COMMON],
        settings={"MAINTENANCE": True},
        files={"mysite/middleware.py": MIDDLEWARE_FILE},
    ),
    case(
        "middleware-short-circuits",
        "A middleware answering from __call__ before the view (/admin/) and from process_view (a view it stops); the rest gets its header.",
        [get(f"{SITE}/admin/"), get(f"{SITE}/pages/secret/"), get(f"{SITE}/pages/menu/")],
        middleware=[SECURITY, "mysite.middleware.Gate", COMMON],
        views='''
        def page(request, name):
            return HttpResponse("page %s" % name)
        ''',
        routes=(("pages/<slug:name>/", "page", "page"),),
        files={"mysite/middleware.py": MIDDLEWARE_FILE},
    ),
    case(
        "per-site-cache-alias",
        "CACHE_MIDDLEWARE_ALIAS names a second cache: the per-site cache uses it (the page is cached all the same).",
        [get(f"{SITE}/"), get(f"{SITE}/")],
        middleware=[UPDATE_CACHE, COMMON, FETCH_CACHE],
        settings={
            "CACHES": {
                "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "main"},
                "pages": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "pages"},
            },
            "CACHE_MIDDLEWARE_ALIAS": "pages",
            "CACHE_MIDDLEWARE_SECONDS": 90,
        },
        views='''
        CALLS = {"n": 0}


        def home(request):
            CALLS["n"] += 1
            return HttpResponse("computed %d time(s)" % CALLS["n"])
        ''',
    ),
]

if __name__ == "__main__":
    write("stack", CASES)
