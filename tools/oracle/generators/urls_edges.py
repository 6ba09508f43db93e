"""URL cases for the corners the random generator reaches only by luck.

    python3 tools/oracle/generators/urls_edges.py

writes tools/oracle/inputs/urls/urls-edges-*.json (inputs only; record.py adds what real Django
answers):

- append-slash-*: CommonMiddleware's APPEND_SLASH redirect for unusual paths: leading double
  slashes (escape_leading_slashes), '?', '%', ';', spaces, unicode, control characters, very
  long paths, a view marked @no_append_slash, a path whose slashed form fails to resolve with
  an error, a catch-all route;
- query-*: reverse(query=...) with every kind of JSON value (0, False, "", [], {}, pairs, ...);
- converter-reverse-*: how reverse() uses a converter's to_url (ValueError, non-str results,
  output that its regex refuses, TypeError), with args, kwargs, defaults and extra kwargs,
  through captured include() prefixes and namespaces;
- namespaces-*: instance and application namespaces, current_app, nested and missing ones;
- regex-*: re_path() regexes that reverse() reads in unusual ways (quantifiers, classes,
  look-arounds, flags, alternation, '%' in a route).
"""

import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "inputs", "urls")

VIEWS = '''from django.http import HttpResponse
from django.views.decorators.common import no_append_slash


def home(request, *args, **kwargs):
    return HttpResponse("home")


@no_append_slash
def api(request, *args, **kwargs):
    return HttpResponse("api")
'''


def urls_module(body, head=""):
    return "from django.urls import include, path, re_path\n\n%sfrom mysite import views\n\nurlpatterns = [\n%s]\n" % (head, body)


def case(slug, description, urls, resolve=(), reverse=(), settings=None, extra=None):
    files = {"mysite/__init__.py": "", "mysite/views.py": VIEWS, "mysite/urls.py": urls}
    files.update(extra or {})
    return slug, {
        "kind": "urls",
        "description": description,
        "files": files,
        "root_urlconf": "mysite.urls",
        "settings": settings or {},
        "resolve": [{"path": p} for p in resolve],
        "reverse": list(reverse),
    }


APPEND_SLASH_URLS = urls_module(
    '''    path("x/", views.home, name="x"),
    path("a?b/", views.home, name="question"),
    path("100%/", views.home, name="percent"),
    path("semi;colon/", views.home, name="semicolon"),
    path("with space/", views.home, name="space"),
    path("café/", views.home, name="cafe"),
    path("api/", views.api, name="api"),
    path("api/<int:pk>/", views.api, name="api-item"),
    path("/lead/", views.home, name="lead"),
    path("tab\\t/", views.home, name="tab"),
    path("plus+sign/", views.home, name="plus"),
    path("~user/", views.home, name="tilde"),
    path("quote'/", views.home, name="quote"),
    path("hash#/", views.home, name="hash"),
    path("amp&eq=/", views.home, name="amp"),
    path("emoji-😀/", views.home, name="emoji"),
    path("<slug:s>/", views.home, name="slug"),
'''
)

APPEND_SLASH_PATHS = [
    "/x", "//x", "///x", "/a?b", "/100%", "/100%25", "/semi;colon", "/with space", "/café", "/caf%C3%A9",
    "/api", "/api/7", "/lead", "//lead", "/tab\t", "/plus+sign", "/~user", "/quote'", "/hash#", "/amp&eq=",
    "/emoji-😀", "/some-slug", "/some-slug//", "/x/", "/x\n", "/\u00e9t\u00e9", "/x%2F", "/.", "/..", "/x/../x",
    "/" + "a" * 3000, "/" + "b" * 2040, "/" + "é" * 700, "/\x00", "/x\x7f", "/\u2028",
]

CATCH_ALL_URLS = urls_module(
    '''    path("<path:rest>/", views.home, name="everything"),
'''
)

BROKEN_SLASHED_URLS = '''from django.urls import path, register_converter

from mysite import views


class Picky:
    regex = "[a-z]+"

    def to_python(self, value):
        return {"ok": "ok"}[value]

    def to_url(self, value):
        return value


register_converter(Picky, "picky")

urlpatterns = [
    path("p/<picky:word>/", views.home, name="picky"),
    path("q/", views.home, name="q"),
]
'''

