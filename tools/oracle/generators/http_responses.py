"""Writes http inputs for what views answer and how templates render: HttpResponse,
JsonResponse (safe=False and not), redirects (temporary, permanent, to URL names, refused
schemes), StreamingHttpResponse, FileResponse of a project file, HEAD, 405 from require_POST and
class-based views, cookies a view sets, and the template language (variables, filters,
autoescape, if / for / url / static / csrf_token / extends / include, and its errors).

    python3 tools/oracle/generators/http_responses.py
    python3 tools/oracle/record.py --out tools/oracle/cases tools/oracle/inputs/http/oracle-responses-*.json
"""

from http_project import COMMON, DEFAULT_STACK, SITE, case, get, post, write

RESPONSE_CASES = [
    case(
        "http-response-options",
        "HttpResponse with a status, a content type with another charset, a reason phrase of its own, and bytes.",
        [get(f"{SITE}/created/"), get(f"{SITE}/text/"), get(f"{SITE}/teapot/"), get(f"{SITE}/bytes/")],
        middleware=[COMMON],
        views='''
        def created(request):
            return HttpResponse("made", status=201)


        def text(request):
            return HttpResponse("caf\\u00e9", content_type="text/plain; charset=latin-1")


        def teapot(request):
            return HttpResponse("short and stout", status=418, reason="I'm a teapot")


        def raw_bytes(request):
            return HttpResponse(b"\\xff\\xfe\\x00binary", content_type="application/octet-stream")
        ''',
        routes=(("created/", "created", "created"), ("text/", "text", "text"), ("teapot/", "teapot", "teapot"), ("bytes/", "raw_bytes", "bytes")),
    ),
    case(
        "json-response-forms",
        "JsonResponse with safe=False for a list, with non-ASCII text and json_dumps_params; a list without safe=False is a TypeError (DEBUG page).",
        [get(f"{SITE}/list/"), get(f"{SITE}/text/"), get(f"{SITE}/unsafe/")],
        middleware=[COMMON],
        settings={"DEBUG": True},
        imports="from django.http import JsonResponse\n",
        views='''
        def as_list(request):
            return JsonResponse([1, "two", None, True], safe=False)


        def text(request):
            return JsonResponse({"name": "Crème brûlée", "tags": ["<b>"]}, json_dumps_params={"ensure_ascii": False, "indent": 1})


        def unsafe(request):
            return JsonResponse(["not", "a", "dict"])
        ''',
        routes=(("list/", "as_list", "list"), ("text/", "text", "text"), ("unsafe/", "unsafe", "unsafe")),
    ),
    case(
        "redirects",
        "redirect() to a URL name with arguments, permanent=True, an absolute URL, a relative one, and HttpResponseRedirect to a javascript: URL (refused: a 400).",
        [get(f"{SITE}/a/"), get(f"{SITE}/b/"), get(f"{SITE}/c/"), get(f"{SITE}/d/"), get(f"{SITE}/e/")],
        middleware=[COMMON],
        imports="from django.http import HttpResponse, HttpResponseRedirect\nfrom django.shortcuts import redirect\n",
        views='''
        def article(request, year, slug):
            return HttpResponse("%s/%s" % (year, slug))


        def a(request):
            return redirect("article", 2024, "tea")


        def b(request):
            return redirect("article", year=2025, slug="coffee", permanent=True)


        def c(request):
            return redirect("https://partner.example/path?x=1")


        def d(request):
            return redirect("../elsewhere/")


        def e(request):
            return HttpResponseRedirect("javascript:alert(1)")
        ''',
        routes='''
        from django.urls import path

        from . import views

        urlpatterns = [
            path("articles/<int:year>/<slug:slug>/", views.article, name="article"),
            path("a/", views.a),
            path("b/", views.b),
            path("c/", views.c),
            path("d/", views.d),
            path("e/", views.e),
        ]
        ''',
    ),
    case(
        "redirect-iri-and-preserve",
        "redirect() to a path with non-ASCII characters (percent-encoded in Location) and preserve_request=True (307/308).",
        [get(f"{SITE}/a/"), get(f"{SITE}/b/"), get(f"{SITE}/c/")],
        middleware=[COMMON],
        imports="from django.shortcuts import redirect\n",
        views='''
        def a(request):
            return redirect("/café/crème brûlée/")


        def b(request):
            return redirect("/next/", preserve_request=True)


        def c(request):
            return redirect("/next/", permanent=True, preserve_request=True)
        ''',
        routes=(("a/", "a", "a"), ("b/", "b", "b"), ("c/", "c", "c")),
    ),
    case(
        "streaming-response",
        "StreamingHttpResponse: the chunks joined, no Content-Length even with CommonMiddleware.",
        [get(f"{SITE}/")],
        middleware=DEFAULT_STACK,
        imports="from django.http import StreamingHttpResponse\n",
        views='''
        def home(request):
            return StreamingHttpResponse(("row %d\\n" % i for i in range(5)), content_type="text/csv")
        ''',
    ),
    case(
        "file-response",
        "FileResponse of a file in the project: type from its name, length from the file; as_attachment adds Content-Disposition with the filename.",
        [get(f"{SITE}/css/"), get(f"{SITE}/download/"), get(f"{SITE}/unicode/")],
        middleware=DEFAULT_STACK,
        imports="from django.http import FileResponse\n",
        views='''
        def css(request):
            return FileResponse(open("static/site.css", "rb"))


        def download(request):
            return FileResponse(open("static/site.css", "rb"), as_attachment=True, filename="report.txt")


        def unicode(request):
            return FileResponse(open("static/site.css", "rb"), as_attachment=True, filename="résumé 2024.css")
        ''',
        routes=(("css/", "css", "css"), ("download/", "download", "download"), ("unicode/", "unicode", "unicode")),
        files={"static/site.css": "body { color: #333; }\n"},
    ),
    case(
        "head-request",
        "A HEAD request: Django's answer keeps the body (a WSGI server drops it) and its Content-Length.",
        [{"method": "HEAD", "url": f"{SITE}/"}, {"method": "HEAD", "url": f"{SITE}/nowhere/"}],
    ),
    case(
        "require-post-and-methods",
        "require_POST and require_http_methods: 405 with an Allow header listing the methods, and an empty body.",
        [get(f"{SITE}/only-post/"), post(f"{SITE}/only-post/", "a=1"), {"method": "DELETE", "url": f"{SITE}/get-put/"}],
        middleware=[COMMON],
        imports="from django.http import HttpResponse\nfrom django.views.decorators.http import require_http_methods, require_POST\n",
        views='''
        @require_POST
        def only_post(request):
            return HttpResponse("posted")


        @require_http_methods(["GET", "PUT"])
        def get_put(request):
            return HttpResponse("got")
        ''',
        routes=(("only-post/", "only_post", "only-post"), ("get-put/", "get_put", "get-put")),
    ),
    case(
        "class-based-view-methods",
        "A class-based View: GET answered, POST is 405 with Allow, OPTIONS is 200 with Allow and Content-Length 0.",
        [get(f"{SITE}/"), post(f"{SITE}/", "a=1"), {"method": "OPTIONS", "url": f"{SITE}/"}],
        middleware=[COMMON],
        imports="from django.http import HttpResponse\nfrom django.views import View\n",
        views='''
        class Home(View):
            def get(self, request):
                return HttpResponse("class-based")


        home = Home.as_view()
        ''',
    ),
    case(
        "view-sets-cookies",
        "set_cookie with max_age, an expires string (a datetime would make Max-Age depend on the clock), secure, httponly, samesite, a value that needs quoting, and delete_cookie.",
        [get(f"{SITE}/"), get(f"{SITE}/forget/")],
        middleware=[COMMON],
        views='''
        def home(request):
            response = HttpResponse("cookies set")
            response.set_cookie("theme", "dark", max_age=3600)
            response.set_cookie("lang", "fr", expires="Wed, 01 Jan 2031 00:00:00 GMT", secure=True, httponly=True, samesite="Strict")
            response.set_cookie("spaced", "a b;c")
            return response


        def forget(request):
            response = HttpResponse("seen: %s, %s, %s" % (request.COOKIES.get("theme"), request.COOKIES.get("lang"), request.COOKIES.get("spaced")))
            response.delete_cookie("theme")
            return response
        ''',
        routes=(("", "home", "home"), ("forget/", "forget", "forget")),
    ),
    case(
        "template-response-and-middleware",
        "A TemplateResponse altered by a middleware's process_template_response before it is rendered.",
        [get(f"{SITE}/")],
        middleware=[COMMON, "mysite.middleware.Shout"],
        imports="from django.template.response import TemplateResponse\n",
        views='''
        def home(request):
            return TemplateResponse(request, "hello.html", {"name": "world"})
        ''',
        templates={"hello.html": "Hello, {{ name }}!\n"},
        files={
            "mysite/middleware.py": '''class Shout:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_template_response(self, request, response):
        response.context_data["name"] = response.context_data["name"].upper()
        return response
'''
        },
    ),
]

