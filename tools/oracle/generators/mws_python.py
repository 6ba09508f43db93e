"""Python-case inputs for the middleware-state area: what signing, sessions (signed cookies),
CsrfViewMiddleware and its decorators, the 403 page, AuthenticationMiddleware, the auth and
messages context processors and the message storages answer, request by request.

    python3 tools/oracle/generators/mws_python.py   # writes tools/oracle/inputs/python/mws-*.json

Each case configures settings, then runs requests (django.http.HttpRequest with META, COOKIES,
method, POST) through the middleware in MIDDLEWARE order, calling their hooks as the handler
does, and leaves in `result` what a browser would see: status, headers, Set-Cookie lines, and
the body (for a CSRF 403 with DEBUG, the reason it gives). The clock and the random source are
fixed while the case runs (and put back after), so signed cookies and CSRF secrets come out the
same in every run, and in our engine as in Django.
"""

import json
import os
import textwrap

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "inputs", "python")
PREFIX = "mws-"

BASE_SETTINGS = {
    "SECRET_KEY": "k7#Qx!v2Lr9@Wm4$Tz8^Nc1&Hb6*Jd3(Pf5)Gs0-Ya=Ue+Ri_Xo-case",
    "DEBUG": True,
    "ALLOWED_HOSTS": ["shop.example.com", ".example.org"],
    "INSTALLED_APPS": ["django.contrib.contenttypes", "django.contrib.auth", "django.contrib.sessions",
                       "django.contrib.messages"],
    "TEMPLATES": [],
    "SESSION_ENGINE": "django.contrib.sessions.backends.signed_cookies",
    "MESSAGE_STORAGE": "django.contrib.messages.storage.cookie.CookieStorage",
    "USE_TZ": True,
    "LOGGING_CONFIG": None,
}

# Runs first in every case: fixed clock and random source, settings, and the helpers.
PREAMBLE = '''
import json, random, re, secrets, time
_kept = (time.time, secrets.choice)
_draws = random.Random(7)
time.time = lambda: 1796000000.0
secrets.choice = lambda seq: _draws.choice(seq)
try:
    from django.conf import settings
    settings.configure(**json.loads(SETTINGS))
    import django
    django.setup()
    from django.http import HttpRequest, HttpResponse, QueryDict
    from django.middleware.csrf import CsrfViewMiddleware, get_token, rotate_token
    from django.contrib.sessions.middleware import SessionMiddleware
    from django.contrib.auth.middleware import AuthenticationMiddleware
    from django.contrib.messages.middleware import MessageMiddleware
    from django.contrib import messages

    def make_request(method="GET", host="shop.example.com", secure=False, cookies=None, post=None, meta=None):
        request = HttpRequest()
        request.method, request.path = method, "/p/"
        request.META = {"HTTP_HOST": host, "SERVER_NAME": host.split(":")[0], "SERVER_PORT": "443" if secure else "80"}
        request.META.update(meta or {})
        request.COOKIES = dict(cookies or {})
        if post is not None:
            request.POST = QueryDict(post)
        request._get_scheme = lambda: "https" if secure else "http"
        return request

    STACK = (SessionMiddleware, CsrfViewMiddleware, AuthenticationMiddleware, MessageMiddleware)

    def chain(request, view, stack=STACK):
        layers = [each(lambda r: None) for each in stack]
        response = None
        for layer in layers:
            response = layer.process_request(request) if hasattr(layer, "process_request") else None
            if response is not None:
                break
        for layer in layers if response is None else ():
            if hasattr(layer, "process_view"):
                response = layer.process_view(request, view, (), {})
                if response is not None:
                    break
        response = response or view(request)
        for layer in reversed(layers):
            if hasattr(layer, "process_response"):
                response = layer.process_response(request, response)
        return response

    def show(response):
        body = response.content.decode()
        why = re.search(r"<pre>\\s*(.*?)\\s*</pre>", body, re.S)
        if why:
            body = "REASON: " + why.group(1)
        elif len(body) > 600:
            body = "LENGTH %d" % len(body)
        return [response.status_code, sorted(response.items()), [m.OutputString() for m in response.cookies.values()], body]

    def jar_of(response, jar=None):
        jar = dict(jar or {})
        for name, morsel in response.cookies.items():
            if morsel.value == "" or morsel["max-age"] == 0:
                jar.pop(name, None)
            else:
                jar[name] = morsel.value
        return jar

    def raised(call):
        try:
            return ["returned", call()]
        except Exception as exc:
            return [type(exc).__name__, str(exc)]

    def v_ok(request):
        return HttpResponse("ok")

    def v_token(request):
        get_token(request)
        return HttpResponse("tok")

    def v_count(request):
        request.session["n"] = request.session.get("n", 0) + 1
        return HttpResponse("n=%d" % request.session["n"])

    def v_read(request):
        return HttpResponse("|".join("%s:%s:%s" % (m.level, m.tags, m) for m in messages.get_messages(request)))

    def v_user(request):
        return HttpResponse("%s %s" % (request.user.is_authenticated, request.user))
'''

