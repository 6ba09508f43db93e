/**
 * The Django template language, ours, on what the recorded cases (templates-lang-*) cannot pin
 * down: the http corpus's own templates rendered with a request, a cycle's state kept per
 * rendering, a tag library a project edits between runs, and the time zone a previous project
 * activated. Everything else is compared with real Django by tests/python/django/recorded.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { usePython } from '../../support/python';

const python = usePython();

const setup = (options: string) => `from django.conf import settings
settings.configure(${options})
import django
django.setup()

def make_request(path="/"):
    from django.http import HttpRequest
    request = HttpRequest()
    request.method, request.path, request.path_info = "GET", path, path
    request.META = {"REMOTE_ADDR": "127.0.0.1", "SERVER_NAME": "shop.example.com", "SERVER_PORT": "443", "HTTP_HOST": "shop.example.com"}
    return request
`;

const SHOP = `INSTALLED_APPS=["django.contrib.staticfiles"], ROOT_URLCONF="mysite.urls", STATIC_URL="static/",
    TEMPLATES=[{"BACKEND": "django.template.backends.django.DjangoTemplates", "DIRS": ["templates"],
                "OPTIONS": {"context_processors": ["django.template.context_processors.request"]}}]`;

const SHOP_FILES = {
  'mysite/__init__.py': '',
  'mysite/urls.py':
    'from django.http import HttpResponse\nfrom django.urls import path\n\nurlpatterns = [path("blog/<int:year>/", lambda r, year: HttpResponse(), name="year")]\n',
  'templates/base.html':
    '<html><head><title>{% block title %}Shop{% endblock %}</title></head><body>{% block body %}{% endblock %}</body></html>\n',
  'templates/page.html':
    "{% extends \"base.html\" %}{% load static %}{% block title %}Menu{% endblock %}{% block body %}<link href=\"{% static 'site.css' %}\"><a href=\"{% url 'year' 2024 %}\">2024</a><ul>{% for i in items %}<li>{{ i|upper }}</li>{% endfor %}</ul>{% if request.user.is_authenticated %}hi{% else %}guest{% endif %}{% endblock %}\n",
};

describe('the templates of the http corpus', () => {
  it('renders page.html as Django does: inheritance, static, url, a loop with a filter, autoescape, and request in the context', () => {
    const rendered = python.run(
      `${setup(SHOP)}
from django.shortcuts import render
result = render(make_request("/page/"), "page.html", {"items": ["tea", "<coffee>"]}).content.decode()`,
      SHOP_FILES,
    );
    expect(rendered).toBe(
      '<html><head><title>Menu</title></head><body><link href="/static/site.css"><a href="/blog/2024/">2024</a>' +
        '<ul><li>TEA</li><li>&lt;COFFEE&gt;</li></ul>guest</body></html>\n',
    );
  });

  it('renders {% csrf_token %} with the token the context gives, escaped, as a hidden input', () => {
    const rendered = python.run(
      `${setup(SHOP)}
from django.template import engines
result = engines["django"].from_string('<form>{% csrf_token %}</form>').render({"csrf_token": 'a"b'})`,
      SHOP_FILES,
    );
    expect(rendered).toBe('<form><input type="hidden" name="csrfmiddlewaretoken" value="a&quot;b"></form>');
  });
});

describe('state of a rendering', () => {
  it('starts each rendering of a template with its cycles at their first value', () => {
    const rendered = python.run(
      `${setup(SHOP)}
from django.template import engines
t = engines["django"].from_string("{% for i in l %}{% cycle 'a' 'b' 'c' %}{% endfor %}")
result = [t.render({"l": [1, 2]}), t.render({"l": [1, 2]})]`,
      SHOP_FILES,
    );
    expect(rendered).toEqual(['ab', 'ab']);
  });

  it("loads a project's tag library as the project has it now, and forgets the zone a previous project activated", () => {
    const library = (body: string) => ({
      ...SHOP_FILES,
      'mysite/templatetags/__init__.py': '',
      'mysite/templatetags/shop.py': `from django import template\nregister = template.Library()\n\n@register.simple_tag\ndef price():\n    return ${body}\n`,
    });
    const run = (body: string) =>
      python.run(
        `${setup(SHOP.replace('["django.contrib.staticfiles"]', '["django.contrib.staticfiles", "mysite"]'))}
from django.template import engines
from django.utils import timezone
before = timezone.get_current_timezone_name()
timezone.activate("UTC")
result = [before, engines["django"].from_string("{% load shop %}{% price %}").render({})]`,
        library(body),
      );
    expect(run('"10 EUR"')).toEqual(['America/Chicago', '10 EUR']);
    expect(run('"12 EUR <b>"')).toEqual(['America/Chicago', '12 EUR &lt;b&gt;']);
  });
});

describe('template errors on the DEBUG page', () => {
  it("shows the 'Error during template rendering' section for a syntax error in a template file, with the bare message and the line", () => {
    const page = python.run(
      `${setup(SHOP + ', DEBUG=True, SECRET_KEY="a-test-key-that-is-not-secret"')}
import sys
from django.template.loader import render_to_string
from django.views.debug import ExceptionReporter
try:
    render_to_string("broken.html")
except Exception:
    html = ExceptionReporter(make_request("/"), *sys.exc_info()).get_traceback_html()
    value = str(sys.exc_info()[1])
result = [value.startswith("Template: ") and value.endswith("broken.html, Unclosed tag on line 2: 'for'. Looking for one of: empty, endfor."),
          "Error during template rendering" in html, "error at line <strong>2</strong>" in html,
          "<strong>{% for x in y %}</strong>" in html]`,
      { ...SHOP_FILES, 'templates/broken.html': 'line one\n{% for x in y %}\n{{ x }}\n' },
    );
    expect(page).toEqual([true, true, true, true]);
  });

  it('shows the local time of TIME_ZONE without a zoneinfo database: 14:05 UTC is 08:05 in Chicago in March, 09:05 in July', () => {
    const shown = python.run(
      `${setup(SHOP + ', USE_TZ=True, TIME_ZONE="America/Chicago"')}
import datetime, zoneinfo
from django.template import engines
try:
    zoneinfo.ZoneInfo("America/Chicago")
    database = True
except Exception:
    database = False
t = engines["django"].from_string("{{ d|date:'H:i T O' }}")
utc = datetime.timezone.utc
result = [database, t.render({"d": datetime.datetime(2024, 3, 1, 14, 5, tzinfo=utc)}), t.render({"d": datetime.datetime(2024, 7, 1, 14, 5, tzinfo=utc)})]`,
      SHOP_FILES,
    );
    expect(shown).toEqual([false, '08:05 CST -0600', '09:05 CDT -0500']);
  });
});
