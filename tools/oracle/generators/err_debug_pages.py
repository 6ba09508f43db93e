"""Python-case inputs for the error-pages area: what DEBUG's technical pages tell, read from real
Django's django.views.debug (the 404 "tried" list, the 500 page's title and exception value,
the frames of a traceback, the cleansed settings, request data and POST parameters, the
sensitive_* decorators, the "install worked" page).

    python3 tools/oracle/generators/err_debug_pages.py    # writes tools/oracle/inputs/python/err-*.json

A page is read the way ../shared/conformance/http/README.md compares technical pages: the
<title> text, <pre class="exception_value">, the "Raised by" cell and the <li> entries of the
tried list (tags removed, whitespace collapsed); the rest through the public API
(ExceptionReporter.get_traceback_data(), SafeExceptionReporterFilter), never the machine's
paths or versions.
"""

import json
import os
import textwrap

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "inputs", "python")
PREFIX = "err-"

URLS = """\
from django.urls import include, path, re_path
from . import views

blog = ([path("", views.ok, name="index"), path("<slug:slug>/", views.ok, name="post")], "blog")
nested = [path("deep/", include([re_path(r"^(?P<n>[0-9]+)/$", views.ok, name="num")]))]
urlpatterns = [
    path("", views.ok, name="home"),
    path("missing/", views.missing, name="missing"),
    path("quiet/", views.quiet),
    path("post/", views.PostView.as_view(), name="post"),
    path("boom/", views.boom, name="boom"),
    path("blog/", include(blog, namespace="weblog")),
    path("api/", include(nested)),
    re_path(r"^old/(?P<year>[0-9]{4})/$", views.ok, name="old"),
    path("tag/<str:name>/", views.ok),
]
"""

VIEWS = """\
import sys

from django.http import Http404, HttpResponse
from django.views import View
from django.views.decorators.debug import sensitive_post_parameters, sensitive_variables


def ok(request, **kwargs):
    return HttpResponse("ok")


def missing(request):
    raise Http404("No post matches the given query.")


def quiet(request):
    raise Http404


class PostView(View):
    def get(self, request):
        raise Http404("No <post> & no 'quotes'")


def charge(amount, card):
    secret_note = "for %s" % card
    raise KeyError("gateway")


def boom(request):
    price = 42
    name = "tea"
    try:
        charge(price, "4111-1111")
    except KeyError as error:
        raise ValueError("the payment service is down") from error


def implicit(request):
    try:
        {}["absent"]
    except KeyError:
        total = 1 / 0


def suppressed(request):
    try:
        int("x")
    except ValueError:
        raise RuntimeError("retry later") from None


def hidden(request):
    __traceback_hide__ = True
    return boom(request)


def calls_hidden(request):
    return hidden(request)


def big(request):
    blob = "x" * 5000
    items = list(range(3))
    raise OverflowError("too big")


namespace = {}
exec(compile("def generated(request):\\n    raise LookupError('made by exec')\\n", "<generated>", "exec"), namespace)
generated = namespace["generated"]


@sensitive_variables("card", "secret_note")
def pay(card, amount):
    secret_note = "card " + card
    raise ValueError("declined")


@sensitive_variables()
def pay_all(card):
    pin = "1234"
    raise ValueError("declined")


@sensitive_post_parameters("password")
def login(request):
    raise ValueError("no database")


@sensitive_post_parameters()
def login_all(request):
    raise ValueError("no database")


@sensitive_variables("card")
async def pay_async(card, amount):
    note = "for " + card
    raise ValueError("declined")


@sensitive_post_parameters("password")
async def login_async(request):
    raise ValueError("no database")


def run_and_catch(view, *args):
    try:
        view(*args)
    except Exception:
        return sys.exc_info()


def noted(request):
    error = TypeError("bad <type>")
    error.add_note("first note")
    raise error
"""

FILES = {"mysite/__init__.py": "", "mysite/urls.py": URLS, "mysite/views.py": VIEWS}