EPILOGUE = '''
finally:
    time.time, secrets.choice = _kept
'''


def case(slug, description, body, **settings):
    code = PREAMBLE + textwrap.indent(textwrap.dedent(body).strip() + "\n", "    ") + EPILOGUE
    merged = {**BASE_SETTINGS, **settings}
    code = code.replace("json.loads(SETTINGS)", "json.loads(%r)" % json.dumps(merged))
    return slug, {"kind": "python", "description": description, "files": {}, "code": code}


CSRF_TOKENS = '''
jar = jar_of(chain(make_request(), v_token))
secret = jar["csrftoken"]
probe = make_request(cookies=jar)
probe.META["CSRF_COOKIE"] = secret
token = get_token(probe)
result = []
for post, meta in [("csrfmiddlewaretoken=" + token, {}), ("csrfmiddlewaretoken=" + secret, {}), ("", {"HTTP_X_CSRFTOKEN": token}),
                   ("csrfmiddlewaretoken=" + "a" * 32, {}), ("csrfmiddlewaretoken=" + "a" * 31, {}),
                   ("csrfmiddlewaretoken=" + "!" * 32, {}), ("", {"HTTP_X_CSRFTOKEN": "b" * 10}), ("", {}),
                   ("csrfmiddlewaretoken=", {"HTTP_X_CSRFTOKEN": token})]:
    result.append(show(chain(make_request("POST", cookies=jar, post=post, meta=meta), v_ok)))
'''

CSRF_BAD_COOKIES = '''
token = get_token(make_request())
result = []
for bad in ["short", "x" * 64, "#" * 32, "é" * 32]:
    result.append(show(chain(make_request("POST", cookies={"csrftoken": bad}, post="csrfmiddlewaretoken=" + token), v_ok)))
    request = make_request(cookies={"csrftoken": bad})
    result.append([show(chain(request, v_ok)), request.META.get("CSRF_COOKIE_NEEDS_UPDATE")])
old_style = make_request(cookies={"csrftoken": token})
result.append(show(chain(make_request("POST", cookies={"csrftoken": token}, post="csrfmiddlewaretoken=" + token), v_ok)))
for method in ["GET", "HEAD", "OPTIONS", "TRACE", "PUT", "DELETE", "PATCH"]:
    result.append([method, show(chain(make_request(method), v_ok))[0]])
'''

CSRF_ORIGINS = '''
jar = jar_of(chain(make_request(), v_token))
secret = jar["csrftoken"]
result = []
for secure, meta in [
    (False, {"HTTP_ORIGIN": "http://shop.example.com"}), (False, {"HTTP_ORIGIN": "https://shop.example.com"}),
    (True, {"HTTP_ORIGIN": "https://shop.example.com"}), (True, {"HTTP_ORIGIN": "https://evil.example"}),
    (False, {"HTTP_ORIGIN": "null"}), (True, {"HTTP_ORIGIN": "https://blog.example.com"}),
    (True, {"HTTP_ORIGIN": "https://a.sub.example.net"}), (True, {"HTTP_ORIGIN": "http://a.sub.example.net"}),
    (True, {"HTTP_ORIGIN": "https://sub.example.net"}), (True, {"HTTP_ORIGIN": "https://[::1"}),
    (True, {}), (True, {"HTTP_REFERER": "https://shop.example.com/form/"}),
    (True, {"HTTP_REFERER": "http://shop.example.com/form/"}), (True, {"HTTP_REFERER": "https://evil.example/x"}),
    (True, {"HTTP_REFERER": "not a url"}), (True, {"HTTP_REFERER": "https://"}), (True, {"HTTP_REFERER": "https://[::1/x"}),
    (True, {"HTTP_REFERER": "https://blog.example.com/p"}), (True, {"HTTP_REFERER": "https://x.sub.example.net/p"}),
    (False, {"HTTP_REFERER": "https://evil.example/x"}), (True, {"HTTP_ORIGIN": "https://evil.example", "HTTP_REFERER": "https://shop.example.com/"}),
]:
    result.append(show(chain(make_request("POST", secure=secure, cookies=jar, post="csrfmiddlewaretoken=" + secret, meta=meta), v_ok)))
result.append(show(chain(make_request("POST", host="evil.com", secure=True, cookies=jar, post="csrfmiddlewaretoken=" + secret,
                                      meta={"HTTP_REFERER": "https://evil.com/"}), v_ok)))
result.append(show(chain(make_request("POST", host="evil.com", cookies=jar, post="csrfmiddlewaretoken=" + secret,
                                      meta={"HTTP_ORIGIN": "http://evil.com"}), v_ok)))
'''

