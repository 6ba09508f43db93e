"""Random URLconfs for the URL checks: differential cases for urls.W001-W010, E004-E009, 2_0.W001.

    python3 tools/oracle/generators/urls_checks.py [--count N] [--seed S]

writes tools/oracle/inputs/urls/urls-checks-NNN.json (inputs only; record.py adds what real
Django answers). Each URLconf mixes, at random: routes starting with '/' (in endpoints and in
include() prefixes, with and without a trailing slash), routes that look like regexes ('^', '$',
'(?P<'), unmatched '<' and '>', names with ':', class-based views given without as_view(),
entries that are not patterns (a string, a tuple, a list, None), re_path() include()s ending in
'$' or '\\$', namespaces used twice at different depths, and error handlers (good, not
importable, not callable, taking the wrong arguments). Settings vary APPEND_SLASH, STATIC_URL,
MEDIA_URL and SILENCED_SYSTEM_CHECKS. A few paths are resolved and a name reversed too.
"""

import argparse
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "inputs", "urls")

VIEWS = '''from django.http import HttpResponse
from django.views import View
from django.views.generic import TemplateView


def home(request, *args, **kwargs):
    return HttpResponse("home")


class PostView(View):
    def get(self, request, *args, **kwargs):
        return HttpResponse("post")


class AboutView(TemplateView):
    template_name = "about.html"


def bad_request(request, exception):
    return HttpResponse(status=400)


def no_exception(request):
    return HttpResponse(status=404)


def server_error(request):
    return HttpResponse(status=500)


def too_many(request, exception, extra):
    return HttpResponse(status=500)


def flexible(*args, **kwargs):
    return HttpResponse(status=500)


class HandlerView(View):
    def get(self, request, *args, **kwargs):
        return HttpResponse(status=404)


NOT_CALLABLE = "just a string"
'''

ROUTES = ["about/", "/about/", "/blog", "^blog/$", "blog/(?P<slug>[a-z]+)/", "x$", "<int:pk", "pk>/", "<<int:a>/", "a>b<c/",
          "", "posts/<slug:slug>/", "/lead/<int:n>/", "$", "^", "<int:a>/<b>/>", "(?P<x>"]
REGEXES = [r"^about/$", r"^/about/$", r"^\/x/$", r"/y$", r"^blog/", r"^blog/$", r"^blog/\$", r"^$", r"^/", r"(?P<a>[0-9]+)/$", r"^/blog/"]
VIEW_EXPRESSIONS = ["views.home", "views.PostView", "views.PostView.as_view()", "views.AboutView", "views.AboutView.as_view()"]
NAMES = [None, None, "home", "a:b", "ns:x:y", "post", ":", "plain"]
JUNK = ['"blog/"', '("about/", "mysite.views.home")', "[path(\"x/\", views.home)]", "None", '"^$"', "42"]
HANDLERS = [
    None, '"mysite.views.bad_request"', '"mysite.views.no_exception"', '"mysite.views.server_error"', '"mysite.views.too_many"',
    '"mysite.views.flexible"', '"mysite.views.missing"', '"mysite.nope.view"', '"nope.views.view"', '"mysite.views.NOT_CALLABLE"',
    '"noddot"', "views.no_exception", "views.HandlerView.as_view()", "views.too_many", "views.flexible",
]


def entry(rng, depth, namespaces):
    roll = rng.random()
    if roll < 0.08:
        return rng.choice(JUNK)
    if depth < 2 and roll < 0.35:
        if rng.random() < 0.5:
            route = 'r"%s"' % rng.choice(REGEXES[4:])
            func = "re_path"
        else:
            route = json.dumps(rng.choice(["blog/", "/blog/", "/blog", "shop/", "", "^x/", "v<int:n>/"]))
            func = "path"
        inner = ", ".join(entry(rng, depth + 1, namespaces) for _ in range(rng.randint(0, 3)))
        namespace = rng.choice([None, None, "blog", "shop", "blog"])
        if namespace:
            namespaces.append(namespace)
            target = '([%s], "%s")' % (inner, namespace)
            extra = ', namespace="%s"' % rng.choice([namespace, namespace, "dup"]) if rng.random() < 0.4 else ""
            return "%s(%s, include(%s%s))" % (func, route, target, extra)
        return "%s(%s, include([%s]))" % (func, route, inner)
    view = rng.choice(VIEW_EXPRESSIONS)
    name = rng.choice(NAMES)
    suffix = ", name=%s" % json.dumps(name) if name else ""
    if rng.random() < 0.6:
        return "path(%s, %s%s)" % (json.dumps(rng.choice(ROUTES)), view, suffix)
    return "re_path(r\"%s\", %s%s)" % (rng.choice(REGEXES), view, suffix)


def make_case(seed):
    rng = random.Random(seed)
    namespaces = []
    entries = [entry(rng, 0, namespaces) for _ in range(rng.randint(1, 6))]
    lines = ["from django.urls import include, path, re_path", "", "from mysite import views", "", "urlpatterns = ["]
    lines += ["    %s," % e for e in entries]
    lines.append("]")
    for code in (400, 403, 404, 500):
        handler = rng.choice(HANDLERS) if rng.random() < 0.35 else None
        if handler:
            lines.append("handler%d = %s" % (code, handler))
    settings = {}
    if rng.random() < 0.25:
        settings["APPEND_SLASH"] = False
    if rng.random() < 0.25:
        settings["STATIC_URL"] = rng.choice(["static", "/static/", "https://cdn.example.com/s", ""])
    if rng.random() < 0.25:
        settings["MEDIA_URL"] = rng.choice(["media", "/media/", "/m"])
    if rng.random() < 0.2:
        settings["SILENCED_SYSTEM_CHECKS"] = rng.sample(["urls.W002", "urls.E004", "2_0.W001", "urls.W005", "urls.E009"], 2)
    return {
        "kind": "urls",
        "description": "Random URLconf #%d for the URL checks (generators/urls_checks.py)." % seed,
        "files": {"mysite/__init__.py": "", "mysite/views.py": VIEWS, "mysite/urls.py": "\n".join(lines) + "\n"},
        "root_urlconf": "mysite.urls",
        "settings": settings,
        "resolve": [{"path": p} for p in rng.sample(["/", "/about/", "/about", "/blog/", "//about/", "/x", "/blog/about/"], 3)],
        "reverse": [{"viewname": rng.choice(["home", "post", "a:b", "blog:home", "plain"])}],
    }


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=40)
    parser.add_argument("--seed", type=int, default=0)
    options = parser.parse_args()
    os.makedirs(OUT, exist_ok=True)
    for i in range(options.count):
        case = make_case(options.seed + i)
        with open(os.path.join(OUT, "urls-checks-%03d.json" % i), "w", encoding="utf-8") as out:
            json.dump(case, out, ensure_ascii=False, indent=1)
            out.write("\n")


if __name__ == "__main__":
    main()
