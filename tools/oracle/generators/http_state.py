"""Writes http inputs for what keeps state between requests: CsrfViewMiddleware (missing, wrong,
plain and masked tokens, the header, Origin and Referer checks, trusted origins with wildcards,
CSRF_USE_SESSIONS, the cookie's flags and name, csrf_exempt / csrf_protect / ensure_csrf_cookie),
SessionMiddleware (cookie flags, SESSION_COOKIE_AGE, SAVE_EVERY_REQUEST, EXPIRE_AT_BROWSER_CLOSE),
MessageMiddleware and AuthenticationMiddleware with no user.

    python3 tools/oracle/generators/http_state.py
    python3 tools/oracle/record.py --out tools/oracle/cases tools/oracle/inputs/http/oracle-state-*.json

Cookies come from the jar (the README's browser), or, where a case needs a token it can know
beforehand, from a Cookie header it sends itself with "cookies": false. A masked token is made
here the way CSRF masking is documented (a 32-character mask, then each secret character shifted
by the mask's), so the case shows Django accepting it; nothing here decides whether it does.
"""

from http_project import (
    AUTH,
    COMMON,
    CSRF,
    DEFAULT_STACK,
    HOST,
    MESSAGES,
    SECURE_SITE,
    SESSIONS,
    SITE,
    case,
    get,
    post,
    write,
)

ALPHABET = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
SECRET = "s3cretS3CRETs3cretS3CRETs3cretAB"  # 32 characters of the token alphabet
MASK = "MaskMaskMaskMaskMaskMaskMaskMask"


def masked(secret, mask):
    shifted = (ALPHABET[(ALPHABET.index(s) + ALPHABET.index(m)) % len(ALPHABET)] for s, m in zip(secret, mask))
    return mask + "".join(shifted)


FORM_IMPORTS = """
from django.http import HttpResponse
from django.shortcuts import render
"""

FORM_VIEWS = '''
def form(request):
    return render(request, "form.html")


def submit(request):
    return HttpResponse("saved %s" % request.POST.get("title", ""))
'''

FORM_ROUTES = (("form/", "form", "form"), ("submit/", "submit", "submit"))
FORM_TEMPLATES = {"form.html": '<form method="post" action="/submit/">{% csrf_token %}<input name="title"></form>\n'}
CSRF_ONLY = [CSRF]


def form_case(slug, description, requests, **options):
    options.setdefault("middleware", CSRF_ONLY)
    return case(slug, description, requests, imports=FORM_IMPORTS, views=FORM_VIEWS, routes=FORM_ROUTES, templates=FORM_TEMPLATES, **options)


def with_cookie(request, cookie):
    """The request sending exactly this Cookie header instead of the jar."""
    request = dict(request, cookies=False)
    request["headers"] = {**request.get("headers", {}), "Cookie": cookie}
    return request


TOKEN_POST = "csrfmiddlewaretoken={csrftoken}&title=x"
FIXED_COOKIE = f"csrftoken={SECRET}"