CSRF_COOKIE_DOMAIN = '''
jar = jar_of(chain(make_request(), v_token))
secret = jar["tok"]
result = [show(chain(make_request(), v_token))]
for host, referer in [("shop.example.com", "https://shop.example.com/"), ("shop.example.com", "https://www.example.com/"),
                      ("shop.example.com:8443", "https://www.example.com:8443/"), ("shop.example.com:8443", "https://www.example.com/"),
                      ("shop.example.com", "https://example.org/")]:
    request = make_request("POST", host=host, secure=True, cookies=jar, post="csrfmiddlewaretoken=" + secret, meta={"HTTP_REFERER": referer})
    request.META["SERVER_PORT"] = host.partition(":")[2] or "443"
    result.append(show(chain(request, v_ok)))
'''

CSRF_DECORATORS = '''
from django.views.decorators.csrf import csrf_exempt, csrf_protect, ensure_csrf_cookie, requires_csrf_token
result = []
for decorate in (csrf_exempt, ensure_csrf_cookie, requires_csrf_token, csrf_protect):
    view = decorate(v_ok)
    result.append([decorate.__name__, show(view(make_request("POST", post="a=1"))), getattr(view, "csrf_exempt", None), view.__name__])
    result.append(show(chain(make_request("POST", post="a=1"), view)))
    result.append(show(chain(make_request("GET"), view)))
request = make_request()
first, second = get_token(request), get_token(request)
secret = request.META["CSRF_COOKIE"]
rotate_token(request)
result.append([len(first), first != second, secret != request.META["CSRF_COOKIE"], request.META["CSRF_COOKIE_NEEDS_UPDATE"]])
done = make_request("POST", post="a=1")
done.csrf_processing_done = True
result.append(show(chain(done, v_ok)))
lenient = make_request("POST", post="a=1")
lenient._dont_enforce_csrf_checks = True
result.append(show(chain(lenient, v_ok)))
'''

CSRF_IN_SESSION = '''
response = chain(make_request(), v_token)
jar = jar_of(response)
result = [show(response), sorted(jar)]
request = make_request(cookies=jar)
chain(request, v_ok)
secret = request.session.get("_csrftoken")
result.append(show(chain(make_request("POST", cookies=jar, post="csrfmiddlewaretoken=" + secret), v_ok)))
result.append(show(chain(make_request("POST", cookies=jar, meta={"HTTP_X_TOKEN": get_token(request)}), v_ok)))
result.append(show(chain(make_request("POST", cookies=jar, meta={"HTTP_X_CSRFTOKEN": get_token(request)}), v_ok)))
result.append(raised(lambda: show(chain(make_request("POST", post="a=1"), v_ok, stack=(CsrfViewMiddleware,)))))
'''

PAGES = '''
from django.views.csrf import csrf_failure
from django.middleware import csrf
result = []
for reason in ["", csrf.REASON_NO_REFERER, csrf.REASON_NO_CSRF_COOKIE, csrf.REASON_BAD_ORIGIN % "https://<evil>.example",
               "CSRF token from the 'X-Csrftoken' HTTP header incorrect."]:
    response = csrf_failure(make_request("POST"), reason=reason)
    result.append([response.status_code, sorted(response.items()), response.content.decode()])
result.append(raised(lambda: csrf_failure(make_request("POST"), reason="x", template_name="mine.html")))
'''