DEBUG_URLS = urls_module('''    path("form/", views.home, name="form"),
''')

QUERY_URLS = urls_module('''    path("search/", views.home, name="search"),
    path("item/<int:pk>/", views.home, name="item"),
''')

QUERIES = [
    0, False, True, 1, 1.5, "", "ab", "a=b", [], [["a", 1]], [["a", 1], ["b", [1, 2]]], [["a", "b", "c"]], [["x"]],
    {}, {"q": ""}, {"q": None}, {"q": [None]}, {"q": []}, {"q": [1, [2, 3]]}, {"q": True}, {"q": 2.5},
    {"é": "ü ?&="}, {"a b": "c d"}, {"": ""}, {"q": {"nested": 1}}, None, ["ab"], [[1, 2]], [[None, None]],
]


CONVERTERS_MODULE = '''class Hex:
    regex = "[0-9a-f]+"

    def to_python(self, value):
        return int(value, 16)

    def to_url(self, value):
        if not isinstance(value, int) or isinstance(value, bool):
            raise ValueError("not an int")
        return format(value, "x")


class Shout:
    """to_url may give text the regex refuses (lowercase)."""

    regex = "[A-Z]+"

    def to_python(self, value):
        return value.lower()

    def to_url(self, value):
        return value


class Num:
    """to_url returns an int (not a str)."""

    regex = "[0-9]+"

    def to_python(self, value):
        return int(value)

    def to_url(self, value):
        return int(value) + 1


class Nothing:
    """to_url returns None."""

    regex = "None|[a-z]+"

    def to_python(self, value):
        return value

    def to_url(self, value):
        return None


class Listy:
    """to_url returns a list."""

    regex = "[^/]+"

    def to_python(self, value):
        return value.split(",")

    def to_url(self, value):
        return list(value)


class Boom:
    """to_url raises TypeError: not a "no match", an error."""

    regex = "[a-z]+"

    def to_python(self, value):
        return value

    def to_url(self, value):
        raise TypeError("boom: %r" % (value,))


class Slashy:
    """to_url gives a text with '/', '?', '#' and spaces that must be quoted."""

    regex = ".+"

    def to_python(self, value):
        return value

    def to_url(self, value):
        return str(value) + "/?# x"


class Lossy:
    """to_url drops what its regex cannot hold."""

    regex = "[0-9]{2}"

    def to_python(self, value):
        return int(value)

    def to_url(self, value):
        return "%02d" % (int(value) % 100)
'''

CONVERTER_URLS = '''from django.urls import include, path, re_path, register_converter

from mysite import converters, views

for name, cls in [("hex", converters.Hex), ("shout", converters.Shout), ("num", converters.Num),
                  ("nothing", converters.Nothing), ("listy", converters.Listy), ("boom", converters.Boom),
                  ("slashy", converters.Slashy), ("lossy", converters.Lossy)]:
    register_converter(cls, name)

inner = [
    path("<hex:h>/", views.home, name="inner-hex"),
    path("s/<shout:word>/", views.home, name="inner-shout"),
]

urlpatterns = [
    path("hex/<hex:h>/", views.home, name="hex"),
    path("hex/<int:h>/", views.home, name="hex"),
    path("shout/<shout:word>/", views.home, name="shout"),
    path("num/<num:n>/", views.home, name="num"),
    path("nothing/<nothing:x>/", views.home, name="nothing"),
    path("listy/<listy:items>/", views.home, name="listy"),
    path("boom/<boom:x>/", views.home, name="boom"),
    path("boom-or-int/<int:x>/", views.home, name="boom-or-int"),
    path("boom-or-int/<boom:x>/", views.home, name="boom-or-int"),
    path("slashy/<slashy:x>/", views.home, name="slashy"),
    path("lossy/<lossy:x>/", views.home, name="lossy"),
    path("mixed/<hex:h>/<shout:word>/", views.home, name="mixed"),
    path("defaults/<int:page>/", views.home, {"page": 1}, name="defaults"),
    path("defaults/", views.home, {"page": 1}, name="defaults"),
    path("extra/<int:n>/", views.home, {"mode": "x"}, name="extra"),
    path("y/<hex:y>/", include(inner)),
    path("ns/<hex:g>/", include((inner, "hexapp"), namespace="hexns")),
    path("kw/<int:n>/", include(inner), {"n": 3}),
    re_path(r"^re/(?P<h>[0-9a-f]+)/$", views.home, name="re-hex"),
]
'''