CSRF_CASES = [
    form_case(
        "csrf-token-from-form-accepted",
        "The full round trip over http: the form sets the cookie, the POST sends the token back and is saved.",
        [get(f"{SITE}/form/"), post(f"{SITE}/submit/", TOKEN_POST)],
    ),
    form_case(
        "csrf-plain-secret-as-token",
        "The unmasked 32-character secret (the cookie's value) is accepted as the form token.",
        [with_cookie(post(f"{SITE}/submit/", f"csrfmiddlewaretoken={SECRET}&title=plain"), FIXED_COOKIE)],
    ),
    form_case(
        "csrf-masked-token",
        "A 64-character masked token made from the cookie's secret is accepted; the same token for another secret is not.",
        [
            with_cookie(post(f"{SITE}/submit/", f"csrfmiddlewaretoken={masked(SECRET, MASK)}&title=masked"), FIXED_COOKIE),
            with_cookie(post(f"{SITE}/submit/", f"csrfmiddlewaretoken={masked(MASK, SECRET)}&title=other"), FIXED_COOKIE),
        ],
        settings={"DEBUG": True},
    ),
    form_case(
        "csrf-token-bad-length",
        "A token of the wrong length: the DEBUG 403 page gives the reason.",
        [with_cookie(post(f"{SITE}/submit/", "csrfmiddlewaretoken=short&title=x"), FIXED_COOKIE)],
        settings={"DEBUG": True},
    ),
    form_case(
        "csrf-token-bad-characters",
        "A 32-character token with characters outside the alphabet: refused with its own reason.",
        [with_cookie(post(f"{SITE}/submit/", "csrfmiddlewaretoken=" + "!" * 32 + "&title=x"), FIXED_COOKIE)],
        settings={"DEBUG": True},
    ),
    form_case(
        "csrf-cookie-not-set",
        "A token but no cookie: 'CSRF cookie not set.' on the DEBUG page.",
        [post(f"{SITE}/submit/", f"csrfmiddlewaretoken={SECRET}&title=x")],
        settings={"DEBUG": True},
    ),
    form_case(
        "csrf-bad-cookie",
        "A cookie of the wrong length: the token cannot match it.",
        [with_cookie(post(f"{SITE}/submit/", f"csrfmiddlewaretoken={SECRET}&title=x"), "csrftoken=tooshort")],
        settings={"DEBUG": True},
    ),
    form_case(
        "csrf-header-custom-name",
        "CSRF_HEADER_NAME = 'HTTP_X_XSRF_TOKEN': the token is read from X-XSRF-Token; X-CSRFToken no longer counts.",
        [
            get(f"{SITE}/form/"),
            post(f"{SITE}/submit/", "title=a", headers={"X-CSRFToken": "{csrftoken}"}),
            post(f"{SITE}/submit/", "title=b", headers={"X-XSRF-Token": "{csrftoken}"}),
        ],
        settings={"CSRF_HEADER_NAME": "HTTP_X_XSRF_TOKEN"},
    ),
    form_case(
        "csrf-origin-bad",
        "A POST with a good token but a foreign Origin: 403, 'Origin checking failed'.",
        [get(f"{SITE}/form/"), post(f"{SITE}/submit/", TOKEN_POST, headers={"Origin": "https://evil.example"})],
        settings={"DEBUG": True},
    ),
    form_case(
        "csrf-origin-null",
        "Origin: null (a sandboxed frame, a file: page) is refused.",
        [get(f"{SITE}/form/"), post(f"{SITE}/submit/", TOKEN_POST, headers={"Origin": "null"})],
        settings={"DEBUG": True},
    ),
    form_case(
        "csrf-origin-good",
        "The site's own Origin, over http and then over https (scheme and host must both match).",
        [
            get(f"{SITE}/form/"),
            post(f"{SITE}/submit/", TOKEN_POST, headers={"Origin": SITE}),
            post(f"{SECURE_SITE}/submit/", TOKEN_POST, headers={"Origin": SITE}),
        ],
    ),
    form_case(
        "csrf-referer-https",
        "Over https with no Origin, the Referer decides: same site accepted, a foreign one refused, an http one refused, garbage refused.",
        [
            get(f"{SECURE_SITE}/form/"),
            post(f"{SECURE_SITE}/submit/", TOKEN_POST, headers={"Referer": f"{SECURE_SITE}/form/"}),
            post(f"{SECURE_SITE}/submit/", TOKEN_POST, headers={"Referer": "https://evil.example/form/"}),
            post(f"{SECURE_SITE}/submit/", TOKEN_POST, headers={"Referer": f"{SITE}/form/"}),
            post(f"{SECURE_SITE}/submit/", TOKEN_POST, headers={"Referer": "not a url"}),
        ],
        settings={"DEBUG": True},
    ),
    form_case(
        "csrf-trusted-origins-wildcard",
        "CSRF_TRUSTED_ORIGINS with a wildcard: subdomains at any depth pass, and so does the bare domain (the * works as a leading dot); another scheme does not.",
        [
            get(f"{SECURE_SITE}/form/"),
            post(f"{SECURE_SITE}/submit/", TOKEN_POST, headers={"Origin": "https://blog.example.com"}),
            post(f"{SECURE_SITE}/submit/", TOKEN_POST, headers={"Origin": "https://example.com"}),
            post(f"{SECURE_SITE}/submit/", TOKEN_POST, headers={"Origin": "http://blog.example.com"}),
            post(f"{SECURE_SITE}/submit/", TOKEN_POST, headers={"Referer": "https://a.b.example.com/page"}),
        ],
        settings={"DEBUG": True, "CSRF_TRUSTED_ORIGINS": ["https://*.example.com"]},
    ),
    form_case(
        "csrf-cookie-domain-referer",
        "CSRF_COOKIE_DOMAIN = '.example.com': over https, a Referer from a sibling subdomain is accepted.",
        [
            get(f"{SECURE_SITE}/form/"),
            post(f"{SECURE_SITE}/submit/", TOKEN_POST, headers={"Referer": "https://blog.example.com/"}),
        ],
        settings={"CSRF_COOKIE_DOMAIN": ".example.com"},
    ),
    form_case(
        "csrf-cookie-name-path-domain",
        "CSRF_COOKIE_NAME, CSRF_COOKIE_PATH and CSRF_COOKIE_DOMAIN in the Set-Cookie line.",
        [get(f"{SITE}/form/")],
        settings={"CSRF_COOKIE_NAME": "shop_csrf", "CSRF_COOKIE_PATH": "/form/", "CSRF_COOKIE_DOMAIN": ".example.com"},
    ),
    form_case(
        "csrf-cookie-session-age-samesite-none",
        "CSRF_COOKIE_AGE = None (a browser-session cookie: no expires, no Max-Age) and SameSite=None with Secure.",
        [get(f"{SECURE_SITE}/form/")],
        settings={"CSRF_COOKIE_AGE": None, "CSRF_COOKIE_SAMESITE": "None", "CSRF_COOKIE_SECURE": True},
    ),
    form_case(
        "csrf-cookie-samesite-false",
        "CSRF_COOKIE_SAMESITE = False: no SameSite attribute at all.",
        [get(f"{SITE}/form/")],
        settings={"CSRF_COOKIE_SAMESITE": False},
    ),
    form_case(
        "csrf-unsafe-methods",
        "GET, HEAD, OPTIONS and TRACE pass without a token; PUT, DELETE and an unknown method are checked.",
        [
            {"method": "HEAD", "url": f"{SITE}/submit/"},
            {"method": "OPTIONS", "url": f"{SITE}/submit/"},
            {"method": "TRACE", "url": f"{SITE}/submit/"},
            {"method": "PUT", "url": f"{SITE}/submit/", "body": "title=x"},
            {"method": "DELETE", "url": f"{SITE}/submit/"},
            {"method": "BREW", "url": f"{SITE}/submit/"},
        ],
    ),
    case(
        "csrf-use-sessions",
        "CSRF_USE_SESSIONS: the secret lives in the session, no csrftoken cookie is set; the page hands the token to its script in a cookie of its own.",
        [
            get(f"{SITE}/form/"),
            post(f"{SITE}/submit/", "title=nothing"),
            post(f"{SITE}/submit/", "title=x", headers={"X-CSRFToken": "{csrftoken}"}),
        ],
        middleware=[SESSIONS, CSRF],
        settings={"CSRF_USE_SESSIONS": True, "DEBUG": True},
        imports="from django.http import HttpResponse\nfrom django.middleware.csrf import get_token\n",
        views='''
        def form(request):
            response = HttpResponse("a form")
            response.set_cookie("csrftoken", get_token(request))
            return response


        def submit(request):
            return HttpResponse("saved %s" % request.POST.get("title", ""))
        ''',
        routes=FORM_ROUTES,
    ),
    case(
        "csrf-decorators-without-middleware",
        "No CsrfViewMiddleware: csrf_protect still guards its view, ensure_csrf_cookie sets the cookie without a token in the page, other views take any POST.",
        [
            post(f"{SITE}/open/", "a=1"),
            post(f"{SITE}/guarded/", "a=1"),
            get(f"{SITE}/cookie/"),
            post(f"{SITE}/guarded/", "csrfmiddlewaretoken={csrftoken}"),
        ],
        middleware=[COMMON],
        imports="""
        from django.http import HttpResponse
        from django.views.decorators.csrf import csrf_protect, ensure_csrf_cookie
        """,
        views='''
        def open_view(request):
            return HttpResponse("open: %s" % request.method)


        @csrf_protect
        def guarded(request):
            return HttpResponse("guarded: %s" % request.method)


        @ensure_csrf_cookie
        def cookie(request):
            return HttpResponse("cookie set")
        ''',
        routes=(("open/", "open_view", "open"), ("guarded/", "guarded", "guarded"), ("cookie/", "cookie", "cookie")),
    ),
    case(
        "csrf-exempt-and-requires-token",
        "csrf_exempt skips the check for its view; requires_csrf_token gives a token to the template without checking.",
        [post(f"{SITE}/hook/", "event=paid"), post(f"{SITE}/page/", "a=1")],
        imports="""
        from django.http import HttpResponse
        from django.template import Template, RequestContext
        from django.views.decorators.csrf import csrf_exempt, requires_csrf_token
        """,
        views='''
        @csrf_exempt
        def hook(request):
            return HttpResponse("hook got %s" % request.POST["event"])


        @csrf_exempt
        @requires_csrf_token
        def page(request):
            template = Template("token given: {% if csrf_token %}yes{% else %}no{% endif %}")
            return HttpResponse(template.render(RequestContext(request)))
        ''',
        routes=(("hook/", "hook", "hook"), ("page/", "page", "page")),
    ),
    case(
        "csrf-failure-view",
        "CSRF_FAILURE_VIEW: a project's own view answers the refusal, with the reason it is given.",
        [post(f"{SITE}/submit/", "title=x")],
        middleware=CSRF_ONLY,
        settings={"CSRF_FAILURE_VIEW": "mysite.views.refused"},
        views='''
        def submit(request):
            return HttpResponse("saved")


        def refused(request, reason=""):
            return HttpResponse("refused: %s" % reason, status=403)
        ''',
        routes=(("submit/", "submit", "submit"),),
    ),
    case(
        "csrf-in-stack-production",
        "The startproject stack, DEBUG off: a POST without a token is the plain 403 page; with the token it is served.",
        [post(f"{SITE}/submit/", "title=x"), get(f"{SITE}/form/"), post(f"{SITE}/submit/", TOKEN_POST)],
        middleware=DEFAULT_STACK,
        imports=FORM_IMPORTS,
        views=FORM_VIEWS,
        routes=FORM_ROUTES,
        templates=FORM_TEMPLATES,
    ),
]