SESSIONS = '''
result = []
response = chain(make_request(), v_count)
jar = jar_of(response)
result.append(show(response))
response = chain(make_request(cookies=jar), v_count)
jar = jar_of(response, jar)
result.append(show(response))
result.append(show(chain(make_request(cookies=jar), v_ok)))
result.append(show(chain(make_request(cookies=jar), v_user)))
name = settings.SESSION_COOKIE_NAME
result.append(show(chain(make_request(cookies={name: jar[name] + "x"}), v_count)))
result.append(show(chain(make_request(cookies={name: "garbage"}), v_ok)))
result.append(show(chain(make_request(cookies={name: "garbage"}), v_user)))
result.append(show(chain(make_request(cookies={name: "short"}), v_user)))

def v_flush(request):
    request.session.flush()
    return HttpResponse("flushed")

result.append(show(chain(make_request(cookies=jar), v_flush)))
result.append(show(chain(make_request(), v_flush)))

def v_500(request):
    request.session["a"] = 1
    return HttpResponse("x", status=500)

result.append(show(chain(make_request(), v_500)))

def v_cycle(request):
    request.session["a"] = 1
    before = request.session.session_key
    request.session.cycle_key()
    return HttpResponse(json.dumps([before, request.session.session_key is not None]))

result.append(show(chain(make_request(cookies=jar), v_cycle)))
time.time = lambda: 1796000000.0 + 1209601
result.append(show(chain(make_request(cookies=jar), v_count)))
'''

SESSION_EXPIRY = '''
import datetime
result = []
# (A timedelta, or a datetime's cookie, counts from the real clock: only a datetime's answers are kept.)
for value in [0, 300, None, datetime.datetime(2027, 1, 1, tzinfo=datetime.timezone.utc)]:
    def view(request, value=value):
        request.session["a"] = 1
        request.session.set_expiry(value)
        s = request.session
        answer = [s.get_expiry_age(modification=datetime.datetime(2026, 12, 1, tzinfo=datetime.timezone.utc)),
                  s.get_expire_at_browser_close(), str(s.get_expiry_date(modification=datetime.datetime(2026, 12, 1, tzinfo=datetime.timezone.utc))),
                  s.get_expiry_age(expiry=60), s.get_expiry_age(expiry=None), s.get("_session_expiry") is None]
        return HttpResponse(json.dumps(answer))
    shown = show(chain(make_request(), view))
    result.append(shown if not isinstance(value, datetime.datetime) else [shown[0], shown[3]])
'''

SESSION_API = '''
from django.contrib.sessions.backends.signed_cookies import SessionStore
from django.contrib.sessions.backends.base import SessionBase
s = SessionStore()
result = [s.session_key, s.accessed, s.modified, s.is_empty(), s.key_salt]
s["x"] = [1, "é", None]
s.setdefault("y", 2)
s.setdefault("y", 3)
s.update({"z": {"a": 1}})
result += [sorted(s.keys()), sorted(map(str, s.values())), sorted(s.items())[0], s.pop("z"), s.pop("nope", "default"), "x" in s,
           s.has_key("y"), s.is_empty(), s.get_session_cookie_age(), s.modified, s.accessed]
result.append(raised(lambda: s.pop("nope")))
result.append(raised(lambda: s["nope"]))
s.set_test_cookie()
result.append(s.test_cookie_worked())
s.delete_test_cookie()
result.append(s.test_cookie_worked())
encoded = s.encode({"a": 1})
result += [encoded, s.decode(encoded), s.decode("bad:data"), s.decode(encoded[:-1] + "x"), s.decode("")]
s.save()
result.append(s.session_key)
fresh = SessionStore(s.session_key)
result += [fresh["x"], fresh.modified, fresh.exists("anything")]
fresh.clear()
result += [fresh.modified, fresh.accessed, fresh.is_empty(), dict(fresh.items())]
fresh.delete()
result += [fresh.session_key, fresh.is_empty()]
base = SessionBase()
for method in ("exists", "create", "save", "delete", "load"):
    result.append(raised(lambda: getattr(base, method)("k") if method in ("exists", "delete") else getattr(base, method)()))
result.append(raised(SessionBase.clear_expired))
result.append(len(base._get_new_session_key.__name__))
'''

