"""Writes http inputs for SecurityMiddleware, CommonMiddleware, XFrameOptionsMiddleware and
ContentSecurityPolicyMiddleware, each alone and in the startproject stack, and the three traps a
deployment falls into (the redirect loop behind a TLS proxy, nginx's Host: django_backend, HSTS
missing over plain http).

    python3 tools/oracle/generators/http_security.py
    python3 tools/oracle/record.py --out tools/oracle/cases tools/oracle/inputs/http/oracle-security-*.json
"""

from http_project import (
    COMMON,
    CSP,
    DEFAULT_STACK,
    HOST,
    SECURE_SITE,
    SECURITY,
    SITE,
    XFRAME,
    case,
    get,
    post,
    write,
)

PAGES = '''
def home(request):
    return HttpResponse("Welcome to the shop.")


def health(request):
    return HttpResponse("ok")


def blog(request):
    return HttpResponse("blog, page %s" % request.GET.get("page", "1"))
'''

PAGE_ROUTES = (("", "home", "home"), ("health/", "health", "health"), ("api/items/", "home", "items"), ("blog/", "blog", "blog"))

CASES = [
    # ---- SecurityMiddleware ----
    case(
        "ssl-redirect-keeps-path-and-query",
        "SECURE_SSL_REDIRECT: a plain http GET gets a 301 to the same path and query over https; the https request is served.",
        [get(f"{SITE}/blog/?page=2&sort=new"), get(f"{SECURE_SITE}/blog/?page=2&sort=new")],
        middleware=[SECURITY],
        settings={"SECURE_SSL_REDIRECT": True},
        views=PAGES,
        routes=PAGE_ROUTES,
    ),
    case(
        "ssl-redirect-post",
        "SECURE_SSL_REDIRECT redirects a POST too (301: the browser will GET the https URL, the form data is lost).",
        [post(f"{SITE}/blog/", "title=x")],
        middleware=[SECURITY],
        settings={"SECURE_SSL_REDIRECT": True},
        views=PAGES,
        routes=PAGE_ROUTES,
    ),
    case(
        "ssl-redirect-ssl-host",
        "SECURE_SSL_HOST sends the redirect to another host name; the port of the request is dropped.",
        [get(f"{SITE}/blog/?page=3"), get(f"http://{HOST}:8000/")],
        middleware=[SECURITY],
        settings={"SECURE_SSL_REDIRECT": True, "SECURE_SSL_HOST": "secure.example.com"},
        views=PAGES,
        routes=PAGE_ROUTES,
    ),
    case(
        "ssl-redirect-exempt",
        "SECURE_REDIRECT_EXEMPT: paths matching a pattern (without their leading slash) stay on http; others are redirected.",
        [get(f"{SITE}/health/"), get(f"{SITE}/api/items/"), get(f"{SITE}/")],
        middleware=[SECURITY],
        settings={"SECURE_SSL_REDIRECT": True, "SECURE_REDIRECT_EXEMPT": [r"^health/$", r"^api/"]},
        views=PAGES,
        routes=PAGE_ROUTES,
    ),
    case(
        "hsts-zero-seconds",
        "SECURE_HSTS_SECONDS = 0 (the default): no Strict-Transport-Security even over https, whatever the other HSTS settings say.",
        [get(f"{SECURE_SITE}/")],
        middleware=[SECURITY],
        settings={"SECURE_HSTS_SECONDS": 0, "SECURE_HSTS_INCLUDE_SUBDOMAINS": True, "SECURE_HSTS_PRELOAD": True},
    ),
    case(
        "hsts-include-subdomains",
        "HSTS with includeSubDomains and no preload.",
        [get(f"{SECURE_SITE}/")],
        middleware=[SECURITY],
        settings={"SECURE_HSTS_SECONDS": 600, "SECURE_HSTS_INCLUDE_SUBDOMAINS": True},
    ),
    case(
        "hsts-preload-only",
        "SECURE_HSTS_PRELOAD without includeSubDomains: the header still says preload.",
        [get(f"{SECURE_SITE}/")],
        middleware=[SECURITY],
        settings={"SECURE_HSTS_SECONDS": 31536000, "SECURE_HSTS_PRELOAD": True},
    ),
    case(
        "hsts-view-sets-its-own",
        "A view that sets Strict-Transport-Security itself keeps its value: the middleware only adds a missing one.",
        [get(f"{SECURE_SITE}/")],
        middleware=[SECURITY],
        settings={"SECURE_HSTS_SECONDS": 31536000},
        views='''
        def home(request):
            response = HttpResponse("own HSTS")
            response["Strict-Transport-Security"] = "max-age=60"
            return response
        ''',
    ),
    case(
        "nosniff-off",
        "SECURE_CONTENT_TYPE_NOSNIFF = False: no X-Content-Type-Options.",
        [get(f"{SITE}/")],
        middleware=[SECURITY],
        settings={"SECURE_CONTENT_TYPE_NOSNIFF": False},
    ),
    case(
        "referrer-policy-no-referrer",
        "SECURE_REFERRER_POLICY as one value.",
        [get(f"{SITE}/")],
        middleware=[SECURITY],
        settings={"SECURE_REFERRER_POLICY": "no-referrer"},
    ),
    case(
        "referrer-policy-tuple",
        "SECURE_REFERRER_POLICY as a tuple: the values joined with commas, in order.",
        [get(f"{SITE}/")],
        middleware=[SECURITY],
        settings={"SECURE_REFERRER_POLICY": ("no-referrer", "strict-origin-when-cross-origin")},
    ),
    case(
        "referrer-policy-comma-string",
        "SECURE_REFERRER_POLICY as a comma-separated string: spaces around the commas are dropped.",
        [get(f"{SITE}/")],
        middleware=[SECURITY],
        settings={"SECURE_REFERRER_POLICY": "same-origin, strict-origin"},
    ),
    case(
        "referrer-policy-none",
        "SECURE_REFERRER_POLICY = None: no Referrer-Policy header.",
        [get(f"{SITE}/")],
        middleware=[SECURITY],
        settings={"SECURE_REFERRER_POLICY": None},
    ),
    case(
        "coop-allow-popups",
        "SECURE_CROSS_ORIGIN_OPENER_POLICY = 'same-origin-allow-popups'.",
        [get(f"{SITE}/")],
        middleware=[SECURITY],
        settings={"SECURE_CROSS_ORIGIN_OPENER_POLICY": "same-origin-allow-popups"},
    ),
    case(
        "coop-unsafe-none",
        "SECURE_CROSS_ORIGIN_OPENER_POLICY = 'unsafe-none' is sent as it is.",
        [get(f"{SITE}/")],
        middleware=[SECURITY],
        settings={"SECURE_CROSS_ORIGIN_OPENER_POLICY": "unsafe-none"},
    ),
    case(
        "view-headers-win",
        "Headers a view sets itself (Referrer-Policy, Cross-Origin-Opener-Policy, X-Content-Type-Options) are left alone.",
        [get(f"{SITE}/")],
        middleware=[SECURITY],
        views='''
        def home(request):
            response = HttpResponse("own headers")
            response["Referrer-Policy"] = "unsafe-url"
            response["Cross-Origin-Opener-Policy"] = "unsafe-none"
            response["X-Content-Type-Options"] = "sniff-away"
            return response
        ''',
    ),
    case(
        "no-middleware",
        "MIDDLEWARE empty: the view's response goes out as it is (no security headers, no Content-Length).",
        [get(f"{SITE}/"), get(f"{SECURE_SITE}/")],
        middleware=[],
        settings={"SECURE_HSTS_SECONDS": 3600, "SECURE_SSL_REDIRECT": True},
    ),
    # ---- CommonMiddleware ----
    case(
        "append-slash-nested-and-encoded",
        "APPEND_SLASH keeps a percent-encoded path and the query in the redirect, and adds no slash when the path already resolves.",
        [get(f"{SITE}/caf%C3%A9?x=%20y"), get(f"{SITE}/shop/items?page=2"), get(f"{SITE}/exact")],
        middleware=[COMMON],
        views='''
        def page(request, **kwargs):
            return HttpResponse("page at %s" % request.path)
        ''',
        routes=(("café/", "page", "cafe"), ("shop/items/", "page", "items"), ("exact", "page", "exact")),
    ),
    case(
        "append-slash-off",
        "APPEND_SLASH = False: /blog is a plain 404 even though /blog/ exists.",
        [get(f"{SITE}/blog")],
        middleware=[COMMON],
        settings={"APPEND_SLASH": False},
        views=PAGES,
        routes=PAGE_ROUTES,
    ),
    case(
        "append-slash-post-production",
        "A POST to a URL without its slash, DEBUG off: CommonMiddleware redirects it (the data is lost) instead of raising.",
        [post(f"{SITE}/blog", "title=x")],
        middleware=[COMMON],
        views=PAGES,
        routes=PAGE_ROUTES,
    ),
    case(
        "append-slash-put-debug",
        "A PUT to a URL without its slash, DEBUG on: the RuntimeError names the method.",
        [{"method": "PUT", "url": f"{SITE}/blog", "body": "x=1"}],
        middleware=[COMMON],
        settings={"DEBUG": True},
        views=PAGES,
        routes=PAGE_ROUTES,
    ),
    case(
        "append-slash-no-append-slash-view",
        "A view decorated with no_append_slash is not redirected to: /docs stays a 404.",
        [get(f"{SITE}/docs"), get(f"{SITE}/blog")],
        middleware=[COMMON],
        imports="from django.http import HttpResponse\nfrom django.views.decorators.common import no_append_slash\n",
        views='''
        @no_append_slash
        def docs(request):
            return HttpResponse("docs")


        def blog(request):
            return HttpResponse("blog")
        ''',
        routes=(("docs/", "docs", "docs"), ("blog/", "blog", "blog")),
    ),
    case(
        "prepend-www-port-query",
        "PREPEND_WWW keeps the scheme, the port and the query; with APPEND_SLASH both happen in one redirect.",
        [get("http://example.com:8000/blog/?page=2"), get("https://example.com/blog"), get("http://www.example.com/blog/")],
        middleware=[COMMON],
        settings={"PREPEND_WWW": True, "ALLOWED_HOSTS": [".example.com"]},
        views=PAGES,
        routes=PAGE_ROUTES,
    ),
    case(
        "disallowed-user-agents",
        "DISALLOWED_USER_AGENTS: a matching User-Agent gets the 403 page; others are served.",
        [
            get(f"{SITE}/", headers={"User-Agent": "Mozilla/5.0 BadBot/2.1"}),
            get(f"{SITE}/", headers={"User-Agent": "Mozilla/5.0 Firefox/140.0"}),
            get(f"{SITE}/"),
        ],
        middleware=[COMMON],
        settings_extra="import re\n\nDISALLOWED_USER_AGENTS = [re.compile(r'badbot', re.IGNORECASE)]",
    ),
    case(
        "disallowed-user-agents-403-template",
        "The user-agent refusal through a 403.html template that prints the exception: 'Forbidden user agent'.",
        [get(f"{SITE}/", headers={"User-Agent": "EvilCrawler"})],
        middleware=[COMMON],
        settings_extra="import re\n\nDISALLOWED_USER_AGENTS = [re.compile(r'^Evil')]",
        templates={"403.html": "<h1>No entry</h1><p>{{ exception }}</p>\n"},
    ),
    # ---- XFrameOptionsMiddleware ----
    case(
        "xframe-sameorigin-and-decorators",
        "X_FRAME_OPTIONS = 'SAMEORIGIN', a view with xframe_options_deny, one with xframe_options_exempt, one that sets the header itself.",
        [get(f"{SITE}/"), get(f"{SITE}/deny/"), get(f"{SITE}/exempt/"), get(f"{SITE}/own/")],
        middleware=[XFRAME],
        settings={"X_FRAME_OPTIONS": "SAMEORIGIN"},
        imports="""
        from django.http import HttpResponse
        from django.views.decorators.clickjacking import xframe_options_deny, xframe_options_exempt
        """,
        views='''
        def home(request):
            return HttpResponse("home")


        @xframe_options_deny
        def deny(request):
            return HttpResponse("never framed")


        @xframe_options_exempt
        def exempt(request):
            return HttpResponse("framed anywhere")


        def own(request):
            response = HttpResponse("own")
            response["X-Frame-Options"] = "ALLOW-FROM https://partner.example"
            return response
        ''',
        routes=(("", "home", "home"), ("deny/", "deny", "deny"), ("exempt/", "exempt", "exempt"), ("own/", "own", "own")),
    ),
    case(
        "xframe-sameorigin-decorator-under-deny",
        "xframe_options_sameorigin on a view while the setting is DENY (the default).",
        [get(f"{SITE}/")],
        middleware=[XFRAME],
        imports="from django.http import HttpResponse\nfrom django.views.decorators.clickjacking import xframe_options_sameorigin\n",
        views='''
        @xframe_options_sameorigin
        def home(request):
            return HttpResponse("same origin only")
        ''',
    ),
    # ---- ContentSecurityPolicyMiddleware ----
    case(
        "csp-nonce-in-header-and-template",
        "SECURE_CSP with CSP.NONCE: the template's {{ csp_nonce }} and the header carry the same per-request nonce (masked).",
        [get(f"{SITE}/")],
        middleware=[CSP],
        settings_extra="""
        from django.utils.csp import CSP

        SECURE_CSP = {"default-src": [CSP.SELF], "script-src": [CSP.SELF, CSP.NONCE]}
        TEMPLATES[0]["OPTIONS"]["context_processors"].append("django.template.context_processors.csp")
        """,
        imports="from django.shortcuts import render\n",
        views='''
        def home(request):
            return render(request, "home.html")
        ''',
        templates={"home.html": '<script nonce="{{ csp_nonce }}">start()</script>\n'},
    ),
    case(
        "csp-nonce-unused",
        "CSP.NONCE in the policy but no template asks for the nonce: the header leaves the nonce out.",
        [get(f"{SITE}/")],
        middleware=[CSP],
        settings_extra="""
        from django.utils.csp import CSP

        SECURE_CSP = {"script-src": [CSP.SELF, CSP.NONCE]}
        """,
    ),
    case(
        "csp-report-only-nonce",
        "SECURE_CSP_REPORT_ONLY alone, with a nonce and a report-uri: only the Report-Only header is sent.",
        [get(f"{SITE}/")],
        middleware=[CSP],
        settings_extra="""
        from django.utils.csp import CSP

        SECURE_CSP_REPORT_ONLY = {"default-src": [CSP.NONE], "script-src": [CSP.NONCE, CSP.STRICT_DYNAMIC], "report-uri": "/csp-report/"}
        TEMPLATES[0]["OPTIONS"]["context_processors"].append("django.template.context_processors.csp")
        """,
        imports="from django.shortcuts import render\n",
        views='''
        def home(request):
            return render(request, "home.html")
        ''',
        templates={"home.html": '<script nonce="{{ csp_nonce }}"></script>\n'},
    ),
    case(
        "csp-view-overrides",
        "csp_override and csp_report_only_override replace the policies for one view; an empty override removes the header.",
        [get(f"{SITE}/"), get(f"{SITE}/maps/"), get(f"{SITE}/open/")],
        middleware=[CSP],
        settings_extra="""
        from django.utils.csp import CSP

        SECURE_CSP = {"default-src": [CSP.SELF]}
        SECURE_CSP_REPORT_ONLY = {"img-src": [CSP.SELF]}
        """,
        imports="""
        from django.http import HttpResponse
        from django.views.decorators.csp import csp_override, csp_report_only_override
        """,
        views='''
        def home(request):
            return HttpResponse("home")


        @csp_override({"default-src": ["'self'"], "img-src": ["'self'", "https://maps.example"]})
        @csp_report_only_override({"img-src": ["https://maps.example"]})
        def maps(request):
            return HttpResponse("maps")


        @csp_override({})
        def open_page(request):
            return HttpResponse("no policy")
        ''',
        routes=(("", "home", "home"), ("maps/", "maps", "maps"), ("open/", "open_page", "open")),
    ),
    # ---- the startproject stack together ----
    case(
        "stack-https-everything",
        "The startproject stack plus HSTS, an SSL redirect and COOP over https: every header each middleware adds, in order.",
        [get(f"{SITE}/"), get(f"{SECURE_SITE}/")],
        middleware=DEFAULT_STACK,
        settings={
            "SECURE_SSL_REDIRECT": True,
            "SECURE_HSTS_SECONDS": 63072000,
            "SECURE_HSTS_INCLUDE_SUBDOMAINS": True,
            "SECURE_REFERRER_POLICY": "strict-origin-when-cross-origin",
            "SESSION_COOKIE_SECURE": True,
            "CSRF_COOKIE_SECURE": True,
        },
    ),
    case(
        "stack-with-csp-and-debug",
        "The startproject stack with CSP and DEBUG on, for a page and for a 404.",
        [get(f"{SITE}/"), get(f"{SITE}/nowhere/")],
        middleware=[SECURITY, CSP] + DEFAULT_STACK[1:],
        settings={"DEBUG": True},
        settings_extra="""
        SECURE_CSP = {"default-src": ["'self'"]}
        """,
    ),
    # ---- the traps ----
    case(
        "trap-redirect-loop-wrong-proxy-header",
        "SECURE_PROXY_SSL_HEADER names X-Forwarded-Ssl but nginx sends X-Forwarded-Proto: still http to Django, still the 301 loop.",
        [get(f"{SITE}/", headers={"X-Forwarded-Proto": "https"}), get(f"{SITE}/", headers={"X-Forwarded-Ssl": "on"})],
        middleware=DEFAULT_STACK,
        settings={"SECURE_SSL_REDIRECT": True, "SECURE_PROXY_SSL_HEADER": ("HTTP_X_FORWARDED_SSL", "on")},
    ),
    case(
        "trap-proxy-header-value-case",
        "SECURE_PROXY_SSL_HEADER compares the value exactly: 'HTTPS' is not 'https'; a list 'https, http' counts by its first entry.",
        [
            get(f"{SITE}/", headers={"X-Forwarded-Proto": "HTTPS"}),
            get(f"{SITE}/", headers={"X-Forwarded-Proto": "https, http"}),
            get(f"{SITE}/", headers={"X-Forwarded-Proto": "http, https"}),
        ],
        middleware=[SECURITY],
        settings={"SECURE_SSL_REDIRECT": True, "SECURE_PROXY_SSL_HEADER": ("HTTP_X_FORWARDED_PROTO", "https")},
    ),
    case(
        "trap-django-backend-debug",
        "Host: django_backend with DEBUG on: the page says the name is not valid (an underscore), so adding it to ALLOWED_HOSTS cannot help.",
        [get("http://django_backend/")],
        settings={"DEBUG": True, "ALLOWED_HOSTS": [HOST, "django_backend"]},
    ),
    case(
        "trap-django-backend-fixed",
        "The fix for the bare proxy_pass: nginx passes the client's Host ($host) and Django sees the public name.",
        [get("http://django_backend/", headers={"Host": HOST, "X-Forwarded-Proto": "http"})],
    ),
    case(
        "trap-hsts-plain-http",
        "HSTS configured but the site is reached over plain http (no redirect, no proxy header): no Strict-Transport-Security at all.",
        [get(f"{SITE}/"), get(f"{SITE}/", headers={"X-Forwarded-Proto": "https"})],
        settings={"SECURE_HSTS_SECONDS": 31536000},
    ),
    case(
        "trap-hsts-behind-proxy-fixed",
        "HSTS behind a TLS proxy once SECURE_PROXY_SSL_HEADER is set: the header appears.",
        [get(f"{SITE}/", headers={"X-Forwarded-Proto": "https"})],
        settings={"SECURE_HSTS_SECONDS": 31536000, "SECURE_PROXY_SSL_HEADER": ("HTTP_X_FORWARDED_PROTO", "https"), "SECURE_SSL_REDIRECT": True},
    ),
]

if __name__ == "__main__":
    write("security", CASES)