SESSION_VIEWS = '''
def visit(request):
    request.session["visits"] = request.session.get("visits", 0) + 1
    return HttpResponse("visit %d" % request.session["visits"])


def peek(request):
    return HttpResponse("visits so far: %s" % request.session.get("visits", 0))


def plain(request):
    return HttpResponse("no session used")


def logout(request):
    request.session.flush()
    return HttpResponse("forgotten")
'''

SESSION_ROUTES = (("visit/", "visit", "visit"), ("peek/", "peek", "peek"), ("plain/", "plain", "plain"), ("logout/", "logout", "logout"))


def session_case(slug, description, requests, **options):
    options.setdefault("middleware", [SESSIONS])
    return case(slug, description, requests, views=SESSION_VIEWS, routes=SESSION_ROUTES, **options)


SESSION_CASES = [
    session_case(
        "session-read-only-and-unused",
        "A view that only reads the session gets Vary: Cookie but no Set-Cookie; a view that never touches it gets neither.",
        [get(f"{SITE}/visit/"), get(f"{SITE}/peek/"), get(f"{SITE}/plain/")],
    ),
    session_case(
        "session-save-every-request",
        "SESSION_SAVE_EVERY_REQUEST: the cookie is sent again after a read-only view, once a session exists.",
        [get(f"{SITE}/peek/"), get(f"{SITE}/visit/"), get(f"{SITE}/peek/")],
        settings={"SESSION_SAVE_EVERY_REQUEST": True},
    ),
    session_case(
        "session-expire-at-browser-close",
        "SESSION_EXPIRE_AT_BROWSER_CLOSE: the cookie has no expires and no Max-Age.",
        [get(f"{SITE}/visit/"), get(f"{SITE}/visit/")],
        settings={"SESSION_EXPIRE_AT_BROWSER_CLOSE": True},
    ),
    session_case(
        "session-cookie-settings",
        "SESSION_COOKIE_AGE, _NAME, _PATH, _DOMAIN, _SAMESITE = 'Strict' and _HTTPONLY = False in the Set-Cookie line.",
        [get(f"{SITE}/visit/")],
        settings={
            "SESSION_COOKIE_AGE": 600,
            "SESSION_COOKIE_NAME": "shopsession",
            "SESSION_COOKIE_PATH": "/visit/",
            "SESSION_COOKIE_DOMAIN": ".example.com",
            "SESSION_COOKIE_SAMESITE": "Strict",
            "SESSION_COOKIE_HTTPONLY": False,
        },
    ),
    session_case(
        "session-samesite-none-secure",
        "SESSION_COOKIE_SAMESITE = 'None' with SESSION_COOKIE_SECURE over https.",
        [get(f"{SECURE_SITE}/visit/")],
        settings={"SESSION_COOKIE_SAMESITE": "None", "SESSION_COOKIE_SECURE": True},
    ),
    session_case(
        "session-flush-deletes-cookie",
        "flush() empties the session: the response deletes the cookie (empty value, Max-Age=0) and the next visit starts again at 1.",
        [get(f"{SITE}/visit/"), get(f"{SITE}/visit/"), get(f"{SITE}/logout/"), get(f"{SITE}/visit/")],
    ),
    session_case(
        "session-tampered-cookie",
        "A session cookie whose signature does not check out is an empty session, not an error.",
        [with_cookie(get(f"{SITE}/visit/"), "sessionid=eyJ2aXNpdHMiOjk5fQ:forged:signature")],
    ),
]