RENDER_IMPORTS = "import datetime\n\nfrom django.shortcuts import render\n"


def template_case(slug, description, template, context="{}", requests=None, extra_templates=None, **options):
    """One page rendering `page.html` from `template` with a context given as Python source."""
    options.setdefault("middleware", [COMMON])
    return case(
        slug,
        description,
        requests or [get(f"{SITE}/")],
        imports=RENDER_IMPORTS,
        views=f'''
        def home(request):
            return render(request, "page.html", {context})
        ''',
        templates={"page.html": template, **(extra_templates or {})},
        **options,
    )


TEMPLATE_CASES = [
    template_case(
        "template-variables",
        "Variable lookups: dict key, attribute, list index, method call, a missing name (empty), and request from the context processor.",
        "{{ basket.owner }}|{{ basket.items.1 }}|{{ title.upper }}|{{ nobody.knows }}|{{ request.path }}|{{ request.GET.q }}\n",
        '{"basket": {"owner": "Ann", "items": ["tea", "cake"]}, "title": "menu"}',
        requests=[get(f"{SITE}/?q=scones")],
    ),
    template_case(
        "template-filters",
        "Common filters: default, length, join, truncatewords, title, floatformat, pluralize, yesno, add, slugify, urlencode, linebreaksbr, date.",
        "{{ missing|default:'none' }}|{{ items|length }}|{{ items|join:', ' }}|{{ text|truncatewords:3 }}|{{ text|title }}|"
        "{{ price|floatformat:2 }}|{{ items|length }} item{{ items|length|pluralize }}|{{ flag|yesno:'on,off' }}|{{ n|add:5 }}|"
        "{{ text|slugify }}|{{ query|urlencode }}|{{ lines|linebreaksbr }}|{{ when|date:'Y-m-d D' }}\n",
        '{"items": ["tea", "cake", "jam"], "text": "the quick brown fox jumps", "price": 3.14159, "flag": False, "n": 2, '
        '"query": "a b&c", "lines": "one\\ntwo", "when": datetime.date(2024, 2, 29)}',
    ),
    template_case(
        "template-autoescape",
        "Autoescaping in a template: escaped by default, |safe and {% autoescape off %} turn it off, |escape inside it turns it back on, |force_escape.",
        "{{ html }}|{{ html|safe }}|{% autoescape off %}{{ html }}|{{ html|escape }}{% endautoescape %}|{{ html|force_escape }}|{{ quote }}\n",
        '{"html": "<b>bold</b> & co", "quote": "\\"double\\" and \'single\'"}',
    ),
    template_case(
        "template-if",
        "{% if %} with and/or/not, comparisons, in, and elif/else.",
        "{% if n > 3 and not empty %}big{% elif n == 3 %}three{% else %}small{% endif %}|"
        "{% if 'tea' in items %}tea{% endif %}|{% if empty or n != 4 %}either{% endif %}|{% if missing is None %}none{% endif %}\n",
        '{"n": 3, "items": ["tea"], "empty": []}',
    ),
    template_case(
        "template-for",
        "{% for %} with forloop.counter, first/last, reversed, unpacking, nested loops and {% empty %}.",
        "{% for i in items %}{{ forloop.counter }}:{{ i }}{% if not forloop.last %},{% endif %}{% endfor %}|"
        "{% for i in items reversed %}{{ i }}{% endfor %}|{% for k, v in pairs %}{{ k }}={{ v }};{% endfor %}|"
        "{% for row in grid %}[{% for c in row %}{{ forloop.parentloop.counter }}{{ c }}{% endfor %}]{% endfor %}|"
        "{% for x in nothing %}{{ x }}{% empty %}nothing{% endfor %}\n",
        '{"items": ["a", "b", "c"], "pairs": [("x", 1), ("y", 2)], "grid": [["p", "q"], ["r"]], "nothing": []}',
    ),
    template_case(
        "template-url-and-static",
        "{% url %} with positional and keyword arguments and 'as'; {% static %} with STATIC_URL = 'static/' (served under /static/).",
        "{% load static %}{% url 'item' 7 %}|{% url 'item' pk=8 %}|{% url 'home' as home_url %}{{ home_url }}|"
        "{% static 'css/site.css' %}|{% static 'img/a b.png' %}\n",
        routes=(("", "home", "home"), ("items/<int:pk>/", "home", "item")),
    ),
    template_case(
        "template-url-no-reverse-match",
        "{% url %} for a name that does not exist: NoReverseMatch on DEBUG's 500 page.",
        "{% url 'nowhere' %}\n",
        settings={"DEBUG": True},
    ),
    template_case(
        "template-csrf-token-and-variable",
        "{% csrf_token %} in a form (the masked hidden input) and {{ csrf_token }} printed as a value.",
        '<form method="post">{% csrf_token %}</form><input type="hidden" name="csrfmiddlewaretoken" value="{{ csrf_token }}">\n',
        middleware=DEFAULT_STACK,
    ),
    template_case(
        "template-extends-include",
        "{% extends %} with blocks and {{ block.super }}, {% include %} with 'with' and 'only'.",
        '{% extends "base.html" %}{% block title %}Menu - {{ block.super }}{% endblock %}'
        '{% block body %}{% include "item.html" with name="tea" %}{% include "item.html" with name="jam" only %}{% endblock %}',
        '{"shop": "The Tea Room"}',
        extra_templates={
            "base.html": "<title>{% block title %}{{ shop }}{% endblock %}</title><main>{% block body %}{% endblock %}</main>\n",
            "item.html": "<p>{{ name }} at {{ shop|default:'?' }}</p>",
        },
    ),
    template_case(
        "template-does-not-exist",
        "{% include %} of a template that is not there: TemplateDoesNotExist on DEBUG's page.",
        "{% include 'missing.html' %}\n",
        settings={"DEBUG": True},
    ),
    template_case(
        "template-syntax-error",
        "A template with an unclosed block: TemplateSyntaxError on DEBUG's page.",
        "{% for x in items %}{{ x }}\n",
        settings={"DEBUG": True},
    ),
    template_case(
        "template-syntax-error-production",
        "The same broken template with DEBUG off: Django's plain 500 page.",
        "{% for x in items %}{{ x }}\n",
    ),
    template_case(
        "template-comments-and-spaceless",
        "{# #} and {% comment %} leave nothing; {% spaceless %} removes whitespace between tags; {% with %}, {% firstof %} and {% cycle %}.",
        "a{# hidden #}b{% comment %}gone{% endcomment %}c|{% spaceless %}<p> <b>x</b> </p>{% endspaceless %}|"
        "{% with total=items|length %}{{ total }}{% endwith %}|{% firstof none '' 'fallback' %}|{% cycle 'odd' 'even' as c %}{% cycle c %}\n",
        '{"items": [1, 2]}',
    ),
]

if __name__ == "__main__":
    write("responses", RESPONSE_CASES + TEMPLATE_CASES)