PRELUDE = """\
import html, os, re, sys
from django.conf import settings
settings.configure(DEBUG=True, ALLOWED_HOSTS=["shop.example.com"], ROOT_URLCONF="mysite.urls", SECRET_KEY="k" * 50,
                   INSTALLED_APPS=["django.contrib.contenttypes", "django.contrib.auth"]{extra})
import django
django.setup()
from django.http import Http404, HttpRequest, QueryDict
from django.urls import resolve
from django.urls.exceptions import Resolver404
from django.views import debug


def make_request(path="/", method="GET", query="", host="shop.example.com", **meta):
    request = HttpRequest()
    request.method = method
    request.path = request.path_info = path
    request.META = {{"REQUEST_METHOD": method, "QUERY_STRING": query, "SERVER_NAME": "shop.example.com",
                    "SERVER_PORT": "80", "HTTP_HOST": host, **meta}}
    request.GET = QueryDict(query)
    return request


def text_of(fragment):
    return " ".join(html.unescape(re.sub(r"<[^>]*>", "", fragment)).split())


def page_facts(response):
    body = response.content.decode()
    title = re.search(r"<title>(.*?)</title>", body, re.S)
    value = re.search(r'<pre class="exception_value">(.*?)</pre>', body, re.S)
    raised = re.search(r"Raised by:</th>\\s*<td>(.*?)</td>", body, re.S)
    tried = re.search(r"<ol>(.*?)</ol>", body, re.S)
    facts = {{"status": response.status_code, "content_type": response["Content-Type"],
             "title": text_of(title[1]) if title else None,
             "exception_value": html.unescape(value[1]) if value else None,
             "raised_by": text_of(raised[1]) if raised else None}}
    if tried:
        facts["tried"] = [text_of(item) for item in re.findall(r"<li>(.*?)</li>", tried[1], re.S)]
    return facts


def caught(call, *args):
    try:
        call(*args)
    except BaseException:
        return sys.exc_info()
    raise AssertionError("it did not raise")


def not_found(path):
    try:
        resolve(path)
    except Resolver404 as exc:
        return exc
    raise AssertionError("it resolved")


def ours(frame):
    return frame.get("filename", "").startswith(os.getcwd() + os.sep)


def frame_facts(frame):
    return [os.path.basename(frame["filename"]), frame["function"], frame["lineno"], frame["context_line"],
            frame["pre_context_lineno"], len(frame["pre_context"]), len(frame["post_context"]),
            [name for name, value in frame["vars"]], None if frame["exc_cause"] is None else repr(frame["exc_cause"]),
            bool(frame["exc_cause_explicit"])]
"""


def code(body, extra=""):
    return PRELUDE.format(extra=extra) + "\n" + textwrap.dedent(body).strip() + "\n"