MESSAGE_IMPORTS = """
from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import redirect, render
"""

MESSAGE_VIEWS = '''
def buy(request):
    messages.success(request, "Order placed.")
    messages.warning(request, "Stock is <low>.")
    return redirect("basket")


def basket(request):
    return render(request, "basket.html")
'''

MESSAGE_TEMPLATES = {
    "basket.html": "{% for message in messages %}<p class=\"{{ message.tags }}\">{{ message }}</p>{% empty %}<p>no news</p>{% endfor %}\n"
}

MESSAGE_CASES = [
    # CookieStorage's cookie is signed with a timestamp the README does not mask: a case whose
    # response stores messages in it cannot be recorded twice alike. Messages shown in the same
    # request leave only the (fixed) deletion of that cookie.
    case(
        "messages-cookie-same-request",
        "Messages added and shown by the same view with CookieStorage: nothing is left to store, the response only deletes the messages cookie.",
        [get(f"{SITE}/now/")],
        imports=MESSAGE_IMPORTS,
        views=MESSAGE_VIEWS
        + '''


def now(request):
    messages.info(request, "Shown at once.")
    return render(request, "basket.html")
''',
        routes=(("now/", "now", "now"),),
        templates=MESSAGE_TEMPLATES,
    ),
    case(
        "messages-session-storage",
        "Messages through SessionStorage (in the signed-cookie session): the session cookie carries them.",
        [get(f"{SITE}/buy/"), get(f"{SITE}/basket/")],
        settings={"MESSAGE_STORAGE": "django.contrib.messages.storage.session.SessionStorage"},
        imports=MESSAGE_IMPORTS,
        views=MESSAGE_VIEWS,
        routes=(("buy/", "buy", "buy"), ("basket/", "basket", "basket")),
        templates=MESSAGE_TEMPLATES,
    ),
    case(
        "messages-without-middleware",
        "messages.success() without MessageMiddleware: MessageFailure, on DEBUG's 500 page.",
        [get(f"{SITE}/buy/")],
        middleware=[SESSIONS, COMMON],
        settings={"DEBUG": True},
        imports=MESSAGE_IMPORTS,
        views=MESSAGE_VIEWS,
        routes=(("buy/", "buy", "buy"), ("basket/", "basket", "basket")),
        templates=MESSAGE_TEMPLATES,
    ),
]

