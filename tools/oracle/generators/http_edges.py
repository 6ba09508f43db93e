"""Writes http inputs at the edges, for differential testing: the less common template filters
and tags, template errors a reader makes (an unknown filter or tag, string_if_invalid), static
URLs with a CDN prefix, response headers with characters beyond latin-1, more response classes,
and CSRF origins with ports.

    python3 tools/oracle/generators/http_edges.py
    python3 tools/oracle/record.py --out tools/oracle/cases tools/oracle/inputs/http/oracle-edges-*.json
"""

from http_project import COMMON, CSRF, SECURE_SITE, SITE, case, get, post, write

RENDER_IMPORTS = "import datetime\nimport decimal\n\nfrom django.shortcuts import render\n"


def page(slug, description, template, context="{}", requests=None, extra_templates=None, **options):
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


CASES = [
    page(
        "filters-text",
        "Text filters: striptags, escapejs, wordcount, capfirst, cut, center, ljust, truncatechars, wordwrap, make_list, stringformat.",
        "{{ html|striptags }}|{{ js|escapejs }}|{{ text|wordcount }}|{{ text|capfirst }}|{{ text|cut:' ' }}|[{{ 'ab'|center:6 }}]|"
        "[{{ 'ab'|ljust:4 }}]|{{ text|truncatechars:9 }}|{{ text|wordwrap:10 }}|{{ 'abc'|make_list }}|{{ 7|stringformat:'03d' }}\n",
        '{"html": "<p>Hi <b>there</b></p>", "js": "</script>\'x\'\\n", "text": "tea for two and two for tea"}',
    ),
    page(
        "filters-lists",
        "List filters: first, last, slice, dictsort, dictsortreversed, join on escaped items, safeseq, unordered_list, length of a string.",
        "{{ items|first }}|{{ items|last }}|{{ items|slice:':2' }}|"
        "{% for p in people|dictsort:'age' %}{{ p.name }}{% endfor %}|{% for p in people|dictsortreversed:'name' %}{{ p.name }}{% endfor %}|"
        "{{ tags|join:' & ' }}|{{ tags|safeseq|join:',' }}|{{ nested|unordered_list }}|{{ 'héllo'|length }}\n",
        '{"items": ["a", "b", "c"], "people": [{"name": "Zoe", "age": 30}, {"name": "Al", "age": 20}], '
        '"tags": ["<i>", "b&c"], "nested": ["Tea", ["Green", "Black"]]}',
    ),
    page(
        "filters-numbers-and-dates",
        "Numbers and dates: floatformat variants, filesizeformat, divisibleby, get_digit, widthratio, a Decimal, and a fixed UTC datetime shown in the default TIME_ZONE (America/Chicago).",
        "{{ x|floatformat }}|{{ x|floatformat:-2 }}|{{ big|floatformat:'2g' }}|{{ size|filesizeformat }}|{{ 21|divisibleby:7 }}|"
        "{{ 98765|get_digit:2 }}|{% widthratio 175 200 100 %}|{{ price }}|{{ when|date:'D, d M Y H:i' }}|{{ when|date:'c' }}|{{ when|time:'H:i' }}\n",
        '{"x": 34.2, "big": 1234567.891, "size": 123456789, "price": decimal.Decimal("9.50"), '
        '"when": datetime.datetime(2024, 3, 1, 14, 5, tzinfo=datetime.timezone.utc)}',
    ),
    page(
        "filters-json-script-and-urls",
        "json_script, urlize, iriencode and linebreaks on text from the view.",
        '{{ data|json_script:"data" }}|{{ note|urlize }}|{{ path|iriencode }}|{{ para|linebreaks }}\n',
        '{"data": {"a": "<b>", "n": 1}, "note": "see https://example.com/x?y=1 & www.django.test", '
        '"path": "/café/?q=crème", "para": "one\\n\\ntwo\\nthree"}',
    ),
    page(
        "tags-regroup-ifchanged-verbatim",
        "{% regroup %}, {% ifchanged %}, {% verbatim %}, {% templatetag %}, {% filter %} and {% lorem %} (its fixed first words).",
        "{% regroup teas by kind as groups %}{% for g in groups %}{{ g.grouper }}:{% for t in g.list %}{{ t.name }} {% endfor %};{% endfor %}|"
        "{% for t in teas %}{% ifchanged t.kind %}[{{ t.kind }}]{% endifchanged %}{% endfor %}|"
        "{% verbatim %}{{ not rendered }}{% endverbatim %}|{% templatetag openblock %}|{% filter upper %}shout{% endfilter %}|{% lorem 4 w %}\n",
        '{"teas": [{"name": "sencha", "kind": "green"}, {"name": "matcha", "kind": "green"}, {"name": "assam", "kind": "black"}]}',
    ),
    page(
        "tag-querystring",
        "{% querystring %} (Django 5.1+): the current query with values replaced, added and removed.",
        "{% querystring page=3 %}|{% querystring sort=None %}|{% querystring tag='a b' %}\n",
        requests=[get(f"{SITE}/?page=1&sort=name&tag=x&tag=y")],
    ),
    page(
        "template-unknown-filter",
        "A filter that does not exist: TemplateSyntaxError 'Invalid filter' on DEBUG's page.",
        "{{ name|shout }}\n",
        '{"name": "x"}',
        settings={"DEBUG": True},
    ),
    page(
        "template-unknown-tag",
        "A tag that does not exist (a library not loaded): 'Invalid block tag', with its hint about {% load %}.",
        "{% static 'site.css' %}\n",
        settings={"DEBUG": True},
    ),
    page(
        "template-string-if-invalid",
        "OPTIONS string_if_invalid: missing variables print the marker (with %s for the name); filters on them are skipped.",
        "[{{ missing }}]|[{{ missing|upper }}]|[{{ known.nothing }}]|[{% if missing %}yes{% else %}no{% endif %}]\n",
        '{"known": {"a": 1}}',
        settings_extra="TEMPLATES[0]['OPTIONS']['string_if_invalid'] = 'INVALID(%s)'",
    ),
    page(
        "template-autoescape-attributes",
        "Escaping inside attributes: quotes are escaped too, so the value cannot leave the attribute; with |safe it does.",
        '<a href="/search/?q={{ q }}" title="{{ q }}">{{ q }}</a><a title="{{ q|safe }}"></a>\n',
        '{"q": request.GET.get("q", "")}',
        requests=[get(f'{SITE}/?q=" onmouseover="alert(1)')],
    ),
    page(
        "static-cdn-prefix",
        "STATIC_URL on a CDN: {% static %} and {% get_static_prefix %}; MEDIA_URL with {% get_media_prefix %}.",
        "{% load static %}{% static 'css/site.css' %}|{% get_static_prefix %}|{% get_media_prefix %}|{% static 'js/app.js' as app %}{{ app }}\n",
        settings={"STATIC_URL": "https://cdn.example.com/static/", "MEDIA_URL": "/media/"},
    ),
    case(
        "response-header-encodings",
        "Response header values: latin-1 text is sent as it is, other characters MIME-encoded (RFC 2047); a header set through headers=.",
        [get(f"{SITE}/")],
        middleware=[COMMON],
        views='''
        def home(request):
            response = HttpResponse("headers", headers={"X-Shop": "Café"})
            response["X-Greeting"] = "Grüße aus München"
            response["X-Tea"] = "茶"
            return response
        ''',
    ),
    case(
        "response-classes",
        "HttpResponseNotModified, HttpResponseGone, HttpResponseServerError, HttpResponseBadRequest and a JsonResponse with dates and decimals.",
        [get(f"{SITE}/a/"), get(f"{SITE}/b/"), get(f"{SITE}/c/"), get(f"{SITE}/d/"), get(f"{SITE}/e/")],
        middleware=[COMMON],
        imports="""
        import datetime
        import decimal

        from django.http import HttpResponseBadRequest, HttpResponseGone, HttpResponseNotModified, HttpResponseServerError, JsonResponse
        """,
        views='''
        def a(request):
            return HttpResponseNotModified()


        def b(request):
            return HttpResponseGone("gone for good")


        def c(request):
            return HttpResponseServerError("our fault")


        def d(request):
            return HttpResponseBadRequest("your fault")


        def e(request):
            return JsonResponse({"when": datetime.datetime(2024, 5, 6, 7, 8, 9, 123456, tzinfo=datetime.timezone.utc), "day": datetime.date(2024, 5, 6), "price": decimal.Decimal("1.10")})
        ''',
        routes=(("a/", "a", "a"), ("b/", "b", "b"), ("c/", "c", "c"), ("d/", "d", "d"), ("e/", "e", "e")),
    ),
    case(
        "csrf-origins-with-ports",
        "CSRF over https on a non-default port: the Origin must carry the port; CSRF_TRUSTED_ORIGINS entries match scheme, host and port.",
        [
            get(f"https://shop.example.com:8443/form/"),
            post("https://shop.example.com:8443/submit/", "csrfmiddlewaretoken={csrftoken}", headers={"Origin": "https://shop.example.com:8443"}),
            post("https://shop.example.com:8443/submit/", "csrfmiddlewaretoken={csrftoken}", headers={"Origin": "https://shop.example.com"}),
            post("https://shop.example.com:8443/submit/", "csrfmiddlewaretoken={csrftoken}", headers={"Origin": "https://admin.example.com:9000"}),
            post("https://shop.example.com:8443/submit/", "csrfmiddlewaretoken={csrftoken}", headers={"Referer": "https://admin.example.com:9000/x"}),
        ],
        middleware=[CSRF],
        settings={"DEBUG": True, "CSRF_TRUSTED_ORIGINS": ["https://admin.example.com:9000"]},
        imports="from django.http import HttpResponse\nfrom django.middleware.csrf import get_token\n",
        views='''
        def form(request):
            get_token(request)
            return HttpResponse("form")


        def submit(request):
            return HttpResponse("saved")
        ''',
        routes=(("form/", "form", "form"), ("submit/", "submit", "submit")),
    ),
    case(
        "csrf-http-referer-ignored",
        "Over plain http the Referer is not checked at all: a foreign one passes when the token is right.",
        [get(f"{SITE}/form/"), post(f"{SITE}/submit/", "csrfmiddlewaretoken={csrftoken}", headers={"Referer": "https://evil.example/"})],
        middleware=[CSRF],
        imports="from django.http import HttpResponse\nfrom django.middleware.csrf import get_token\n",
        views='''
        def form(request):
            get_token(request)
            return HttpResponse("form")


        def submit(request):
            return HttpResponse("saved")
        ''',
        routes=(("form/", "form", "form"), ("submit/", "submit", "submit")),
    ),
    case(
        "csrf-rotate-token",
        "rotate_token() (what login does) sends a new CSRF cookie; the next POST carries the new token and passes.",
        [
            get(f"{SECURE_SITE}/form/"),
            post(f"{SECURE_SITE}/rotate/", "csrfmiddlewaretoken={csrftoken}", headers={"Referer": f"{SECURE_SITE}/form/"}),
            post(f"{SECURE_SITE}/submit/", "csrfmiddlewaretoken={csrftoken}", headers={"Referer": f"{SECURE_SITE}/form/"}),
        ],
        middleware=[CSRF],
        imports="from django.http import HttpResponse\nfrom django.middleware.csrf import get_token, rotate_token\n",
        views='''
        def form(request):
            get_token(request)
            return HttpResponse("form")


        def rotate(request):
            rotate_token(request)
            return HttpResponse("rotated")


        def submit(request):
            return HttpResponse("saved")
        ''',
        routes=(("form/", "form", "form"), ("rotate/", "rotate", "rotate"), ("submit/", "submit", "submit")),
    ),
]

if __name__ == "__main__":
    write("edges", CASES)