CONVERTER_CALLS = [
    {"viewname": "hex", "args": [255]},
    {"viewname": "hex", "args": ["ff"]},
    {"viewname": "hex", "kwargs": {"h": 26}},
    {"viewname": "hex", "kwargs": {"h": "26"}},
    {"viewname": "hex", "kwargs": {"h": True}},
    {"viewname": "hex", "args": [-1]},
    {"viewname": "shout", "args": ["ABC"]},
    {"viewname": "shout", "args": ["abc"]},
    {"viewname": "shout", "args": [5]},
    {"viewname": "num", "args": [5]},
    {"viewname": "num", "args": ["5"]},
    {"viewname": "num", "args": ["x"]},
    {"viewname": "nothing", "args": ["anything"]},
    {"viewname": "listy", "args": ["ab"]},
    {"viewname": "listy", "args": [[1, 2]]},
    {"viewname": "boom", "args": ["x"]},
    {"viewname": "boom-or-int", "args": [5]},
    {"viewname": "boom-or-int", "args": ["x"]},
    {"viewname": "slashy", "args": ["a"]},
    {"viewname": "slashy", "args": [""]},
    {"viewname": "lossy", "args": [7]},
    {"viewname": "lossy", "args": [1234]},
    {"viewname": "mixed", "args": [10, "OK"]},
    {"viewname": "mixed", "kwargs": {"word": "OK", "h": 10}},
    {"viewname": "mixed", "kwargs": {"word": "ok", "h": 10}},
    {"viewname": "mixed", "kwargs": {"word": "OK", "h": "ten"}},
    {"viewname": "defaults"},
    {"viewname": "defaults", "kwargs": {"page": 1}},
    {"viewname": "defaults", "kwargs": {"page": 2}},
    {"viewname": "defaults", "kwargs": {"page": "1"}},
    {"viewname": "defaults", "args": [3]},
    {"viewname": "extra", "kwargs": {"n": 1}},
    {"viewname": "extra", "kwargs": {"n": 1, "mode": "x"}},
    {"viewname": "extra", "kwargs": {"n": 1, "mode": "y"}},
    {"viewname": "extra", "kwargs": {"mode": "x"}},
    {"viewname": "extra", "args": [1]},
    {"viewname": "inner-hex", "args": [1, 2]},
    {"viewname": "inner-hex", "kwargs": {"h": 16}},
    {"viewname": "inner-shout", "kwargs": {"h": 16, "word": "HI"}},
    {"viewname": "inner-shout", "kwargs": {"y": 16, "word": "HI"}},
    {"viewname": "inner-hex", "kwargs": {"y": 1, "h": 2}},
    {"viewname": "inner-hex", "kwargs": {"n": 3, "h": 2}},
    {"viewname": "inner-hex", "kwargs": {"n": 4, "h": 2}},
    {"viewname": "inner-shout", "args": ["x", "HI"]},
    {"viewname": "hexns:inner-hex", "kwargs": {"h": 16}},
    {"viewname": "hexns:inner-hex", "kwargs": {"h": 16, "g": 10}},
    {"viewname": "hexns:inner-hex", "kwargs": {"h": 16, "g": "a"}},
    {"viewname": "hexns:inner-hex", "args": [1, 2]},
    {"viewname": "hexapp:inner-shout", "args": [255, "YO"]},
    {"viewname": "hexapp:inner-shout", "args": ["ff", "YO"]},
    {"viewname": "re-hex", "args": [255]},
    {"viewname": "re-hex", "args": ["ff"]},
    {"viewname": "re-hex", "kwargs": {"h": "FF"}},
]