AUTH_CASES = [
    case(
        "auth-anonymous-in-template",
        "AuthenticationMiddleware with no one logged in: request.user and the template's {{ user }} are the anonymous user.",
        [get(f"{SITE}/")],
        middleware=[SESSIONS, AUTH],
        imports="from django.shortcuts import render\n",
        views='''
        def home(request):
            return render(request, "home.html", {"id": request.user.pk})
        ''',
        templates={"home.html": "{{ user }} | {{ user.is_anonymous }} | {{ user.is_authenticated }} | {{ user.username|default:'(no name)' }} | {{ id }}\n"},
    ),
    case(
        "auth-login-required",
        "login_required for an anonymous user: 302 to LOGIN_URL with ?next= the path and query.",
        [get(f"{SITE}/account/?tab=orders")],
        middleware=[SESSIONS, AUTH],
        settings={"LOGIN_URL": "/login/"},
        imports="from django.contrib.auth.decorators import login_required\nfrom django.http import HttpResponse\n",
        views='''
        @login_required
        def account(request):
            return HttpResponse("your account")
        ''',
        routes=(("account/", "account", "account"),),
    ),
    case(
        "auth-user-without-middleware",
        "No AuthenticationMiddleware: request.user does not exist, an AttributeError on DEBUG's page.",
        [get(f"{SITE}/")],
        middleware=[SESSIONS],
        settings={"DEBUG": True},
        views='''
        def home(request):
            return HttpResponse("hello %s" % request.user)
        ''',
    ),
]

if __name__ == "__main__":
    write("state", CSRF_CASES + SESSION_CASES + MESSAGE_CASES + AUTH_CASES)