AUTH = '''
from django.contrib.auth.context_processors import auth, PermWrapper
from django.contrib.messages.context_processors import messages as messages_processor
result = [show(chain(make_request(), v_user))]
request = make_request()
chain(request, v_ok)
context = auth(request)
perms = context["perms"]
result += [str(context["user"]), bool(perms["auth"]), perms["auth"]["add_user"], "auth.add_user" in perms, "auth" in perms,
           repr(perms["auth"]), raised(lambda: list(perms)), raised(lambda: list(perms["auth"])),
           sorted(messages_processor(request)["DEFAULT_MESSAGE_LEVELS"].items()), type(messages_processor(request)["messages"]).__name__]
result.append(str(auth(HttpRequest())["user"]))
result.append(raised(lambda: AuthenticationMiddleware(lambda r: None).process_request(HttpRequest())))
result.append(request.user.is_anonymous)
'''

MESSAGES_COOKIE = '''
def v_add(request):
    messages.success(request, "Saved <b>!</b>")
    messages.info(request, "second", extra_tags="x y")
    messages.debug(request, "hidden")
    return HttpResponse("added")

def v_many(request):
    for i in range(40):
        messages.error(request, "message number %d with some padding text to fill the cookie" % i)
    return HttpResponse("many")

result = []
response = chain(make_request(), v_add)
jar = jar_of(response)
result.append(show(response))
response = chain(make_request(cookies=jar), v_read)
result.append(show(response))
result.append(show(chain(make_request(cookies={"messages": "tampered"}), v_read)))
result.append(show(chain(make_request(cookies={"messages": "tampered"}), v_ok)))
response = chain(make_request(), v_many)
result.append(show(response))
result.append(show(chain(make_request(cookies=jar_of(response)), v_read)))
result.append(show(chain(make_request(cookies=jar), v_ok)))
'''

MESSAGES_API = '''
from django.contrib.messages.storage.base import Message

def view(request):
    answer = [messages.get_level(request), messages.set_level(request, 30), messages.get_level(request)]
    messages.info(request, "dropped")
    messages.warning(request, "kept")
    messages.add_message(request, 35, "custom", extra_tags="t")
    storage = messages.get_messages(request)
    answer += [len(storage), Message(30, "kept") in storage, [repr(m) for m in storage]]
    messages.error(request, "after iteration")
    answer.append(len(storage))
    messages.set_level(request, None)
    answer.append(messages.get_level(request))
    answer.append([repr(Message(20, "x", extra_tags="")), repr(Message("25", "y", "a b")), Message(20, "x").tags,
                   Message(99, "x").tags, Message(40, "x", "e").tags, Message(20, "a") == Message(20, "a", "zz"), Message(20, "a") == "a"])
    return HttpResponse(json.dumps(answer))

def v_big(request):
    for i in range(30):
        messages.warning(request, "a rather long message, number %d, to overflow the cookie %s" % (i, "z" * 30))
    return HttpResponse("big")

result = []
response = chain(make_request(), view)
jar = jar_of(response)
result.append(show(response))
response = chain(make_request(cookies=jar), v_read)
result.append(show(response))
response = chain(make_request(), v_big)
jar = jar_of(response)
result += [show(response), sorted(jar)]
response = chain(make_request(cookies=jar), v_read)
result.append(show(response))
result.append(show(chain(make_request(cookies=jar_of(response, jar)), v_read)))
bare = HttpRequest()
result.append(raised(lambda: messages.info(bare, "x")))
result.append(raised(lambda: messages.info(bare, "x", fail_silently=True)))
result.append(raised(lambda: messages.info(object(), "x")))
result.append(raised(lambda: messages.get_level(bare)))
result.append(messages.get_messages(bare))
'''