CONVERTER_PATHS = ["/hex/ff/", "/hex/12/", "/shout/ABC/", "/num/5/", "/nothing/None/", "/listy/a,b/", "/boom/x/",
                   "/boom-or-int/x/", "/y/ff/10/", "/ns/ff/s/HI/", "/kw/4/ab/", "/defaults/", "/defaults/3/", "/lossy/07/"]

NAMESPACE_URLS = '''from django.urls import include, path

from mysite import views

polls = ([
    path("", views.home, name="index"),
    path("<int:pk>/", views.home, name="detail"),
    path("sub/", include(([path("leaf/", views.home, name="leaf")], "leafapp"), namespace="leafns")),
], "polls")

urlpatterns = [
    path("author-polls/", include(polls, namespace="author-polls")),
    path("publisher-polls/", include(polls, namespace="publisher-polls")),
    path("polls/", include(polls)),
    path("plain/", include([path("p/", views.home, name="plain"), path("deep/", include(([path("d/", views.home, name="d")], "deepapp")))])),
    path("<int:year>/", include(([path("<slug:s>/", views.home, name="y")], "years"), namespace="years")),
    path("", views.home, name="home"),
]
'''

NAMESPACE_CALLS = [
    {"viewname": "polls:index"},
    {"viewname": "polls:index", "current_app": "author-polls"},
    {"viewname": "polls:index", "current_app": "publisher-polls"},
    {"viewname": "polls:index", "current_app": "nobody"},
    {"viewname": "polls:detail", "args": [3], "current_app": "author-polls"},
    {"viewname": "author-polls:detail", "kwargs": {"pk": 3}},
    {"viewname": "publisher-polls:index", "current_app": "author-polls"},
    {"viewname": "polls:leafapp:leaf"},
    {"viewname": "polls:leafns:leaf"},
    {"viewname": "polls:leafapp:leaf", "current_app": "author-polls:leafns"},
    {"viewname": "author-polls:leafapp:leaf", "current_app": "publisher-polls:leafns"},
    {"viewname": "polls:nope:leaf"},
    {"viewname": "nope:index"},
    {"viewname": "polls:missing"},
    {"viewname": "deepapp:d"},
    {"viewname": "plain"},
    {"viewname": "years:y", "args": [2024, "x"]},
    {"viewname": "years:y", "kwargs": {"year": 2024, "s": "x"}},
    {"viewname": "years:y", "kwargs": {"s": "x"}},
    {"viewname": "years:y", "args": ["x"]},
    {"viewname": ":home"},
    {"viewname": "home:"},
    {"viewname": "polls:"},
    {"viewname": "home", "current_app": "polls"},
]

NAMESPACE_PATHS = ["/author-polls/", "/publisher-polls/3/", "/polls/sub/leaf/", "/plain/deep/d/", "/2024/x/", "/2024/", "/", "/polls/sub/leaf"]

REGEXES = [
    r"^a+b/$", r"^a*b/$", r"^a{3}/$", r"^a{2,4}/$", r"^(?:ab)+/$", r"^(?:x/)?(?P<n>[0-9]+)/$", r"^(?P<a>[0-9]+)?/$",
    r"^x(?=y)/$", r"^x(?!y)/$", r"^(?<=/)y/$", r"^[abc]/$", r"^[^abc]/$", r"^[\]x]/$", r"^\d\w\s\D\W\S/$", r"^a.b/$",
    r"^(a|b)/$", r"^a|b$", r"^(?i)ab/$", r"^(?P<x>[0-9]+)/(?P=x)/$", r"^(?:(?P<a>x)?)?y/$", r"^a+?b/$", r"^\.html$",
    r"^a\|b/$", r"^a+\|b/$", r"^()(?P<n>x)/$", r"^a{b}/$", r"^(x)(y)?/$", r"^(?P<a>\d+)-(\d+)/$", r"^100%/$",
    r"^%(x)s/$", r"^(?P<a>a)(?:-(?P<b>b))?(?:-(?P<c>c))?/$", r"^caf\u00e9/$", r"^\$x/$", r"^x$y", r"^(?#c)x/$",
    r"^(?P<slug>[\w-]+)\.(?P<fmt>json|xml)$", r"^\A/x/\Z", r"^\bx\b/$", r"^(?:a|b)c/$", r"^a{0}b/$",
]


