"""Python cases for what URL cases cannot say: django.urls' Python API itself.

    python3 tools/oracle/generators/urls_python.py

writes tools/oracle/inputs/python/urls-*.json (inputs only; record.py adds what real Django
answers). Each snippet configures settings for a small project (mysite/urls.py below), then
leaves what it found in `result`: ResolverMatch's repr, items and attributes, str() and repr()
of patterns and resolvers, reverse_lazy(), reverse(query=) with a QueryDict and other
mappings, the script prefix and the per-thread URLconf, get_callable(), register_converter(),
the errors of path() and include(), static(), the reverse tables readers can see, CommonMiddleware
outside the URL cases' single question, and normalize().
"""

import json
import os
import textwrap

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "inputs", "python")

VIEWS = '''from functools import partial

from django.http import HttpResponse
from django.views import View
from django.views.decorators.common import no_append_slash


def home(request, *args, **kwargs):
    return HttpResponse("home")


def detail(request, *args, **kwargs):
    return HttpResponse("detail")


@no_append_slash
def api(request, *args, **kwargs):
    return HttpResponse("api")


class PostView(View):
    def get(self, request, *args, **kwargs):
        return HttpResponse("post")


class Endpoint:
    def __call__(self, request, *args, **kwargs):
        return HttpResponse("endpoint")


endpoint = Endpoint()
printer = partial(print)
'''

URLS = '''from django.urls import include, path, re_path

from mysite import views

blog = ([
    path("", views.home, name="index"),
    path("<slug:slug>/", views.detail, {"source": "blog"}, name="post"),
    re_path(r"^archive/(?P<year>[0-9]{4})/(?:page-(?P<page>[0-9]+)/)?$", views.detail, name="archive"),
], "blog")

urlpatterns = [
    path("", views.home, name="home"),
    path("blog/", include(blog, namespace="news")),
    path("<int:year>/", include([re_path(r"^([a-z]+)/$", views.detail, name="positional")]), {"section": "years"}),
    re_path(r"^n/([0-9]+)/([a-z]+)/$", views.detail, name="numbers"),
    path("post/", views.PostView.as_view(), name="post-view"),
    path("endpoint/", views.endpoint),
    path("printer/", views.printer),
    path("api/", views.api, name="api"),
    path("form/", views.home, name="form"),
]
'''

FILES = {"mysite/__init__.py": "", "mysite/views.py": VIEWS, "mysite/urls.py": URLS}

SETUP = '''import django
from django.conf import settings

settings.configure(ROOT_URLCONF="mysite.urls", INSTALLED_APPS=[], ALLOWED_HOSTS=["*"], SECRET_KEY="x" * 50{extra})
django.setup()
'''


def snippet(code, extra=""):
    return SETUP.format(extra=extra) + textwrap.dedent(code)