SIGNING = '''
import datetime
from django.core import signing
signer = signing.Signer()
result = [signer.sign("hello"), signing.Signer(key="k", salt="s", sep="/").sign("a:b"), signing.Signer(algorithm="sha1").sign("x"),
          signing.dumps({"a": [1, 2, "é"]}), signing.dumps("x" * 200, compress=True), signing.loads(signing.dumps({"b": 1}, salt="q"), salt="q"),
          signing.TimestampSigner().sign("v"), signing.get_cookie_signer().sign("c"),
          signing.get_cookie_signer(salt="zz").sign_object({"k": "v" * 50}, compress=True), signer.sign_object([1, {"a": None}])]
for bad in ["nosep", "a:b", signer.sign("hello")[:-1] + "A"]:
    result.append(raised(lambda: signer.unsign(bad)))
stamped = signing.TimestampSigner().sign("v")
time.time = lambda: 1796000000.0 + 100
result.append(raised(lambda: signing.TimestampSigner().unsign(stamped, max_age=10)))
result.append(raised(lambda: signing.TimestampSigner().unsign(stamped, max_age=datetime.timedelta(seconds=10))))
result.append(signing.TimestampSigner().unsign(stamped, max_age=1000))
result.append(raised(lambda: signing.loads(signing.dumps(1), max_age=5)))
for sep in ["", "a", "-", "_=", "/"]:
    result.append(raised(lambda: signing.Signer(sep=sep).sep))
result += [signing.b62_encode(n) for n in (0, 1, 61, 62, -62, 123456789)]
result += [signing.b62_decode(text) for text in ("0", "z", "10", "-10", "8M0kX")]
result += [signing.b64_encode(b"\\xff\\xfe\\xfd\\x00").decode(), signing.b64_decode(b"__79AA").hex()]
result.append(raised(lambda: signing.loads("abc")))
result.append(signing.Signer(key="new", fallback_keys=["old"]).unsign(signing.Signer(key="old").sign("v")))
result.append(raised(lambda: signing.Signer(key="new").unsign(signing.Signer(key="old").sign("v"))))
result.append(issubclass(signing.SignatureExpired, signing.BadSignature))
request = make_request(cookies={})
response = HttpResponse()
response.set_signed_cookie("who", "me", salt="s")
request.COOKIES["who"] = response.cookies["who"].value
result += [response.cookies["who"].value, raised(lambda: request.get_signed_cookie("who", salt="s")),
           raised(lambda: request.get_signed_cookie("who", "dflt", salt="t")), raised(lambda: request.get_signed_cookie("who", salt="t")),
           raised(lambda: request.get_signed_cookie("nobody")), request.get_signed_cookie("nobody", None)]
'''

MESSAGE_TAGS = '''
from django.contrib.messages.storage.base import Message
from django.contrib.messages import constants
settings.MESSAGE_TAGS = @TAGS@
result = [[Message(level, "x", "extra").tags for level in (10, 20, 25, 30, 40, 99)], Message(40, "x").level_tag]
'''

AUTH_FUNCTIONS = '''
try:  # real Django gets an empty database; the mini Django has none, and behaves as if it were empty
    from django.core.management import call_command
    call_command("migrate", verbosity=0)
except Exception:
    pass
from django.contrib import auth
from django.contrib.auth import signals
seen = []

def heard(sender, signal=None, request=None, **kwargs):
    seen.append([str(sender), sorted((name, str(value)) for name, value in kwargs.items())])

signals.user_login_failed.connect(heard)
signals.user_logged_out.connect(heard)
result = [auth.authenticate(username="bob", password="pw", api_key="k"), auth.authenticate(make_request(), username="bob", password="pw"),
          auth.authenticate(nonsense=1), [type(backend).__name__ for backend in auth.get_backends()]]

def v_logout(request):
    auth.logout(request)
    return HttpResponse("%s %s %s" % (request.user, request.session.session_key, dict(request.session.items())))

jar = jar_of(chain(make_request(), v_count))
result += [show(chain(make_request(cookies=jar), v_logout)), seen]
signals.user_login_failed.disconnect(heard)
signals.user_logged_out.disconnect(heard)
'''