ODD_CONVERTERS = '''class InnerNamed:
    """A regex with a named group of its own: the route's regex has a group no converter owns."""

    regex = "(?P<inner>[0-9]+)"

    def to_python(self, value):
        return int(value)

    def to_url(self, value):
        return str(value)


class InnerUnnamed:
    regex = "([0-9]+)-([a-z]+)"

    def to_python(self, value):
        return value.split("-")

    def to_url(self, value):
        return "-".join(str(v) for v in value)


class Pets:
    regex = "cat|dog"

    def to_python(self, value):
        return value

    def to_url(self, value):
        return value


class Anchored:
    regex = "^[a-z]+$"

    def to_python(self, value):
        return value

    def to_url(self, value):
        return value


class Nothing:
    regex = "[a-z]+"

    def to_python(self, value):
        return None

    def to_url(self, value):
        return value


class Picky:
    regex = "[a-z]+"

    def to_python(self, value):
        raise TypeError("picky about " + value)

    def to_url(self, value):
        return value


class Bytes:
    regex = "[a-z]+"

    def to_python(self, value):
        return value.encode()

    def to_url(self, value):
        return value.encode() if isinstance(value, str) else value


class Optional:
    regex = "[a-z]*"

    def to_python(self, value):
        return value or None

    def to_url(self, value):
        return "" if value is None else value
'''

ODD_CONVERTER_URLS = '''from django.urls import path, register_converter

from mysite import converters, views

for name, cls in [("inner", converters.InnerNamed), ("pair", converters.InnerUnnamed), ("pets", converters.Pets),
                  ("anchored", converters.Anchored), ("nothing", converters.Nothing), ("picky", converters.Picky),
                  ("bytes", converters.Bytes), ("optional", converters.Optional), ("my-conv", converters.Pets)]:
    register_converter(cls, name)

urlpatterns = [
    path("inner/<inner:n>/", views.home, name="inner"),
    path("pair/<pair:p>/", views.home, name="pair"),
    path("pets/<pets:pet>/", views.home, name="pets"),
    path("anchored/<anchored:a>/", views.home, name="anchored"),
    path("nothing/<nothing:x>/", views.home, name="nothing"),
    path("picky/<picky:x>/", views.home, name="picky"),
    path("bytes/<bytes:b>/", views.home, name="bytes"),
    path("optional/<optional:o>/", views.home, name="optional"),
    path("dash/<my-conv:d>/", views.home, name="dash"),
]
'''

ODD_CONVERTER_PATHS = ["/inner/5/", "/pair/5-ab/", "/pets/cat/", "/pets/cow/", "/anchored/abc/", "/nothing/x/", "/picky/x/",
                       "/bytes/ab/", "/optional//", "/optional/a/", "/dash/dog/"]
ODD_CONVERTER_CALLS = [
    {"viewname": "inner", "args": [5]}, {"viewname": "inner", "kwargs": {"n": 5}}, {"viewname": "pair", "args": [[5, "ab"]]},
    {"viewname": "pair", "args": ["5-ab"]}, {"viewname": "pets", "args": ["dog"]}, {"viewname": "pets", "args": ["cow"]},
    {"viewname": "anchored", "args": ["abc"]}, {"viewname": "nothing", "args": ["x"]}, {"viewname": "bytes", "args": ["ab"]},
    {"viewname": "optional", "args": [None]}, {"viewname": "optional", "args": [""]}, {"viewname": "optional", "kwargs": {"o": "z"}},
    {"viewname": "dash", "args": ["cat"]}, {"viewname": "picky", "args": ["x"]},
]

MISSING_REGEX_URLS = '''from django.urls import path, register_converter

from mysite import views


class NoRegex:
    def to_python(self, value):
        return value

    def to_url(self, value):
        return value


register_converter(NoRegex, "noregex")

urlpatterns = [
    path("", views.home, name="home"),
    path("x/<noregex:x>/", views.home, name="x"),
]
'''