CASES = [
    # ---- the technical 404 -----------------------------------------------------------------
    ("404-tried-list", "A path no pattern matches: the tried list with includes, namespaces, regexes and names", """
        from mysite import views
        result = [page_facts(debug.technical_404_response(make_request(p), not_found(p))) for p in ["/nothing/here/", "/blog/a/b/", "/api/deep/x/"]]
        """),
    ("404-resolved-view", "Http404 raised by a view: the message, Raised by, and the patterns tried up to the match", """
        from mysite import views
        result = []
        for path, view in [("/missing/", views.missing), ("/quiet/", views.quiet), ("/post/", None)]:
            request = make_request(path)
            request.resolver_match = resolve(path)
            exc_info = caught(request.resolver_match.func, request)
            result.append(page_facts(debug.technical_404_response(request, exc_info[1])))
        """),
    ("404-not-resolved-yet", "Http404 without a resolver match: Raised by comes from resolving the path; dict and empty messages", """
        result = []
        for path, exc in [("/missing/", Http404("gone")), ("/nowhere/", Http404("gone")), ("/missing/", Http404({"path": "elsewhere/"})),
                          ("/missing/", Http404()), ("/missing/", Http404("")), ("/missing/", Http404(["a", "b"]))]:
            result.append(page_facts(debug.technical_404_response(make_request(path), exc)))
        """),
    ("404-sentences", "What the 404 page says about the URLconf and the path (empty path, request.urlconf)", """
        import mysite.urls
        result = []
        for path, urlconf in [("/nothing/", None), ("/", None), ("/missing/", mysite.urls), ("/zzz", "mysite.urls")]:
            request = make_request(path)
            if urlconf is not None:
                request.urlconf = urlconf
            if path == "/":
                exc = Resolver404({"tried": not_found("/nothing/").args[0]["tried"], "path": ""})
            elif path == "/missing/":
                exc = Http404("x")
                request.resolver_match = resolve(path)
            else:
                exc = not_found(path)
            text = text_of(debug.technical_404_response(request, exc).content.decode())
            used = re.search(r"Using the URLconf defined in (\\S+), Django tried these URL patterns, in this order:", text)
            said = re.search(r"(The current path, .*?,|The empty path) (didn’t match any of these|matched the last one)\\.", text)
            result.append([used and used[1], said and said[0], "You’re seeing this error because you have DEBUG = True" in text])
        """),
    ("404-default-urlconf", "An empty URLconf (or only the admin at /) gives the install-worked page", """
        from django.urls import include, path
        from django.http import HttpResponse
        import types
        empty = types.ModuleType("empty_urls"); empty.urlpatterns = []
        sys.modules["empty_urls"] = empty
        admin_only = types.ModuleType("admin_urls")
        admin_only.urlpatterns = [path("admin/", include(([path("", lambda r: HttpResponse())], "admin"), namespace="admin"))]
        sys.modules["admin_urls"] = admin_only
        result = []
        for path_info, urlconf in [("/", "empty_urls"), ("/x/", "empty_urls"), ("/", "admin_urls"), ("/x/", "admin_urls")]:
            request = make_request(path_info)
            request.urlconf = urlconf
            try:
                resolve(path_info, urlconf)
            except Resolver404 as exc:
                response = debug.technical_404_response(request, exc)
            result.append(page_facts(response))
        page = debug.default_urlconf(make_request("/"))
        text = text_of(page.content.decode())
        result.append([page.status_code, page["Content-Type"], "The install worked successfully! Congratulations!" in text,
                       "You are seeing this page because DEBUG=True is in your settings file and you have not configured any URLs." in text,
                       "release notes for Django 6.1" in text or "release notes for Django dev" in text])
        """),
    # ---- the technical 500 -----------------------------------------------------------------
    ("500-titles", "The 500 page's title and exception value for various exceptions, with and without a request", """
        class Falsy(Exception):
            def __bool__(self):
                return False
        noted = ValueError("v"); noted.add_note("note one"); noted.add_note("note two")
        exceptions = [ValueError("the payment service is down"), ValueError(), KeyError("k"), KeyError(), Exception(1, "two"),
                      ValueError("<b>& 'q'"), Falsy("msg"), noted, UnicodeDecodeError("utf-8", b"ab\\xffcd", 2, 3, "invalid start byte")]
        def raiser(exc):
            raise exc
        result = []
        for exc in exceptions:
            response = debug.technical_500_response(make_request("/a/b/", query="x=1"), *caught(raiser, exc))
            result.append(page_facts(response))
        result.append(page_facts(debug.technical_500_response(make_request("/"), None, None, None)))
        result.append(page_facts(debug.technical_500_response(make_request("/"), ValueError, ValueError("x"), None, status_code=400)))
        reporter = debug.ExceptionReporter(None, ValueError, ValueError("no request"), None)
        body = reporter.get_traceback_html()
        result.append([text_of(re.search(r"<title>(.*?)</title>", body, re.S)[1]), reporter.get_traceback_text().splitlines()[:2]])
        result.append(debug.ExceptionReporter(None, *caught(raiser, exceptions[-1])).get_traceback_data()["unicode_hint"])
        """),
    ("500-plain-text", "With Accept: text/plain the page is text; its lines about the exception and the request", """
        request = make_request("/a/", query="q=1&q=2&r=%C3%A9", HTTP_ACCEPT="text/plain", HTTP_COOKIE="sessionid=abc; theme=dark")
        request.COOKIES = {"sessionid": "abc", "theme": "dark"}
        request.POST = QueryDict("title=x&password=p")
        def raiser():
            raise ValueError("plain")
        response = debug.technical_500_response(request, *caught(raiser))
        text = response.content.decode()
        lines = text.splitlines()
        start, end = lines.index("Request information:"), next(i for i, l in enumerate(lines) if l.startswith("Settings:"))
        result = [response.status_code, response["Content-Type"], lines[:5], lines[start:end],
                  [l for l in lines if l.startswith(("Exception Type:", "Exception Value:", "Raised during:", "Django Version:"))],
                  [l for l in lines if l.startswith(("SECRET_KEY", "DEBUG ", "ALLOWED_HOSTS", "Using settings module"))],
                  "You’re seeing this error because you have DEBUG = True in your" in text]
        for accept in ["text/html", "text/plain;q=0.5, text/html", "application/json", "*/*", "text/*", "text/plain, text/html", "", "text/html;q=0"]:
            request = make_request("/a/", HTTP_ACCEPT=accept)
            result.append([accept, debug.technical_500_response(request, *caught(raiser))["Content-Type"]])
        """),
    ("500-frames-chained", "Frames of an exception with an explicit cause, an implicit context, and a suppressed one", """
        from mysite import views
        result = []
        for view in [views.boom, views.implicit, views.suppressed, views.calls_hidden, views.generated]:
            reporter = debug.ExceptionReporter(make_request("/boom/"), *caught(view, make_request("/boom/")))
            frames = reporter.get_traceback_frames()
            kept = [frame_facts(f) for f in frames if ours(f)]
            data = reporter.get_traceback_data()
            result.append([kept, [f["context_line"] for f in frames if f.get("filename") == "<generated>"],
                           data["exception_type"], str(data["exception_value"]), data["lastframe"]["function"],
                           data["lastframe"]["lineno"]])
        """),
    ("500-frame-vars", "Frame variables as the page shows them: pprint'ed, long values trimmed", """
        from mysite import views
        reporter = debug.ExceptionReporter(make_request("/big/"), *caught(views.big, make_request("/big/")))
        frame = reporter.get_traceback_data()["lastframe"]
        shown = dict(frame["vars"])
        result = [sorted(shown), shown["items"], len(shown["blob"]), shown["blob"][-30:]]
        reporter = debug.ExceptionReporter(make_request("/boom/"), *caught(views.boom, make_request("/boom/")))
        result.append([[f["function"], [[k, v] for k, v in f["vars"] if k != "request"]] for f in reporter.get_traceback_data()["frames"] if ours(f)])
        """),
    ("500-request-data", "What the 500 page's data holds about the request: URI from the raw host, user, GET, POST, cookies", """
        from django.contrib.auth.models import AnonymousUser
        request = make_request("/a/", query="q=1&q=2", host="evil.example:8000", HTTP_COOKIE="sessionid=abc; csrftoken=t",
                               HTTP_AUTHORIZATION="Bearer x", HTTP_X_API_KEY="k", CSRF_COOKIE="t")
        request.COOKIES = {"sessionid": "abc", "csrftoken": "t", "theme": "dark"}
        request.POST = QueryDict("title=x&password=p")
        def raiser():
            raise ValueError("data")
        data = debug.ExceptionReporter(request, *caught(raiser)).get_traceback_data()
        result = [data["request_insecure_uri"], data["user_str"], list(data["request_GET_items"]), list(data["filtered_POST_items"]),
                  sorted(data["request_COOKIES_items"]), sorted(data["request_meta"].items()), data["django_version_info"],
                  data["raising_view_name"], data["settings"]["SECRET_KEY"], data["settings"]["DEBUG"], data["is_email"],
                  data["template_info"], data["template_does_not_exist"], data["postmortem"]]
        request.user = AnonymousUser()
        request.path = request.path_info = "/boom/"
        data = debug.ExceptionReporter(request, *caught(raiser)).get_traceback_data()
        result += [data["user_str"], data["raising_view_name"], debug.get_caller(request)]
        """),
    ("500-text-whole", "The whole plain-text report (machine lines masked): chained causes, notes, request, every setting", """
        from mysite import views
        result = []
        for view in [views.boom, views.implicit, views.calls_hidden, views.generated, views.noted]:
            request = make_request("/boom/", query="a=1&b=%3Cx%3E", HTTP_ACCEPT="text/plain", HTTP_COOKIE="sessionid=s; k=v")
            request.COOKIES = {"sessionid": "s", "k": "v"}
            text = debug.technical_500_response(request, *views.run_and_catch(view, request)).content.decode()
            result.append(re.sub(r"^(Python Executable|Python Version|Python Path|Server time):.*$", r"\\1: X", text, flags=re.M))
        for reporter in [debug.ExceptionReporter(None, ValueError, ValueError("x"), None), debug.ExceptionReporter(None, None, None, None),
                         debug.ExceptionReporter(make_request(), KeyError, KeyError(), None, is_email=True)]:
            result.append(re.sub(r"^(Python Executable|Python Version|Python Path|Server time):.*$", r"\\1: X", reporter.get_traceback_text(), flags=re.M))
        """, ", SECURE_PROXY_SSL_HEADER=('HTTP_X_FORWARDED_PROTO', 'https'), MIDDLEWARE=['django.middleware.common.CommonMiddleware'], CALLBACK=len"),
    ("500-accept-table", "HTML or text: which Accept headers get the text report (parameters, q values, wildcards, junk)", """
        import random
        rng = random.Random(9)
        parts = ["text/html", "text/plain", "text/*", "*/*", "application/json", "TEXT/HTML", "text/html;level=1", "image/*", "*/html", "text", ""]
        headers = []
        for n in range(80):
            tokens = []
            for _ in range(rng.randint(0, 3)):
                token = rng.choice(parts)
                if rng.random() < 0.4:
                    token += ";q=" + rng.choice(["0", "0.5", "1", "0.9", "x", "0.0", "0.001", "2"])
                if rng.random() < 0.1:
                    token += ";charset=utf-8"
                tokens.append(token)
            headers.append(",".join(tokens))
        def raiser():
            raise ValueError("x")
        result = [[accept, debug.technical_500_response(make_request("/", HTTP_ACCEPT=accept), *caught(raiser))["Content-Type"]] for accept in headers]
        """),
    ("500-broken-urlconf", "Raised during comes from resolving the path again: a URLconf that cannot be imported breaks the page itself", """
        import types
        broken = types.ModuleType("broken_urls")
        sys.modules.pop("broken_urls", None)
        def raiser():
            raise ValueError("x")
        result = []
        for urlconf in ["missing_module_urls", "mysite.urls"]:
            settings.ROOT_URLCONF = urlconf
            request = make_request("/boom/")
            try:
                result.append(page_facts(debug.technical_500_response(request, *caught(raiser))))
            except Exception as exc:
                result.append([type(exc).__name__, str(exc)])
            request.resolver_match = None
            try:
                result.append(debug.get_caller(request))
            except Exception as exc:
                result.append([type(exc).__name__, str(exc)])
        """),
    ("pages-empty-secret-key", "With SECRET_KEY empty (read from an unset variable) the settings dump raises, and so do both pages", """
        settings.SECRET_KEY = ""
        def raiser():
            raise ValueError("x")
        result = []
        for make in [lambda: debug.technical_500_response(make_request("/boom/"), *caught(raiser)),
                     lambda: debug.technical_404_response(make_request("/nothing/"), not_found("/nothing/")),
                     lambda: debug.technical_404_response(make_request("/"), Resolver404({"tried": [], "path": ""})),
                     lambda: debug.ExceptionReporter(None, ValueError, ValueError("x"), None).get_traceback_text()]:
            try:
                response = make()
                result.append(response.status_code if hasattr(response, "status_code") else "text")
            except Exception as exc:
                result.append([type(exc).__name__, str(exc)])
        """),
    # ---- cleansing ---------------------------------------------------------------------------
    ("cleansed-settings", "Which settings the dump hides: by name (API, AUTH, TOKEN, KEY, SECRET, PASS, SIGNATURE, HTTP_COOKIE), inside dicts and lists", """
        safe = debug.get_default_exception_reporter_filter().get_safe_settings()
        stars = "********************"
        result = [sorted(k for k, v in safe.items() if v == stars),
                  {k: repr(safe[k]) for k in ["DATABASES", "MY_API_URL", "AUTHOR", "NESTED", "TUPLED", "CALLBACK", "KEYS_BY_NUMBER", "SESSION_COOKIE_NAME", "PASSPHRASE_HINT", "SETTINGS_MODULE"] if k in safe},
                  "SETTINGS_MODULE" in safe, debug.get_default_exception_reporter_filter() is debug.get_default_exception_reporter_filter(),
                  type(debug.get_exception_reporter_filter(make_request())).__name__,
                  debug.get_exception_reporter_class(make_request()).__name__]
        """, ", DATABASES={'default': {'ENGINE': 'django.db.backends.sqlite3', 'NAME': 'db', 'PASSWORD': 'pw', 'OPTIONS': {'token': 't', 'init': 'x'}, 'TEST': {'USER': 'u'}}}"
        ", MY_API_URL='https://api.example', AUTHOR='me', NESTED=[{'api_key': 'k', 'plain': 1}, ['secret', {'Signature': 's'}]],"
        " TUPLED=(('KEY', 'v'), {'sessionid': 'x', 'mysession': 'y'}), CALLBACK=len, KEYS_BY_NUMBER={1: 'one', 'auth': 2}, SESSION_COOKIE_NAME='mysession',"
        " PASSPHRASE_HINT='h'"),
    ("cleansed-meta-cookies", "Request META and COOKIES cleansed by name; the session cookie by SESSION_COOKIE_NAME", """
        request = make_request("/", HTTP_COOKIE="sessionid=abc", HTTP_AUTHORIZATION="Bearer x", HTTP_X_API_KEY="k", CSRF_COOKIE="t", HTTP_USER_AGENT="ua")
        request.COOKIES = {"sessionid": "abc", "csrftoken": "t", "theme": "dark", "auth_hint": "a"}
        f = debug.SafeExceptionReporterFilter()
        result = [sorted(f.get_safe_request_meta(request).items()), sorted(f.get_safe_cookies(request).items()),
                  f.get_safe_request_meta(object()), f.get_safe_cookies(object()), f.is_active(request),
                  f.cleanse_setting("PASSWORD", "x"), f.cleanse_setting("x", {"password": "p", "ok": ("a", {"token": 1})}),
                  f.cleanse_setting(3, "v"), repr(f.cleanse_setting("fn", len)), f.cleansed_substitute,
                  [bool(f.hidden_settings.search(w)) for w in ["api", "Authorization", "MY_PASS", "PASSWORD", "monkey", "sig", "signature_x", "http_cookie", "COOKIE"]]]
        """),
    ("sensitive-post", "sensitive_post_parameters: the POST values hidden when DEBUG is False (all with no names)", """
        from mysite import views
        result = []
        for debug_on in [True, False]:
            settings.DEBUG = debug_on
            for view in [views.login, views.login_all, views.ok]:
                request = make_request("/login/", method="POST")
                request.POST = QueryDict("user=ann&password=secret&password=again")
                try:
                    view(request)
                except ValueError:
                    pass
                f = debug.SafeExceptionReporterFilter()
                posted = f.get_post_parameters(request)
                cleansed = f.get_cleansed_multivaluedict(request, request.POST)
                result.append([debug_on, view.__name__, getattr(request, "sensitive_post_parameters", None),
                               sorted(posted.lists()), sorted(cleansed.lists()), f.is_active(request)])
        result.append(debug.SafeExceptionReporterFilter().get_post_parameters(None))
        """),
    ("sensitive-variables", "sensitive_variables: frame variables hidden when DEBUG is False; the wrapper's own arguments too", """
        from mysite import views
        result = []
        for debug_on in [True, False]:
            settings.DEBUG = debug_on
            for call, args in [(views.pay, ("4111", 5)), (views.pay_all, ("4111",))]:
                reporter = debug.ExceptionReporter(make_request("/"), *caught(call, *args))
                frames = reporter.get_traceback_data()["frames"]
                mine = [[f["function"], sorted(f["vars"])] for f in frames if ours(f)]
                wrapper = [[f["function"], sorted(kv for kv in f["vars"] if kv[0] in ("func_args", "func_kwargs"))] for f in frames if f["function"] == "sensitive_variables_wrapper"]
                result.append([debug_on, call.__name__, call.__wrapped__.__name__, mine, wrapper])
        """),
    ("sensitive-async", "The decorators on coroutine functions: variables hidden by where the code starts, POST parameters marked", """
        from mysite import views
        result = []
        for debug_on in [True, False]:
            settings.DEBUG = debug_on
            try:
                views.pay_async("4111", 5).send(None)
            except ValueError:
                info = sys.exc_info()
            frames = debug.ExceptionReporter(make_request("/"), *info).get_traceback_data()["frames"]
            result.append([debug_on, views.pay_async.__name__, [[f["function"], sorted(f["vars"])] for f in frames if ours(f)]])
        request = make_request("/login/", method="POST")
        try:
            views.login_async(request).send(None)
        except ValueError:
            pass
        result.append([views.login_async.__name__, request.sensitive_post_parameters])
        try:
            views.login_async(object()).send(None)
        except TypeError as exc:
            result.append(str(exc))
        """),
    ("sensitive-decorator-misuse", "The decorators used without calling them, and sensitive_post_parameters given no HttpRequest", """
        from django.views.decorators.debug import sensitive_post_parameters, sensitive_variables
        result = []
        for attempt in [lambda: sensitive_variables(len), lambda: sensitive_post_parameters(len),
                        lambda: sensitive_post_parameters("p")(lambda request: None)(object())]:
            try:
                attempt()
                result.append("no error")
            except Exception as exc:
                result.append([type(exc).__name__, str(exc)])
        """),
]


def main():
    os.makedirs(OUT, exist_ok=True)
    for slug, description, body, *extra in CASES:
        case_input = {"kind": "python", "description": description, "files": FILES, "code": code(body, *extra)}
        with open(os.path.join(OUT, f"{PREFIX}{slug}.json"), "w", encoding="utf-8") as out:
            json.dump(case_input, out, ensure_ascii=False, indent=2)
            out.write("\n")
    print(f"wrote {len(CASES)} inputs")


if __name__ == "__main__":
    main()