CASES = {
    "resolver-match-api": (
        "ResolverMatch: repr, unpacking, attributes, for nested include()s, captured args and extra kwargs.",
        """
        from django.urls import resolve
        result = {}
        for path in ["/", "/blog/hello/", "/blog/archive/2024/page-2/", "/blog/archive/2024/", "/2024/abc/", "/n/5/x/",
                     "/post/", "/endpoint/", "/printer/"]:
            match = resolve(path)
            func, args, kwargs = match
            result[path] = {
                "repr": repr(match),
                "items": [func is match.func, list(args), sorted(kwargs)],
                "getitem": [match[1], sorted(match[2])],
                "attributes": [match.url_name, match.app_name, match.app_names, match.namespace, match.namespaces,
                               match.route, match.view_name, match._func_path, len(match.tried)],
                "tried": [[str(p.pattern) for p in entry] for entry in match.tried],
                "captured": [sorted(match.captured_kwargs), sorted(match.extra_kwargs)],
            }
        """,
    ),
    "resolver-match-pickle": (
        "A ResolverMatch cannot be pickled.",
        """
        import pickle
        from django.urls import resolve
        pickle.dumps(resolve("/"))
        """,
    ),
    "resolver-404-args": (
        "What Resolver404 carries: the remaining path and every pattern tried.",
        """
        from django.urls import Resolver404, resolve, get_resolver
        result = {}
        for path in ["/nope/", "/blog/nope/", "/2024/", "nope", ""]:
            try:
                resolve(path)
            except Resolver404 as error:
                info = error.args[0]
                result[repr(path)] = {"keys": sorted(info), "path": info["path"],
                    "tried": [[str(p.pattern) for p in entry] for entry in info.get("tried", [])],
                    "types": [[type(p).__name__ for p in entry] for entry in info.get("tried", [])][:3],
                    "str": str(error)[:60]}
        """,
    ),
    "pattern-str-and-repr": (
        "str() and repr() of patterns and resolvers, describe(), and a pattern's regex.",
        """
        from django.urls import get_resolver
        from django.urls.resolvers import RoutePattern, RegexPattern
        root = get_resolver()
        result = {"root": repr(root), "patterns": []}
        for entry in root.url_patterns:
            result["patterns"].append([repr(entry), str(entry.pattern), entry.pattern.describe(), entry.pattern.regex.pattern,
                                       type(entry.pattern).__name__, sorted(entry.pattern.converters)])
        include = root.url_patterns[1]
        result["include"] = [repr(include), include.app_name, include.namespace, include.default_kwargs, include.callback]
        result["years"] = repr(root.url_patterns[2])
        p = RoutePattern("x/<int:pk>/<slug>", name="n", is_endpoint=True)
        result["route"] = [str(p), p.describe(), p.regex.pattern, p.match("x/5/a-b"), p.match("x/5/a b")]
        r = RegexPattern(r"^a(?P<x>b)?(c)$", is_endpoint=True)
        result["regex"] = [str(r), r.describe(), r.match("abc"), r.match("ac"), r.match("ac\\n")]
        """,
    ),
    "reverse-lazy": (
        "reverse_lazy(): a lazy str, evaluated when used.",
        """
        from django.urls import reverse_lazy, resolve
        lazy = reverse_lazy("news:post", kwargs={"slug": "hi"})
        result = [str(lazy), lazy + "?x", f"{lazy}", resolve(lazy).url_name, type(lazy).__name__ != "str",
                  str(reverse_lazy("home", query={"a": 1}, fragment="f"))]
        """,
    ),
    "reverse-query-mappings": (
        "reverse(query=...) with a MultiValueDict, something that only looks like a QueryDict, a generator, empty things.",
        """
        from django.urls import reverse
        from django.utils.datastructures import MultiValueDict

        class LooksLikeAQueryDict:
            def urlencode(self):
                return "from=urlencode"

            def items(self):
                return [("from", "items")]

        def attempt(query):
            try:
                return reverse("home", query=query)
            except Exception as error:
                return [type(error).__name__, str(error)]

        # (A QueryDict encodes itself with its urlencode(): not asked here, ours has none yet.)
        result = [attempt(q) for q in [MultiValueDict({"a": ["1", "2"]}),
                                        LooksLikeAQueryDict(), (pair for pair in [("g", 1)]), {"g": iter([1, 2])}.keys(),
                                        {"a": {"b": 1}}, {"a": b"\\xc3\\xa9"}, [("a", None)], {"a": [None]}, {1: 2}, object(),
                                        0, False, 0.0, "", b"", [], (), set(), frozenset()]]
        """,
    ),
    "reverse-arguments": (
        "reverse() with odd args and kwargs: a string as args, a non-mapping as kwargs, both at once, None.",
        """
        from django.urls import reverse

        def attempt(*args, **kwargs):
            try:
                return reverse(*args, **kwargs)
            except Exception as error:
                return [type(error).__name__, str(error)]

        result = [
            attempt("numbers", args="5x"), attempt("numbers", args=("5", "x")), attempt("numbers", args=[5, "x"]),
            attempt("numbers", kwargs=[("a", 1)]), attempt("numbers", args=[1], kwargs={"a": 1}),
            attempt("numbers", args=[], kwargs={}), attempt("home", args=None, kwargs=None),
            attempt("news:post", args=["x"]), attempt("news:post", kwargs={"slug": "x", "source": "blog"}),
            attempt("news:post", kwargs={"slug": "x", "source": "other"}), attempt("positional", args=[2024, "ab"]),
            attempt("positional", kwargs={"year": 2024}), attempt("news:archive", kwargs={"year": "2024"}),
            attempt("news:archive", kwargs={"year": "2024", "page": 3}), attempt("news:archive", args=["2024", 3]),
            attempt("news:archive", args=["2024"]), attempt(None), attempt(""), attempt(":"), attempt("home", current_app="news"),
        ]
        """,
    ),
    "reverse-by-callable": (
        "reverse() given the view itself: functions, as_view() views, instances; unknown ones.",
        """
        from django.urls import reverse, NoReverseMatch
        from mysite import views

        def attempt(view):
            try:
                return reverse(view)
            except NoReverseMatch as error:
                return str(error)

        result = [attempt(views.home), attempt(views.api), attempt(views.endpoint), attempt(views.printer),
                  attempt(views.PostView), attempt(print)]
        """,
    ),
    "reverse-tables": (
        "The reverse tables a reader can look at: names, namespaces, application namespaces.",
        """
        from django.urls import get_resolver
        from mysite import views
        resolver = get_resolver()
        names = sorted(key for key in resolver.reverse_dict if isinstance(key, str))
        result = {
            "names": names,
            "home": [[list(map(list, s)) for s in c[0]] + [c[1], c[2]] for c in resolver.reverse_dict.getlist("home")],
            "positional": [[list(map(list, s)) for s in c[0]] + [c[1], c[2]] for c in resolver.reverse_dict.getlist("positional")],
            "by_view": len(resolver.reverse_dict.getlist(views.home)),
            "namespaces": {ns: [prefix, repr(r)] for ns, (prefix, r) in resolver.namespace_dict.items()},
            "apps": resolver.app_dict,
            "inner": sorted(k for k in resolver.namespace_dict["news"][1].reverse_dict if isinstance(k, str)),
        }
        """,
    ),
    "script-prefix-and-urlconf": (
        "set_script_prefix(), get_script_prefix(), clear_script_prefix(); set_urlconf() and get_urlconf().",
        """
        import sys, types
        from django.urls import (reverse, get_script_prefix, set_script_prefix, clear_script_prefix, set_urlconf,
                                 get_urlconf, resolve, path, Resolver404)
        from mysite import views
        other = types.ModuleType("other_urls")
        other.urlpatterns = [path("other/", views.home, name="home")]
        sys.modules["other_urls"] = other
        result = [get_script_prefix(), reverse("home")]
        set_script_prefix("/mount")
        result += [get_script_prefix(), reverse("home"), reverse("news:post", args=["x"])]
        set_script_prefix("/100%/")
        result += [get_script_prefix(), reverse("home")]
        clear_script_prefix()
        result += [get_script_prefix(), get_urlconf(), get_urlconf("dflt")]
        set_urlconf("other_urls")
        result += [get_urlconf(), reverse("home"), resolve("/other/").url_name]
        set_urlconf("")
        result += [get_urlconf("dflt"), reverse("home")]
        set_urlconf(None)
        result += [reverse("home", urlconf="other_urls"), resolve("/other/", urlconf="other_urls").route]
        """,
    ),
    "get-callable": (
        "get_callable() and get_mod_func(): views named by dotted path, and each way that fails.",
        """
        from django.urls import get_callable, get_mod_func
        def attempt(arg):
            try:
                found = get_callable(arg)
                return getattr(found, "__name__", type(found).__name__)
            except Exception as error:
                return [type(error).__name__, str(error)]
        result = [attempt(x) for x in ["mysite.views.home", "mysite.views.nope", "mysite.nope.view", "nope.nope.view",
                                       "home", "mysite.views.VIEWS_NOT", "os.sep", "os.path.join", 5, len, "mysite.views"]]
        result += [list(get_mod_func(x)) for x in ["a.b.c", "abc", ".x", "x.", ""]]
        """,
    ),
    "register-converter": (
        "register_converter(): once per name, built-in names included; an instance instead of a class.",
        """
        from django.urls import register_converter
        from django.urls.converters import get_converters, IntConverter, StringConverter, SlugConverter, PathConverter, UUIDConverter
        class Year:
            regex = "[0-9]{4}"
            def to_python(self, value):
                return int(value)
            def to_url(self, value):
                return "%04d" % value
        def attempt(*args):
            try:
                register_converter(*args)
                return "ok"
            except Exception as error:
                return [type(error).__name__, str(error)]
        result = [attempt(Year, "year"), attempt(Year, "year"), attempt(Year, "int"), attempt(Year(), "year2"), "year" in get_converters(),
                  type(get_converters()["year"]).__name__]
        result += [[c.regex, repr(c().to_python("12")), repr(c().to_url(12) if c is IntConverter else c().to_url("12"))]
                   for c in (IntConverter, StringConverter, SlugConverter, PathConverter)]
        u = UUIDConverter()
        result += [u.regex, repr(u.to_python("39da9369-838e-4750-91a5-f7805cd82839")), u.to_url(u.to_python("39da9369-838e-4750-91a5-f7805cd82839"))]
        """,
    ),
    "path-and-include-errors": (
        "What path(), re_path() and include() refuse, with Django's messages.",
        """
        from django.urls import include, path, re_path
        from django.views import View
        from mysite import views
        def attempt(make):
            try:
                made = make()
                return repr(made) if not isinstance(made, tuple) else [repr(x) for x in made]
            except Exception as error:
                return [type(error).__name__, str(error)]
        result = [
            attempt(lambda: path("x/", views.home, ["not", "a", "dict"])),
            attempt(lambda: path("x/", View())),
            attempt(lambda: path("x/", "mysite.views.home")),
            attempt(lambda: path("x/", None)),
            attempt(lambda: path("x/", ([], "app"))),
            attempt(lambda: path("<bad:x>/", ([], "app"))),
            attempt(lambda: include(([], "a", "b"))),
            attempt(lambda: include(([], "a", "b"), namespace="n")),
            attempt(lambda: include([], namespace="n")),
            attempt(lambda: include(([], None), namespace="n")),
            attempt(lambda: include(([], ""), namespace="n")),
            attempt(lambda: include(([], "app"))),
            attempt(lambda: include("mysite.urls")),
            attempt(lambda: include("mysite.nope")),
            attempt(lambda: path("x/")),
            attempt(lambda: path("x/", views.home, name="n", extra=1)),
            attempt(lambda: path("<int:a b>/", views.home)),
            attempt(lambda: path("<int:1a>/", views.home)),
            attempt(lambda: path("<:a>/", views.home)),
            attempt(lambda: path("<int:>/", views.home)),
            attempt(lambda: path("<a:b:c>/", views.home)),
            attempt(lambda: path("<<a>/", views.home)),
            attempt(lambda: path("<>/<a>", views.home)),
            attempt(lambda: path("<int:a\\u00a0>/", views.home)),
            attempt(lambda: path("<é>/", views.home)),
            attempt(lambda: path(5, views.home)),
            attempt(lambda: re_path(r"^(?P<a>x", views.home)),
            attempt(lambda: re_path(r"^(?P<a>x", views.home).pattern.regex),
        ]
        """,
    ),
    "static-helper": (
        "static(): one pattern with DEBUG on and a local prefix; none otherwise; an empty prefix refused.",
        """
        from django.conf.urls.static import static
        from django.urls import resolve
        def attempt(*args, **kwargs):
            try:
                found = static(*args, **kwargs)
                return [[str(p.pattern), p.default_args, p.callback.__name__] for p in found]
            except Exception as error:
                return [type(error).__name__, str(error)]
        result = [attempt("/media/", document_root="/srv"), attempt("media/"), attempt("https://cdn.example.com/m/"),
                  attempt("//cdn.example.com/m/"), attempt(""), attempt(None), attempt("/a.b+c/", show_indexes=True)]
        """,
        ", DEBUG=True",
    ),
    "static-helper-debug-off": (
        "static() with DEBUG off: no patterns at all.",
        """
        from django.conf.urls.static import static
        result = [static("/media/"), static("https://cdn.example.com/")]
        try:
            static("")
        except Exception as error:
            result.append([type(error).__name__, str(error)])
        """,
    ),
    "common-middleware": (
        "CommonMiddleware beyond the URL cases: PREPEND_WWW, query strings, DEBUG with POST, user agents, Content-Length.",
        """
        import re
        from django.conf import settings
        from django.http import HttpRequest, HttpResponse, HttpResponseNotFound
        from django.middleware.common import CommonMiddleware

        class Request(HttpRequest):
            # The host as the request names it (HttpRequest's own get_host() validates it first).
            scheme = "http"

            def get_host(self):
                return self.META["HTTP_HOST"]

        def request(path, method="GET", query="", host="example.com", agent=None):
            r = Request()
            r.method = method
            r.path = r.path_info = path
            r.META = {"SERVER_NAME": "testserver", "SERVER_PORT": "80", "HTTP_HOST": host, "QUERY_STRING": query}
            if agent:
                r.META["HTTP_USER_AGENT"] = agent
            return r

        def outcome(make):
            try:
                response = make()
            except Exception as error:
                return [type(error).__name__, str(error)]
            if response is None:
                return None
            return [response.status_code, response.get("Location"), response.get("Content-Length"), type(response).__name__]

        mw = CommonMiddleware(lambda r: HttpResponseNotFound("nope"))
        result = {
            "404 with slash": outcome(lambda: mw.process_response(request("/form", query="a=1&b=%C3%A9"), HttpResponseNotFound())),
            "404 query unicode": outcome(lambda: mw.process_response(request("/form", query="q=é"), HttpResponseNotFound())),
            "200 untouched": outcome(lambda: mw.process_response(request("/form"), HttpResponse("hello"))),
            "no_append_slash": outcome(lambda: mw.process_response(request("/api"), HttpResponseNotFound())),
            "request no www": outcome(lambda: mw.process_request(request("/form"))),
            "call": outcome(lambda: mw(request("/form"))),
        }
        settings.PREPEND_WWW = True
        result["prepend www"] = outcome(lambda: mw.process_request(request("/form", query="x=1")))
        result["prepend www, has www"] = outcome(lambda: mw.process_request(request("/form", host="www.example.com")))
        result["prepend www, slash"] = outcome(lambda: mw.process_request(request("/form/")))
        result["prepend www, other"] = outcome(lambda: mw.process_request(request("/nope")))
        settings.PREPEND_WWW = False
        settings.DEBUG = True
        result["debug post"] = outcome(lambda: mw.process_response(request("/form", method="POST"), HttpResponseNotFound()))
        result["debug get"] = outcome(lambda: mw.process_response(request("/form"), HttpResponseNotFound()))
        settings.DEBUG = False
        result["post"] = outcome(lambda: mw.process_response(request("/form", method="POST"), HttpResponseNotFound()))
        settings.DISALLOWED_USER_AGENTS = [re.compile(r"^BadBot")]
        result["bad agent"] = outcome(lambda: mw.process_request(request("/", agent="BadBot/1.0")))
        result["good agent"] = outcome(lambda: mw.process_request(request("/", agent="GoodBot BadBot")))
        settings.DISALLOWED_USER_AGENTS = ["^BadBot"]
        result["agent as a string"] = outcome(lambda: mw.process_request(request("/", agent="BadBot")))
        """,
    ),
    "normalize": (
        "django.utils.regex_helper.normalize() on patterns reverse() meets.",
        """
        from django.utils.regex_helper import normalize
        patterns = [
            r"^$", r"^blog/(?P<slug>[-\\w]+)/$", r"^(\\d+)/(\\w+)?/$", r"^a+b*c?d{2}e{1,3}/$", r"^(?:x/)?(?P<n>\\d+)/$",
            r"^(?P<a>x)(?:-(?P<b>y))?(?:-(?P<c>z))?$", r"^[abc][^x][\\]a]\\.\\$$", r"^a|b$", r"^(a|b)$", r"^(?i)x$", r"^(?#c)x$",
            r"^x(?=y)(?!z)(?<=a)(?<!b)$", r"^(?P<x>a)(?P=x)$", r"^a{,3}$", r"^a{2,}?b$", r"^\\bx\\B\\Ay\\Z$", r"^100%/$",
            r"^(()a)$", r"^(?:(?P<a>x)?)?y$", r"^a*?\\(b$", r"^a+\\|b$", r"^a{b}$", "", "^", "$", r"^(?P<x>a", "^a\\\\",
        ]
        result = {}
        for p in patterns:
            try:
                result[p] = [[text, params] for text, params in normalize(p)]
            except Exception as error:
                result[p] = [type(error).__name__, str(error)]
        """,
    ),
    "check-url-functions": (
        "The URL check functions a reader may call: check_resolver(), get_warning_for_invalid_pattern(), E006().",
        """
        from django.core.checks.urls import check_resolver, get_warning_for_invalid_pattern, E006, _load_all_namespaces
        from django.urls import get_resolver, path
        from mysite import views
        def show(messages):
            return [[m.id, m.msg, m.hint] for m in messages]
        result = [show(check_resolver(get_resolver())), show(get_warning_for_invalid_pattern("blog/")),
                  show(get_warning_for_invalid_pattern(("a", "b"))), show(get_warning_for_invalid_pattern(5)),
                  show([E006("STATIC_URL")]), _load_all_namespaces(get_resolver()),
                  show(check_resolver(path("/x/<int:a>/<b", views.PostView, name="n:m"))), show(check_resolver("x"))]
        """,
    ),
}


def main():
    os.makedirs(OUT, exist_ok=True)
    for slug, spec in CASES.items():
        description, code = spec[0], spec[1]
        extra = spec[2] if len(spec) > 2 else ""
        case = {"kind": "python", "description": description, "files": FILES, "code": snippet(code, extra)}
        with open(os.path.join(OUT, "urls-%s.json" % slug), "w", encoding="utf-8") as out:
            json.dump(case, out, ensure_ascii=False, indent=1)
            out.write("\n")


if __name__ == "__main__":
    main()