DECORATED_VIEWS = '''from django.http import HttpResponse
from django.utils.decorators import method_decorator
from django.views import View
from django.views.decorators.cache import never_cache
from django.views.decorators.common import no_append_slash
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET


def home(request, *args, **kwargs):
    return HttpResponse("home")


@csrf_exempt
@no_append_slash
def exempt_outside(request):
    return HttpResponse()


@no_append_slash
@csrf_exempt
def exempt_inside(request):
    return HttpResponse()


@never_cache
@no_append_slash
def never_cached(request):
    return HttpResponse()


@require_GET
@no_append_slash
def get_only(request):
    return HttpResponse()


class Plain(View):
    should_append_slash = False

    def get(self, request):
        return HttpResponse()


class Dispatched(View):
    @method_decorator(no_append_slash)
    def dispatch(self, request, *args, **kwargs):
        return super().dispatch(request, *args, **kwargs)


def marked(request):
    return HttpResponse()


marked.should_append_slash = 0


def marked_truthy(request):
    return HttpResponse()


marked_truthy.should_append_slash = "no"
'''

DECORATED_URLS = '''from django.urls import path

from mysite import views

urlpatterns = [
    path("outside/", views.exempt_outside),
    path("inside/", views.exempt_inside),
    path("never/", views.never_cached),
    path("get/", views.get_only),
    path("plain/", views.Plain.as_view()),
    path("dispatched/", views.Dispatched.as_view()),
    path("marked/", views.marked),
    path("truthy/", views.marked_truthy),
]
'''


TYPO_URLS = urls_module('''    path("", views.home, name="home"),
    path("about/", views.abuot, name="about"),
''')

TYPO_AFTER_REGISTER_URLS = '''from django.urls import path, register_converter

from mysite import views


class Year:
    regex = "[0-9]{4}"

    def to_python(self, value):
        return int(value)

    def to_url(self, value):
        return "%04d" % value


register_converter(Year, "year")

urlpatterns = [
    path("<year:y>/", views.home, name="year"),
    path("about/", views.abuot, name="about"),
]
'''

HANDLER_TYPO_URLS = urls_module('''    path("", views.home, name="home"),
''') + "handler404 = views.page_not_fuond\n"


def regex_case(i, regex):
    urls = urls_module("    re_path(%s, views.home, name=\"r\"),\n" % json.dumps(regex, ensure_ascii=False))
    calls = [{"viewname": "r"}, {"viewname": "r", "args": ["x"]}, {"viewname": "r", "args": [1, 2]},
             {"viewname": "r", "kwargs": {"n": 1}}, {"viewname": "r", "kwargs": {"a": 1}},
             {"viewname": "r", "kwargs": {"x": 5}}, {"viewname": "r", "kwargs": {"slug": "a-b", "fmt": "json"}},
             {"viewname": "r", "kwargs": {"a": "a", "c": "c"}}]
    paths = ["/ab/", "/aaa/", "/5/", "/x/", "/xy/", "/b/", "/a/", "/5/5/", "/y/", "/a-b.json", "/a-b-c/"]
    return case("regex-%02d" % i, "A re_path() regex read backwards by reverse(), and matched: %s" % regex, urls, paths, calls)