CASES = [
    case("auth-functions", "authenticate() finds nobody in an empty database (user_login_failed, credentials starred); logout()",
         AUTH_FUNCTIONS, DATABASES={"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}},
         AUTHENTICATION_BACKENDS=["django.contrib.auth.backends.ModelBackend", "django.contrib.auth.backends.RemoteUserBackend"]),
    case("messages-tags-danger", "MESSAGE_TAGS renames a level's tag (read once per process)",
         MESSAGE_TAGS.replace("@TAGS@", "{constants.ERROR: 'danger'}")),
    case("messages-tags-other", "Another project's MESSAGE_TAGS: its own tags, not the previous project's",
         MESSAGE_TAGS.replace("@TAGS@", "{constants.ERROR: 'oops', 25: 'yay', 99: 'custom'}")),
    case("csrf-tokens", "CsrfViewMiddleware on POSTs: masked and bare tokens, the header, wrong length, characters and values", CSRF_TOKENS),
    case("csrf-tokens-production", "The same POSTs with DEBUG off: the 403 page without the reason", CSRF_TOKENS, DEBUG=False),
    case("csrf-bad-cookies", "A malformed CSRF cookie is refused on POST and replaced on GET; the safe methods pass", CSRF_BAD_COOKIES),
    case("csrf-origins", "Origin and, over https, Referer checks against the host and CSRF_TRUSTED_ORIGINS (exact and wildcard)",
         CSRF_ORIGINS, CSRF_TRUSTED_ORIGINS=["https://blog.example.com", "https://*.sub.example.net"]),
    case("csrf-cookie-settings", "CSRF_COOKIE_DOMAIN decides the Referer's site (with a port); the cookie's name, path and flags",
         CSRF_COOKIE_DOMAIN, CSRF_COOKIE_DOMAIN=".example.com", CSRF_COOKIE_NAME="tok", CSRF_COOKIE_AGE=None,
         CSRF_COOKIE_PATH="/app/", CSRF_COOKIE_SAMESITE=None, CSRF_COOKIE_SECURE=True, CSRF_COOKIE_HTTPONLY=True),
    case("csrf-decorators", "csrf_exempt, csrf_protect, requires_csrf_token, ensure_csrf_cookie; get_token and rotate_token", CSRF_DECORATORS),
    case("csrf-use-sessions", "CSRF_USE_SESSIONS keeps the secret in the session; CSRF_HEADER_NAME; no SessionMiddleware",
         CSRF_IN_SESSION, CSRF_USE_SESSIONS=True, CSRF_HEADER_NAME="HTTP_X_TOKEN"),
    case("csrf-failure-page", "csrf_failure's 403 page for each kind of reason, with DEBUG (escaped reason)", PAGES),
    case("csrf-failure-page-production", "csrf_failure's 403 page with DEBUG off", PAGES, DEBUG=False),
    case("sessions-signed-cookies", "The signed_cookies session: saved, read back, altered, garbage, flushed, a 500, cycle_key, expired",
         SESSIONS),
    case("sessions-cookie-settings", "SESSION_COOKIE_* and SESSION_SAVE_EVERY_REQUEST / SESSION_EXPIRE_AT_BROWSER_CLOSE in Set-Cookie",
         SESSIONS, SESSION_COOKIE_NAME="s", SESSION_COOKIE_AGE=60, SESSION_COOKIE_SECURE=True, SESSION_COOKIE_HTTPONLY=False,
         SESSION_COOKIE_SAMESITE="None", SESSION_COOKIE_PATH="/x", SESSION_COOKIE_DOMAIN="example.com",
         SESSION_SAVE_EVERY_REQUEST=True, SESSION_EXPIRE_AT_BROWSER_CLOSE=True),
    case("sessions-expiry", "set_expiry with 0, seconds, None, a timedelta and a datetime; the cookie it gives", SESSION_EXPIRY),
    case("sessions-api", "SessionBase's dict methods, flags, test cookie, encode/decode and the abstract methods", SESSION_API),
    case("auth-anonymous", "AuthenticationMiddleware gives AnonymousUser; the auth and messages context processors", AUTH),
    case("messages-cookie", "CookieStorage: messages kept for the next request, shown, tampered, overflowing the cookie", MESSAGES_COOKIE),
    case("messages-fallback", "FallbackStorage: the cookie first, the session for the rest; MESSAGE_LEVEL and MESSAGE_TAGS",
         MESSAGES_API, MESSAGE_STORAGE="django.contrib.messages.storage.fallback.FallbackStorage", MESSAGE_LEVEL=10,
         MESSAGE_TAGS={"40": "danger"}),
    case("messages-session", "SessionStorage keeps the messages in the session", MESSAGES_API,
         MESSAGE_STORAGE="django.contrib.messages.storage.session.SessionStorage"),
    case("messages-api", "The messages API and Message: levels, tags, repr, equality, without the middleware", MESSAGES_API),
    case("signing", "Signer, TimestampSigner, dumps/loads, base62/base64, fallback keys, signed cookies", SIGNING),
    case("signing-backend", "SIGNING_BACKEND and SECRET_KEY_FALLBACKS as get_cookie_signer() uses them", SIGNING,
         SIGNING_BACKEND="django.core.signing.Signer", SECRET_KEY_FALLBACKS=["old-key"]),
]


def main():
    os.makedirs(OUT, exist_ok=True)
    for slug, data in CASES:
        with open(os.path.join(OUT, PREFIX + slug + ".json"), "w", encoding="utf-8") as out:
            json.dump(data, out, indent=2, ensure_ascii=False)
            out.write("\n")
    print(f"wrote {len(CASES)} inputs to {os.path.relpath(OUT)}")


if __name__ == "__main__":
    main()