def cases():
    yield case("append-slash-unusual-paths", "APPEND_SLASH redirects for unusual paths: '//', '?', '%', ';', spaces, unicode, "
               "control characters, long paths, @no_append_slash.", APPEND_SLASH_URLS, APPEND_SLASH_PATHS)
    yield case("append-slash-catch-all", "APPEND_SLASH with a catch-all <path:> route: almost any path gets a slash.",
               CATCH_ALL_URLS, ["/x", "//x", "/a/b", "/a b/c", "/%", "/\u00e9", "/x/", "/", "/x\n", "/?", "/#"])
    yield case("append-slash-debug-on", "APPEND_SLASH with DEBUG on (a GET still redirects).", DEBUG_URLS,
               ["/form", "//form", "/forms"], settings={"DEBUG": True})
    yield case("append-slash-off", "APPEND_SLASH off: no redirect for any path.", APPEND_SLASH_URLS,
               ["/x", "//x", "/api", "/café"], settings={"APPEND_SLASH": False})
    yield case("append-slash-slashed-path-errors", "The slashed path's converter raises KeyError: the error escapes.",
               BROKEN_SLASHED_URLS, ["/p/ok", "/p/nope", "/q", "/p/ok/"])
    yield case("append-slash-script-name", "APPEND_SLASH with FORCE_SCRIPT_NAME (the redirect does not add it).", DEBUG_URLS,
               ["/form", "//form"], settings={"FORCE_SCRIPT_NAME": "/prefix"},
               reverse=[{"viewname": "form"}])
    yield case("query-values", "reverse(query=...) with every JSON kind of value.", QUERY_URLS,
               reverse=[{"viewname": "search", "query": q} for q in QUERIES]
               + [{"viewname": "item", "args": [1], "query": q, "fragment": "f"} for q in (0, "", {}, [["a", "b"]])]
               + [{"viewname": "search", "fragment": f} for f in ("", "é ü", "#", "a?b", 0)])
    yield case("converter-reverse", "How reverse() uses converters' to_url: ValueError, non-str results, output the regex "
               "refuses, TypeError, defaults and extra kwargs, include() prefixes and namespaces.", CONVERTER_URLS,
               CONVERTER_PATHS, CONVERTER_CALLS, extra={"mysite/converters.py": CONVERTERS_MODULE})
    yield case("namespaces", "Instance and application namespaces, current_app, nested and missing namespaces.",
               NAMESPACE_URLS, NAMESPACE_PATHS, NAMESPACE_CALLS)
    yield case("script-prefix", "FORCE_SCRIPT_NAME is the script prefix of reverse().", QUERY_URLS,
               reverse=[{"viewname": "search"}, {"viewname": "item", "args": [5], "query": {"a": 1}}],
               settings={"FORCE_SCRIPT_NAME": "/my%prefix"})
    yield case("converter-oddities", "Converters with groups in their regex, alternation, anchors, None or bytes from "
               "to_python/to_url, a TypeError in to_python, an empty match, a dash in the name.",
               ODD_CONVERTER_URLS, ODD_CONVERTER_PATHS, ODD_CONVERTER_CALLS, extra={"mysite/converters.py": ODD_CONVERTERS})
    yield case("converter-without-regex", "A registered converter without a regex: the route cannot be made.",
               MISSING_REGEX_URLS, ["/"], [{"viewname": "home"}])
    yield case("append-slash-decorated-views", "APPEND_SLASH and views whose no_append_slash mark is under other decorators, "
               "on a class, on dispatch(), or set by hand to a false or true value.", DECORATED_URLS,
               ["/outside", "/inside", "/never", "/get", "/plain", "/dispatched", "/marked", "/truthy"],
               extra={"mysite/views.py": DECORATED_VIEWS})
    yield case("urlconf-attribute-error", "urls.py names a view that does not exist (AttributeError while importing it).",
               TYPO_URLS, ["/"], [{"viewname": "home"}])
    yield case("urlconf-attribute-error-after-register", "urls.py registers a converter, then names a view that does not "
               "exist: the checks import it twice, and the second import finds the converter registered.",
               TYPO_AFTER_REGISTER_URLS, ["/2024/"], [{"viewname": "year", "args": [2024]}])
    yield case("urlconf-attribute-error-in-handler", "urls.py sets handler404 to a view that does not exist.",
               HANDLER_TYPO_URLS, ["/"], [{"viewname": "home"}])
    for i, regex in enumerate(REGEXES):
        yield regex_case(i, regex)


def main():
    os.makedirs(OUT, exist_ok=True)
    for slug, data in cases():
        with open(os.path.join(OUT, "urls-edges-%s.json" % slug), "w", encoding="utf-8") as out:
            json.dump(data, out, ensure_ascii=False, indent=1)
            out.write("\n")


if __name__ == "__main__":
    main()
