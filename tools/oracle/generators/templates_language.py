"""Write python-case inputs for the Django template language: one template (and its context)
per case, rendered by the DjangoTemplates backend; the case records the output, or the
exception and its text.

    python3 tools/oracle/generators/templates_language.py
    python3 tools/oracle/record.py --out tools/oracle/cases tools/oracle/inputs/python/templates-lang-*.json

Covered: the lexer and parser (and their errors, word for word), variables and their lookups
(keys, attributes, indexes, callables, alters_data, do_not_call_in_templates,
string_if_invalid), literals, filters and their arguments, autoescaping, the built-in tags
({% if %} and its operators, {% for %}, {% with %}, {% url %}, {% static %}, {% csrf_token %},
{% cycle %}, {% firstof %}, {% ifchanged %}, {% filter %}...), {% extends %}/{% block %} and
{% include %} through the file loaders, Context/RequestContext and the context processors,
render_to_string(), render() and TemplateResponse.
"""

import json
import os
import textwrap

OUT = os.path.join(os.path.dirname(__file__), "..", "inputs", "python")
PREFIX = "templates-lang-"

URLS = """from django.http import HttpResponse
from django.urls import path

def view(request, *args, **kwargs):
    return HttpResponse("")

urlpatterns = [
    path("", view, name="home"),
    path("blog/<int:year>/", view, name="year"),
    path("post/<slug:slug>/", view, name="post"),
]
"""

# Objects a context may hold: methods, properties, what alters data, what must not be called.
OBJECTS = '''
class Thing:
    name = "thing"
    def __init__(self, label="<b>x</b>"):
        self.label = label
    def shout(self):
        return self.label.upper()
    def needs(self, arg):
        return arg
    def delete(self):
        return "deleted!"
    delete.alters_data = True
    def raises(self):
        raise KeyError("inner")
    @property
    def broken(self):
        raise AttributeError("nope")
    def __str__(self):
        return "Thing<%s>" % self.label

class Factory:
    do_not_call_in_templates = True
    made = "factory attribute"
    def __call__(self):
        return "called"

class Silent(Exception):
    silent_variable_failure = True

class Quiet:
    def fails(self):
        raise Silent("quiet")

class Html:
    def __html__(self):
        return "<i>html</i>"
    def __str__(self):
        return "<u>str</u>"
'''

SETUP = """from django.conf import settings
settings.configure(**{settings})
import django
django.setup()

def make_request(path="/", query=""):
    from django.http import HttpRequest, QueryDict
    request = HttpRequest()
    request.method, request.path, request.path_info, request.GET = "GET", path, path, QueryDict(query)
    request.META = {{"REMOTE_ADDR": "127.0.0.1", "SERVER_NAME": "testserver", "SERVER_PORT": "80", "HTTP_HOST": "testserver"}}
    return request
"""

BASE_SETTINGS = {
    "INSTALLED_APPS": ["django.contrib.staticfiles"],
    "ROOT_URLCONF": "mysite.urls",
    "STATIC_URL": "static/",
    "USE_TZ": False,
    "TEMPLATES": [{"BACKEND": "django.template.backends.django.DjangoTemplates", "DIRS": ["templates"],
                   "OPTIONS": {}}],
}

CASES = {}


def settings_with(options=None, **more):
    chosen = json.loads(json.dumps(BASE_SETTINGS))
    chosen["TEMPLATES"][0]["OPTIONS"].update(options or {})
    chosen.update(more)
    return repr(chosen)


def render(slug, description, source, context="{}", options=None, templates=None, settings=None, before=""):
    """A case: `source` rendered by the engine with `context` (a Python expression)."""
    code = SETUP.format(settings=settings or settings_with(options)) + OBJECTS + textwrap.dedent(before)
    code += "from django.template import engines\n"
    code += f"result = engines['django'].from_string({source!r}).render({context})\n"
    add(slug, description, code, templates)


def add(slug, description, code, templates=None):
    files = {"mysite/__init__.py": "", "mysite/urls.py": URLS}
    files.update({f"templates/{name}": text for name, text in (templates or {}).items()})
    assert slug not in CASES, slug
    CASES[slug] = {"kind": "python", "description": description, "files": files, "code": code}


# ---- variables ------------------------------------------------------------------------------------

render("var-escaped", "A variable is escaped", "<p>{{ a }}</p>", "{'a': '<script>&\\'\"'}")
render("var-missing", "A missing variable is empty", "[{{ nothing }}][{{ nothing.deeper }}]")
render("var-dict-key", "Dict key lookup", "{{ d.k }} {{ d.items }}", "{'d': {'k': 'v', 'items': 'key wins'}}")
render("var-attribute", "Attribute lookup", "{{ t.name }} {{ t.label }}", "{'t': Thing()}")
render("var-list-index", "List index lookup", "{{ l.0 }} {{ l.2 }} {{ l.9 }}", "{'l': ['a', 'b', 'c']}")
render("var-method-called", "A method is called", "{{ t.shout }}", "{'t': Thing()}")
render("var-method-needs-args", "A method needing arguments gives string_if_invalid", "[{{ t.needs }}]", "{'t': Thing()}")
render("var-alters-data", "alters_data is never called", "[{{ t.delete }}]", "{'t': Thing()}")
render("var-do-not-call", "do_not_call_in_templates keeps the callable", "{{ f.made }}", "{'f': Factory()}")
render("var-callable-called", "A callable is called", "{{ f }}", "{'f': lambda: 'from lambda'}")
render("var-raises-keyerror", "An exception in a method propagates", "{{ t.raises }}", "{'t': Thing()}")
render("var-silent-failure", "silent_variable_failure gives string_if_invalid", "[{{ q.fails }}]", "{'q': Quiet()}")
render("var-property-attributeerror", "A property raising AttributeError", "[{{ t.broken }}]", "{'t': Thing()}")
render("var-str-of-object", "An object shows as str(), escaped", "{{ t }}", "{'t': Thing()}")
render("var-html-protocol", "An object with __html__ is shown by str(), escaped; |escape uses __html__", "{{ h }}|{{ h|escape }}|{{ h|safe }}", "{'h': Html()}")
render("var-literals", "Literals", "{{ 1.5 }} {{ 10 }} {{ \"s\" }} {{ '<b>' }} {{ 1e3 }} {{ True }} {{ None }} {{ -2 }}")
render("var-nested", "Nested lookups", "{{ a.b.0.c }}", "{'a': {'b': [{'c': 'deep'}]}}")
render("var-numbers-shown", "Numbers, booleans and None", "{{ i }} {{ f }} {{ b }} {{ n }} {{ big }}",
       "{'i': 3, 'f': 2.50, 'b': False, 'n': None, 'big': 1e20}")
render("var-decimal", "A Decimal", "{{ d }}", "{'d': __import__('decimal').Decimal('12.340')}")
render("var-date", "Dates as DATE_FORMAT and DATETIME_FORMAT", "{{ d }} | {{ dt }} | {{ t }}",
       "{'d': __import__('datetime').date(2024, 9, 1), 'dt': __import__('datetime').datetime(2024, 3, 5, 13, 7), "
       "'t': __import__('datetime').time(0, 0)}")
render("var-string-if-invalid", "string_if_invalid", "[{{ nothing }}] [{{ nothing|upper }}] [{{ t.needs }}]",
       "{'t': Thing()}", options={"string_if_invalid": "INVALID"})
render("var-string-if-invalid-percent", "string_if_invalid with %s", "[{{ nothing.deeper }}]",
       options={"string_if_invalid": "<missing %s>"})
render("var-context-methods-hidden", "A Context's own methods are not variables", "[{{ push }}][{{ flatten }}]")
render("var-dict-items-loop", "dict.items in a loop", "{% for k, v in d.items %}{{ k }}={{ v }};{% endfor %}",
       "{'d': {'a': 1, 'b': 2}}")
render("var-whitespace", "Spaces inside {{ }}", "{{a}}|{{   a   }}|{{ a|upper }}|{{ a | upper }}", "{'a': 'x'}")
render("var-unclosed-tag-is-text", "An unclosed {{ is text", "{{ a  and {% if", "{'a': 1}")
render("var-multiline-tag-is-text", "A tag across lines is text", "{{ a\n}}", "{'a': 1}")

# ---- syntax errors --------------------------------------------------------------------------------

for slug, source in {
    "err-unknown-tag": "{% foo %}",
    "err-unknown-tag-inside-if": "{% if x %}{% foo %}{% endif %}",
    "err-unknown-tag-line": "line one\nline two\n{% nope %}",
    "err-unclosed-if": "{% if x %}",
    "err-unclosed-for-line": "\n\n{% for x in y %}{{ x }}",
    "err-unclosed-block": "{% block a %}",
    "err-empty-variable": "{{ }}",
    "err-empty-block": "{% %}",
    "err-remainder": "{{ a b }}",
    "err-invalid-filter": "{{ a|nofilter }}",
    "err-no-variable": "{{ |upper }}",
    "err-filter-too-many-args": "{{ a|upper:1 }}",
    "err-filter-missing-arg": "{{ a|cut }}",
    "err-underscore": "{{ _a }}",
    "err-underscore-attribute": "{{ a._b }}",
    "err-minus-in-name": "{{ a-b }}",
    "err-some-characters": "{{ a|upper x|lower }}",
    "err-load-unknown": "{% load nothere %}",
    "err-load-from-unknown-name": "{% load foo from static %}",
    "err-if-unused": "{% if a b %}{% endif %}",
    "err-if-operator-first": "{% if and %}{% endif %}",
    "err-if-end-of-expression": "{% if a and %}{% endif %}",
    "err-if-empty": "{% if %}{% endif %}",
    "err-if-not-infix": "{% if a not b %}{% endif %}",
    "err-else-with-argument": "{% if a %}{% else b %}{% endif %}",
    "err-endif-with-argument": "{% if a %}{% endif a %}",
    "err-for-too-short": "{% for a %}{% endfor %}",
    "err-for-no-in": "{% for a on b %}{% endfor %}",
    "err-for-bad-variable": "{% for a,,b in c %}{% endfor %}",
    "err-with-empty": "{% with %}{% endwith %}",
    "err-with-invalid-token": "{% with a=1 b %}{% endwith %}",
    "err-extends-twice": '{% extends "a" %}{% extends "b" %}',
    "err-extends-not-first": '{{ x }}{% extends "base.html" %}',
    "err-block-twice": "{% block a %}{% endblock %}{% block a %}{% endblock %}",
    "err-block-no-name": "{% block %}{% endblock %}",
    "err-endblock-other-name": "{% block a %}{% endblock b %}",
    "err-include-no-name": "{% include %}",
    "err-include-with-nothing": '{% include "a" with %}',
    "err-include-only-twice": '{% include "a" only only %}',
    "err-include-unknown-option": '{% include "a" foo %}',
    "err-url-no-name": "{% url %}",
    "err-cycle-undefined": "{% cycle a %}",
    "err-cycle-no-args": "{% cycle %}",
    "err-firstof-empty": "{% firstof %}",
    "err-filter-escape": "{% filter escape %}{% endfilter %}",
    "err-now-no-format": "{% now %}",
    "err-templatetag-unknown": "{% templatetag foo %}",
    "err-autoescape-no-arg": "{% autoescape %}{% endautoescape %}",
    "err-autoescape-bad-arg": "{% autoescape maybe %}{% endautoescape %}",
    "err-unclosed-comment": "{% comment %}",
    "err-elif-empty": "{% if x %}a{% elif %}b{% endif %}",
    "err-static-not-loaded": "{% static 'a.css' %}",
    "err-static-no-path": "{% load static %}{% static %}",
    "err-endfor-stray": "{% endfor %}",
    "err-widthratio-args": "{% widthratio 1 2 %}",
}.items():
    render(slug, f"TemplateSyntaxError for {source!r}", source)

render("err-extends-empty-name", "extends with an empty name", '{% extends "" %}')
render("err-extends-empty-variable", "extends with an empty variable", "{% extends x %}")
render("err-extends-missing", "extends a template that does not exist", '{% extends "nothere.html" %}')
render("err-include-missing", "include of a template that does not exist", '{% include "nothere.html" %}')
render("err-for-unpack", "for unpacking the wrong number of values", "{% for a, b in c %}{{ a }}{% endfor %}",
       "{'c': [(1, 2, 3)]}")
render("err-for-not-iterable", "for over a number", "{% for x in n %}a{% endfor %}", "{'n': 5}")
render("err-url-no-reverse", "url of an unknown name", "{% url 'nowhere' %}")
render("err-context-not-dict", "render() with a Context instead of a dict", "x",
       "__import__('django.template', fromlist=['Context']).Context({})")

# ---- filters --------------------------------------------------------------------------------------

S = "{'s': \"hello wORLD it's o'neil\"}"
render("filter-case", "upper, lower, title, capfirst, length", "{{ s|upper }}|{{ s|lower }}|{{ s|title }}|{{ s|capfirst }}|{{ s|length }}", S)
render("filter-lists", "join, first, last, length, slice", "{{ l|join:', ' }}|{{ l|first }}|{{ l|last }}|{{ l|length }}|{{ l|slice:':2' }}|{{ l|slice:'1:' }}", "{'l': ['a', '<b>', 'c']}")
render("filter-first-last-empty", "first and last of an empty list", "[{{ l|first }}][{{ l|last }}][{{ l|join:'-' }}]", "{'l': []}")
render("filter-join-autoescape-off", "join without autoescape", "{% autoescape off %}{{ l|join:' & ' }}{% endautoescape %}", "{'l': ['<a>', 'b']}")
render("filter-default", "default and default_if_none", "{{ a|default:'d' }}|{{ z|default:'d' }}|{{ n|default_if_none:'none' }}|{{ z|default_if_none:'x' }}|{{ missing|default:'gone' }}", "{'a': 'A', 'z': 0, 'n': None}")
render("filter-add", "add", "{{ n|add:2 }}|{{ s|add:'x' }}|{{ n|add:'x' }}|{{ l|add:l }}|{{ '3'|add:'4' }}", "{'n': 3, 's': 'a', 'l': [1]}")
render("filter-yesno", "yesno", "{{ t|yesno }}|{{ t|yesno:'y,n' }}|{{ z|yesno:'y,n,m' }}|{{ z|yesno:'y,n' }}|{{ t|yesno:'y' }}|{{ f|yesno }}", "{'t': 1, 'f': [], 'z': None}")
render("filter-pluralize", "pluralize", "{{ 1|pluralize }}|{{ 2|pluralize }}|{{ 2|pluralize:'es' }}|{{ 1|pluralize:'y,ies' }}|{{ 2|pluralize:'y,ies' }}|{{ l|pluralize }}|{{ 0|pluralize }}|{{ 'x'|pluralize }}|{{ 2|pluralize:'a,b,c' }}", "{'l': [1, 2]}")
render("filter-text-shaping", "striptags, escapejs, cut, center, ljust, rjust", "{{ s|striptags }}|{{ s|escapejs }}|{{ s|cut:'a' }}|{{ s|center:'20' }}|{{ s|ljust:'12' }}|{{ s|rjust:'12' }}|", "{'s': '<b>a & b</b>'}")
render("filter-linebreaks", "linebreaks and linebreaksbr", "{{ s|linebreaks }}~{{ s|linebreaksbr }}~{{ s|safe|linebreaks }}", "{'s': 'a<\\n\\nb\\nc\\r\\nd'}")
render("filter-urlencode-slugify-truncate", "urlencode, slugify, truncatechars, truncatewords, wordcount", "{{ s|urlencode }} {{ s|urlencode:'' }} {{ s|slugify }} {{ s|truncatechars:5 }} {{ s|truncatewords:2 }} {{ s|wordcount }}", "{'s': 'Hé llo/wörld & a?b=c'}")
render("filter-truncate-short", "truncating text that is short enough", "{{ s|truncatechars:10 }}|{{ s|truncatewords:5 }}|{{ s|truncatechars:0 }}|{{ s|truncatechars:'x' }}", "{'s': 'two words'}")
render("filter-json-script", "json_script", "{{ v|json_script:'data' }} {{ v|json_script }}", "{'v': {'a': '</script>&', 'n': [1, 2.5, None, True]}}")
render("filter-floatformat", "floatformat", "{{ f|floatformat }} {{ f|floatformat:2 }} {{ f|floatformat:'-2' }} {{ g|floatformat }} {{ g|floatformat:-3 }} {{ h|floatformat:0 }} {{ i|floatformat }} {{ 'x'|floatformat }} {{ i|floatformat:'2g' }} {{ neg|floatformat:1 }} {{ half|floatformat }}", "{'f': 34.23234, 'g': 34.0, 'h': 39.56, 'i': 1234567.891, 'neg': -0.01, 'half': 0.25}")
render("filter-escape-safe", "escape, force_escape and safe", "{{ s }}|{{ s|safe }}|{{ s|escape }}|{{ s|force_escape }}|{{ s|safe|escape }}|{{ s|safe|force_escape }}", "{'s': '<b>&amp;</b>'}")
render("filter-escape-autoescape-off", "escape inside autoescape off", "{% autoescape off %}{{ s }}|{{ s|escape }}|{{ s|escape|escape }}{% endautoescape %}", "{'s': '<b>'}")
render("filter-safe-then-upper", "A filter that is not is_safe loses safety", "{{ s|safe|upper }}|{{ s|safe|lower }}", "{'s': '<b>x</b>'}")
render("filter-mark-safe-value", "mark_safe in the context", "{{ s }}|{{ s|upper }}|{{ s|title }}",
       "{'s': __import__('django.utils.safestring', fromlist=['mark_safe']).mark_safe('<em>ok</em>')}")
render("filter-chain", "Filters chained, with a variable argument", "{{ s|lower|cut:c|upper }}", "{'s': 'A-B-C', 'c': '-'}")
render("filter-date", "date with formats", "{{ d|date }}|{{ d|date:'Y-m-d H:i' }}|{{ d|date:'D, j M Y' }}|{{ d|date:'l jS F y, g:i a A P' }}|{{ d|date:'SHORT_DATE_FORMAT' }}|{{ d|date:'\\Y\\e\\s' }}|{{ x|date }}", "{'d': __import__('datetime').datetime(2024, 3, 5, 13, 7, 9)}")
render("filter-date-of-date", "date of a plain date, and a time code", "{{ d|date:'N j, Y' }}|{{ d|date:'H' }}", "{'d': __import__('datetime').date(2024, 11, 21)}")
render("filter-time", "time", "{{ t|time }}|{{ t|time:'H:i' }}|{{ n|time:'g a' }}", "{'t': __import__('datetime').time(12, 0), 'n': __import__('datetime').datetime(2024, 1, 1, 9, 30)}")
render("filter-divisibleby-getdigit", "divisibleby and get_digit", "{{ 21|divisibleby:3 }}|{{ 20|divisibleby:'3' }}|{{ 12345|get_digit:2 }}|{{ 12345|get_digit:9 }}")
render("filter-dictsort", "dictsort and dictsortreversed", "{% for p in l|dictsort:'age' %}{{ p.name }}{% endfor %}|{% for p in l|dictsortreversed:'name' %}{{ p.name }}{% endfor %}|[{{ 5|dictsort:'x' }}]", "{'l': [{'name': 'b', 'age': 3}, {'name': 'a', 'age': 9}, {'name': 'c', 'age': 1}]}")
render("filter-make-list-stringformat", "make_list and stringformat", "{{ 'abc'|make_list }}|{{ 3|stringformat:'03d' }}|{{ 'x'|stringformat:'d' }}|{{ 1.5|stringformat:'.3f' }}")
render("filter-filesizeformat", "filesizeformat", "{{ 0|filesizeformat }}|{{ 1|filesizeformat }}|{{ 1023|filesizeformat }}|{{ 1024|filesizeformat }}|{{ 123456789|filesizeformat }}|{{ 'x'|filesizeformat }}")
render("filter-addslashes-iriencode", "addslashes and iriencode", "{{ s|addslashes }}|{{ u|iriencode }}", "{'s': 'I\\'m \"here\"', 'u': '/é?a=1&b=ü'}")
render("filter-safeseq-escapeseq", "safeseq and escapeseq", "{{ l|safeseq|join:',' }}|{{ l|escapeseq|join:',' }}", "{'l': ['<a>', '&']}")
render("filter-wordwrap-linenumbers", "linenumbers", "{{ s|linenumbers }}", "{'s': 'a\\nb<\\nc\\nd\\ne\\nf\\ng\\nh\\ni\\nj'}")
render("filter-unordered-list", "unordered_list", "{{ l|unordered_list }}", "{'l': ['States', ['Kansas', ['Lawrence', 'Topeka'], 'Illinois']]}")
render("filter-length-odd", "length of things without one", "{{ n|length }}|{{ missing|length }}|{{ d|length }}", "{'n': 5, 'd': {'a': 1}}")
render("filter-string-args", "Filter arguments: quotes, escapes, numbers", "{{ s|cut:\"\\\"\" }}|{{ s|default:'a\\'b' }}|{{ n|add:-1 }}|{{ n|add:\"1.5\" }}", "{'s': 'say \"hi\"', 'n': 2}")
render("filter-argument-with-spaces", "A filter argument with spaces and a pipe", "{{ l|join:' | ' }}", "{'l': ['a', 'b']}")
render("filter-random-single", "random of one item", "{{ l|random }}", "{'l': ['only']}")

# Found by comparing random templates with real Django (what a filter does with what it was
# not made for).
render("filter-date-of-non-dates", "date and time of what is no date or time", "[{{ s|date }}][{{ 1.5|date:'Y' }}][{{ t|date }}][{{ t|date:'H:i' }}][{{ s|time }}][{{ d|time:'H' }}]",
       "{'s': 'text', 't': __import__('datetime').time(0, 30), 'd': __import__('datetime').date(2024, 1, 2)}")
render("filter-pluralize-not-a-number", "pluralize of text that is no number, and of an object", "[{{ 'x'|pluralize:'y,ies' }}][{{ '1'|pluralize:'y,ies' }}][{{ t|pluralize }}]", "{'t': Thing()}")
render("filter-phone2numeric-not-text", "phone2numeric of a number raises", "{{ n|phone2numeric }}", "{'n': 1.5}")
render("filter-center-odd", "center with an odd padding, and widths 0 and negative", "[{{ s|center:7 }}][{{ s|center:0 }}][{{ s|center:-3 }}][{{ s|ljust:-1 }}]", "{'s': '[]'}")
render("filter-filesizeformat-text", "filesizeformat of text with a number in it, and its safety", "{{ s|filesizeformat }}|{{ n|filesizeformat|safeseq }}", "{'s': '1. ', 'n': -2048}")

# ---- autoescape -----------------------------------------------------------------------------------

render("autoescape-off-on", "autoescape off, and on inside it", "{% autoescape off %}{{ x }}{% autoescape on %}{{ x }}{% endautoescape %}{% endautoescape %}", "{'x': '<b>'}")
render("autoescape-option-off", "The engine's autoescape option off", "{{ x }}|{{ x|escape }}", "{'x': '<b>'}", options={"autoescape": False})
render("autoescape-literal-not-escaped", "A string literal is safe", "{{ '<b>' }}|{{ '<b>'|upper }}|{% firstof '<i>' %}")
render("autoescape-filter-argument", "A variable filter argument is escaped by join", "{{ l|join:sep }}", "{'l': ['a', 'b'], 'sep': '<br>'}")

# ---- tags -----------------------------------------------------------------------------------------

render("if-operators", "if with and/or/not and comparisons", "{% if a > 1 and b or not c %}y{% else %}n{% endif %}", "{'a': 2, 'b': 0, 'c': 0}")
render("if-precedence", "and binds tighter than or", "{% if a or b and c %}y{% else %}n{% endif %}|{% if not a or b %}y{% else %}n{% endif %}", "{'a': 1, 'b': 0, 'c': 0}")
render("if-in-is", "in, not in, is, is not", "{% if x in l %}in{% endif %}{% if x not in l %}out{% endif %}{% if n is None %}none{% endif %}{% if n is not None %}no{% endif %}{% if t is True %}T{% endif %}", "{'x': 1, 'l': [1, 2], 't': True}")
render("if-elif-else", "if / elif / else", "{% if a == b %}eq{% elif a > b %}gt{% elif a < b %}lt{% else %}other{% endif %}", "{'a': 3, 'b': 1}")
render("if-comparison-type-error", "A comparison that raises is false", "{% if a < b %}lt{% else %}nope{% endif %}", "{'a': None, 'b': 1}")
render("if-not-not", "not == and not not", "{% if not a == b %}ne{% endif %}{% if not not a %}t{% endif %}", "{'a': 1, 'b': 2}")
render("if-filter-in-condition", "A filter in a condition", "{% if a|length > 2 %}long{% endif %}{% if s|lower == 'x' %}x{% endif %}", "{'a': [1, 2, 3], 's': 'X'}")
render("if-literals", "Literals in conditions", "{% if 'a' in 'cat' %}yes{% endif %}{% if 1 == 1.0 %}same{% endif %}{% if '' %}no{% endif %}")
render("if-missing-variable", "A missing variable is false", "{% if nothing %}yes{% else %}no{% endif %}|{% if nothing.x == None %}none{% endif %}")
render("if-empty-containers", "Empty containers are false", "{% if l %}l{% endif %}{% if d %}d{% endif %}{% if z %}z{% endif %}{% if s %}s{% endif %}", "{'l': [], 'd': {}, 'z': 0, 's': ' '}")
render("for-forloop", "forloop's counters, reversed", "{% for x in l reversed %}{{ forloop.counter }}{{ forloop.counter0 }}{{ forloop.revcounter }}{{ forloop.revcounter0 }}{{ forloop.first }}{{ forloop.last }}{{ x }} {% empty %}none{% endfor %}", "{'l': 'abc'}")
render("for-parentloop", "forloop.parentloop", "{% for x in l %}{% for y in l %}{{ forloop.parentloop.counter }}{{ forloop.counter }} {% endfor %}{% endfor %}", "{'l': [1, 2]}")
render("for-empty", "for ... empty over nothing", "{% for x in missing %}a{% empty %}empty{% endfor %}|{% for x in l %}a{% empty %}empty{% endfor %}", "{'l': []}")
render("for-forloop-dict", "The forloop dict itself", "{{ forloop }}{% for x in l %}{{ forloop }}{% endfor %}", "{'l': [1]}")
render("for-unpack-tuples", "for with unpacking", "{% for a, b in l %}{{ a }}-{{ b }} {% endfor %}{% for a,b in l %}{{ a }}{% endfor %}", "{'l': [(1, 2), (3, 4)]}")
render("for-scope", "A loop variable does not outlive the loop", "{% for x in l %}{% endfor %}[{{ x }}][{{ forloop }}]", "{'l': [1, 2]}")
render("for-generator", "for over a generator", "{% for x in g %}{{ x }}{% endfor %}", "{'g': (i * i for i in range(4))}")
render("for-string-and-dict", "for over a string and a dict", "{% for c in s %}{{ c }}.{% endfor %}|{% for k in d %}{{ k }}{% endfor %}", "{'s': 'ab', 'd': {'x': 1, 'y': 2}}")
render("with-tag", "with, new and old forms", "{% with a=1 b='x' %}{{ a }}{{ b }}{% endwith %}{% with 2 as c %}{{ c }}{% endwith %}[{{ a }}]")
render("with-expression", "with a filter expression", "{% with total=l|length %}{{ total }} item{{ total|pluralize }}{% endwith %}", "{'l': [1, 2]}")
render("url-tag", "url with args, kwargs and as", "{% url 'home' %}|{% url 'year' 2024 %}|{% url 'year' year=y %}|{% url 'post' slug='a-b' as u %}[{{ u }}]|{% url 'nowhere' as v %}[{{ v }}]", "{'y': 1999}")
render("url-variable-name", "url with the name in a variable", "{% url name 2000 %}", "{'name': 'year'}")
render("static-tag", "static, with staticfiles", "{% load static %}{% static 'site.css' %}|{% static 'a b/é.js' %}|{% static 'x.css' as s %}[{{ s }}]|{% get_static_prefix %}|{% get_media_prefix %}")
render("static-tag-without-staticfiles", "static without django.contrib.staticfiles", "{% load static %}{% static 'a b/é.js' %}|{% static p %}", "{'p': 'img/<x>.png'}",
       settings=settings_with(INSTALLED_APPS=[], MEDIA_URL="/media/"))
render("csrf-token-missing", "csrf_token without a token", "[{% csrf_token %}]")
render("csrf-token-value", "csrf_token from the context", "{% csrf_token %}", "{'csrf_token': 'abc<def'}")
render("csrf-token-notprovided", "csrf_token NOTPROVIDED", "[{% csrf_token %}]", "{'csrf_token': 'NOTPROVIDED'}")
render("cycle-tag", "cycle in a loop, named, silent", "{% for i in l %}{% cycle 'a' 'b' %}{% endfor %}|{% cycle 'x' 'y' as c %}{% cycle c %}{% cycle c %}|{% for i in l %}{% cycle 'p' 'q' as z silent %}{{ z }}{% endfor %}", "{'l': [1, 2, 3]}")
render("resetcycle-tag", "resetcycle", "{% for i in l %}{% cycle 'a' 'b' 'c' %}{% if i == 2 %}{% resetcycle %}{% endif %}{% endfor %}", "{'l': [1, 2, 3, 4]}")
render("ifchanged-tag", "ifchanged, with and without variables", "{% for i in l %}{% ifchanged %}{{ i }}{% endifchanged %}{% endfor %}|{% for i in l %}{% ifchanged i %}c{% else %}s{% endifchanged %}{% endfor %}", "{'l': [1, 1, 2, 2, 1]}")
render("firstof-tag", "firstof", "{% firstof a b 'x<' %}|{% firstof a b c %}|{% firstof a b as v %}[{{ v }}]|[{% firstof a b %}]", "{'c': '<c>'}")
render("spaceless-tag", "spaceless", "{% spaceless %} <p>\n <a> x </a> </p> {% endspaceless %}")
render("verbatim-tag", "verbatim, plain and named", "{% verbatim %}{{ a }}{% if %}{# c #}{% endverbatim %}|{% verbatim x %}{% endverbatim %}{% endverbatim x %}")
render("templatetag-tag", "templatetag", "{% templatetag openblock %}{% templatetag closeblock %}{% templatetag openvariable %}{% templatetag closevariable %}{% templatetag openbrace %}{% templatetag closebrace %}{% templatetag opencomment %}{% templatetag closecomment %}")
render("filter-tag", "filter tag", "{% filter upper|cut:'A' %}abc{{ x }}{% endfilter %}|{% filter force_escape %}<b>{% endfilter %}", "{'x': '<a>'}")
render("widthratio-tag", "widthratio", "{% widthratio 175 200 100 %}|{% widthratio a 0 100 %}|{% widthratio 1 3 100 as w %}{{ w }}|{% widthratio 1 0 100 %}")
render("comment-tags", "comment and {# #}", "a{% comment 'note' %}{{ x }}{% if %}{% endcomment %}b{# {{ x }} #}c{# multi\nline #}d")
render("load-from", "load one tag from a library", "{% load static from static %}{% static 'a.css' %}")
render("now-tag", "now with a format that does not change", "{% now 'Y' as y %}{% if y|length == 4 %}year{% endif %}|{% now '\\n\\o\\w' %}")
render("lexer-lines", "Line numbers after multi-line text in an error", "a\nb\n{% if x %}\n{% bogus %}\n{% endif %}")
render("split-contents-quotes", "Quoted arguments with spaces", "{% with a='x y' b=\"p q\" %}{{ a }}|{{ b }}{% endwith %}|{% firstof \"a b\" %}")

add("querystring-tag", "querystring over request.GET, a dict, None and lists", SETUP.format(settings=settings_with()) + textwrap.dedent("""
    from django.template import engines
    t = engines['django'].from_string("{% querystring %}|{% querystring page=2 %}|{% querystring q=None %}|{% querystring d tag=tags %}|{% querystring d x=1 as qs %}[{{ qs }}]")
    result = [t.render({'d': {'a': 'b c'}, 'tags': ['x', 'y&z']}, make_request('/', 'q=1&q=2&page=1'))]
    try:
        engines['django'].from_string("{% querystring 5 %}").render({}, make_request())
    except Exception as e:
        result.append([type(e).__name__, str(e)])
    """))


# ---- inheritance and inclusion --------------------------------------------------------------------

BASE = {"base.html": "<title>{% block title %}Base{% endblock %}</title>{% block body %}<p>base body</p>{% endblock %}[{% block empty %}{% endblock %}]",
        "middle.html": "{% extends 'base.html' %}{% block title %}Middle/{{ block.super }}{% endblock %}",
        "row.html": "<li>{{ item }}{% if extra %} ({{ extra }}){% endif %}</li>",
        "needs-name.html": "[{{ name }}|{{ csrf_token }}]",
        "name.html": "[{{ name }}|{{ request.path }}]",
        "nested-base.html": "{% block outer %}O[{% block inner %}I{% endblock %}]{% endblock %}",
        "ext-var.html": "{% extends parent %}{% block title %}from a variable{% endblock %}"}
render("extends-block", "extends overriding a block", "{% extends 'base.html' %}{% block title %}Child{% endblock %}ignored text", templates=BASE)
render("extends-block-super", "block.super through two levels", "{% extends 'middle.html' %}{% block title %}Child/{{ block.super }}{% endblock %}{% block body %}{{ block.super }}+child{% endblock %}", templates=BASE)
render("extends-nested-blocks", "Nested blocks overridden separately", "{% extends 'nested-base.html' %}{% block inner %}i2{% endblock %}", templates=BASE)
render("extends-nested-outer", "An outer block override drops inner ones", "{% extends 'nested-base.html' %}{% block outer %}new{% endblock %}{% block inner %}unused{% endblock %}", templates=BASE)
render("extends-variable", "extends from a variable", "{% extends 'ext-var.html' %}", "{'parent': 'base.html'}", templates=BASE)
render("extends-endblock-name", "endblock with the block's name", "{% extends 'base.html' %}{% block title %}Named{% endblock title %}", templates=BASE)
render("extends-context", "A child's variables reach the parent", "{% extends 'base.html' %}{% block body %}{{ x }}{% endblock %}", "{'x': '<x>'}", templates=BASE)
render("block-super-in-base", "block.super in a template that extends nothing", "{% block a %}[{{ block.super }}]{% endblock %}")
render("include-basic", "include with the context", "<ul>{% for item in items %}{% include 'row.html' %}{% endfor %}</ul>", "{'items': ['a', '<b>']}", templates=BASE)
render("include-with", "include with extra variables", "{% include 'row.html' with item='x' extra=n|add:1 %}", "{'n': 1}", templates=BASE)
render("include-only", "include ... only", "{% include 'row.html' with item='x' only %}|{% include 'needs-name.html' only %}", "{'extra': 'not seen', 'name': 'n'}", templates=BASE)
render("include-variable", "include a name from a variable", "{% include t %}", "{'t': 'row.html', 'item': 'i'}", templates=BASE)
render("include-list-of-names", "include the first template of a list", "{% include names %}", "{'names': ['nothere.html', 'row.html'], 'item': 'i'}", templates=BASE)

# ---- a project's own tag library: simple_tag, simple_block_tag, inclusion_tag, filters ---------

EXTRAS = """from django import template

register = template.Library()


@register.simple_tag
def greet(name, greeting="Hello"):
    return f"{greeting}, {name}<!>"


@register.simple_tag(takes_context=True)
def who(context, suffix=""):
    return str(context.get("user", "nobody")) + suffix


@register.simple_tag
def many(*args, **kwargs):
    return "%s %s" % (list(args), sorted(kwargs.items()))


@register.inclusion_tag("inc.html")
def show(items, title="T"):
    return {"items": items, "title": title}


@register.simple_block_tag
def box(content, kind="info"):
    return f"<div class={kind}>{content}</div>"


@register.filter
def double(value):
    return value * 2
"""
LIBRARY_FILES = {"mysite/templatetags/__init__.py": "", "mysite/templatetags/extras.py": EXTRAS}
WITH_APP = settings_with(INSTALLED_APPS=["django.contrib.staticfiles", "mysite"])
LIB_CONTEXT = "{'user': '<u>', 'l': [1, 2], 'x': '&', 'csrf_token': 'TOK'}"
for slug, source in {
    "simple-tag": '{% load extras %}{% greet "Bob" %}|{% greet "A" greeting="Hi" %}|{% greet "A" as g %}[{{ g }}]',
    "simple-tag-context": '{% load extras %}{% who %}|{% who "!" %}',
    "simple-tag-varargs": "{% load extras %}{% many 1 2 a=3 %}",
    "inclusion-tag": '{% load extras %}{% show l %}|{% show l title="X" %}',
    "simple-block-tag": '{% load extras %}{% box %}<b>{{ x }}</b>{% endbox %}|{% box kind="warn" %}y{% endbox %}',
    "custom-filter": "{% load extras %}{{ 3|double }}|{{ 'ab'|double }}",
    "err-simple-tag-missing-arg": "{% load extras %}{% greet %}",
    "err-simple-tag-too-many": '{% load extras %}{% greet "a" "b" "c" %}',
    "err-simple-tag-positional-after-keyword": '{% load extras %}{% greet name="a" "b" %}',
    "err-simple-tag-unexpected-keyword": "{% load extras %}{% greet nope=1 %}",
    "err-simple-tag-keyword-twice": "{% load extras %}{% greet name=1 name=2 %}",
    "err-inclusion-tag-missing-arg": "{% load extras %}{% show %}",
    "err-load-from-only-filter": '{% load double from extras %}{{ 2|double }}{% greet "x" %}',
}.items():
    render(f"library-{slug}", f"A project's tag library: {source!r}", source, LIB_CONTEXT, settings=WITH_APP,
           templates={"inc.html": "<h2>{{ title }}</h2>{% for i in items %}[{{ i }}]{% endfor %}{{ csrf_token }}"})
    CASES[f"library-{slug}"]["files"].update(LIBRARY_FILES)


# ---- Context, RequestContext, render_to_string, render(), TemplateResponse ------------------------

add("api-context", "Context push, pop, update, flatten, get", SETUP.format(settings=settings_with()) + textwrap.dedent("""
    from django.template import Context, ContextPopException
    c = Context({'a': 1})
    out = [c['a'], c.get('b', 'dflt'), 'a' in c, 'True' in c]
    with c.push(b=2):
        out.append(c['b'])
        c['a'] = 10
        out.append(c['a'])
    out.append(c['a'])
    c.update({'z': 26})
    out.append(sorted(c.flatten().items(), key=str))
    c.pop(); c.pop()
    try:
        c.pop()
    except ContextPopException as e:
        out.append(['popped too far', type(e).__name__])
    try:
        c.update(1)
    except TypeError as e:
        out.append(str(e))
    out.append(c.setdefault('q', 5))
    c.set_upward('q', 6)
    out.append(c['q'])
    result = out
    """))
add("api-context-repr-missing", "A failed lookup's message", SETUP.format(settings=settings_with()) + textwrap.dedent("""
    from django.template import Context, Variable, VariableDoesNotExist
    try:
        Variable('a.b').resolve(Context({'a': {'c': 1}}))
    except VariableDoesNotExist as e:
        result = str(e)
    """))
add("api-template-class", "django.template.Template with a Context", SETUP.format(settings=settings_with()) + textwrap.dedent("""
    from django.template import Template, Context
    t = Template('{{ a }}|{{ b|default:"-" }}')
    result = [t.render(Context({'a': '<x>'})), t.render(Context({'a': '<x>'}, autoescape=False)), type(t.render(Context())).__name__]
    """))
add("api-render-to-string", "render_to_string with a file template", SETUP.format(settings=settings_with()) + textwrap.dedent("""
    from django.template.loader import render_to_string
    result = [render_to_string('row.html', {'item': '<i>'}), render_to_string(['nothere.html', 'row.html'], {'item': 2})]
    """), templates=BASE)
add("api-template-does-not-exist", "TemplateDoesNotExist from the loader", SETUP.format(settings=settings_with()) + textwrap.dedent("""
    from django.template.loader import get_template, select_template
    from django.template import TemplateDoesNotExist
    out = []
    for find in (lambda: get_template('nothere.html'), lambda: select_template(['a.html', 'b.html'])):
        try:
            find()
        except TemplateDoesNotExist as e:
            out.append([str(e), len(e.chain)])
    result = out
    """))
add("api-request-context", "RequestContext with the context processors", SETUP.format(settings=settings_with(
    {"context_processors": ["django.template.context_processors.request", "django.template.context_processors.static",
                            "django.template.context_processors.media", "django.template.context_processors.tz",
                            "django.template.context_processors.debug"]}, MEDIA_URL="/m/", TIME_ZONE="UTC",
    DEBUG=True, INTERNAL_IPS=["127.0.0.1"], ALLOWED_HOSTS=["testserver"])) + textwrap.dedent("""
    from django.template import engines
    request = make_request('/page/', 'q=1')
    t = engines['django'].from_string('{{ request.path }}|{{ request.GET.q }}|{{ STATIC_URL }}|{{ MEDIA_URL }}|{{ TIME_ZONE }}|{{ debug }}|{{ mine }}')
    result = [t.render({'mine': 'view'}, request), t.render({'STATIC_URL': 'overridden'}, request)]
    """))
add("api-csrf-processor", "The csrf processor gives a token of 64 characters", SETUP.format(settings=settings_with(
    SECRET_KEY="x" * 50, ALLOWED_HOSTS=["testserver"])) + textwrap.dedent("""
    from django.template import engines
    request = make_request()
    t = engines['django'].from_string('{% csrf_token %}')
    html = t.render({}, request)
    import re
    result = [re.sub('value="[^"]+"', 'value="..."', html), len(re.search('value="([^"]+)"', html)[1]), request.META.get('CSRF_COOKIE_NEEDS_UPDATE')]
    """))
add("api-processor-not-dict", "A context processor that returns no dict", SETUP.format(settings=settings_with(
    {"context_processors": ["mysite.procs.broken"]}, ALLOWED_HOSTS=["testserver"])) + textwrap.dedent("""
    from django.template import engines
    result = engines['django'].from_string('x').render({}, make_request())
    """))
CASES["api-processor-not-dict"]["files"]["mysite/procs.py"] = "def broken(request):\n    return None\n"
add("api-render-shortcut", "render() and TemplateResponse", SETUP.format(settings=settings_with(
    {"context_processors": ["django.template.context_processors.request"]}, ALLOWED_HOSTS=["testserver"])) + textwrap.dedent("""
    from django.shortcuts import render
    from django.template.response import TemplateResponse
    request = make_request('/x/')
    r = render(request, 'name.html', {'name': '<n>'}, status=201)
    tr = TemplateResponse(request, 'row.html', {'item': 'late'})
    before = tr.is_rendered
    tr.context_data['item'] = 'changed'
    tr.render()
    result = [r.status_code, r['Content-Type'], r.content.decode(), before, tr.content.decode()]
    """), templates=BASE)
add("api-make-context-type-error", "render() with a context that is not a dict", SETUP.format(settings=settings_with()) + textwrap.dedent("""
    from django.template import engines
    result = engines['django'].from_string('x').render(['not', 'a', 'dict'])
    """))
add("api-include-template-object", "include of a Template object, extends of one", SETUP.format(settings=settings_with()) + textwrap.dedent("""
    from django.template import engines
    e = engines['django']
    row = e.get_template('row.html')
    base = e.from_string('[{% block b %}base{% endblock %}]')
    result = [e.from_string('{% include t %}').render({'t': row, 'item': 'obj'}),
              e.from_string('{% extends p %}{% block b %}child{% endblock %}').render({'p': base})]
    """), templates=BASE)
add("api-syntax-error-token", "The exception of a syntax error names its token", SETUP.format(settings=settings_with()) + textwrap.dedent("""
    from django.template import engines, TemplateSyntaxError
    try:
        engines['django'].from_string('ab\\n{% if %}')
    except TemplateSyntaxError as e:
        result = [str(e), e.token.contents, e.token.lineno, e.token.token_type.name]
    """))

add("loader-app-directories", "APP_DIRS finds an app's templates/ folder, after DIRS", SETUP.format(settings=settings_with(
    INSTALLED_APPS=["django.contrib.staticfiles", "mysite"],
    TEMPLATES=[{"BACKEND": "django.template.backends.django.DjangoTemplates", "DIRS": ["templates"], "APP_DIRS": True}])) + textwrap.dedent("""
    from django.template.loader import get_template, render_to_string
    t = get_template('app-only.html')
    result = [render_to_string('both.html'), render_to_string('app-only.html', {'x': 1}), t.origin.template_name,
              t.origin.loader_name, t.origin.name.endswith('mysite/templates/app-only.html')]
    """), templates={"both.html": "from DIRS"})
CASES["loader-app-directories"]["files"].update({"mysite/templates/both.html": "from the app",
                                                  "mysite/templates/app-only.html": "app {{ x }}"})
add("loader-tried", "TemplateDoesNotExist lists where each loader looked", SETUP.format(settings=settings_with(
    INSTALLED_APPS=["django.contrib.staticfiles", "mysite"],
    TEMPLATES=[{"BACKEND": "django.template.backends.django.DjangoTemplates", "DIRS": ["templates"], "APP_DIRS": True}])) + textwrap.dedent("""
    import os
    from django.template.loader import get_template
    from django.template import TemplateDoesNotExist
    try:
        get_template('missing.html')
    except TemplateDoesNotExist as e:
        tried = [[os.path.relpath(origin.name), why, origin.loader_name] for origin, why in e.chain[0].tried]
        result = [str(e), type(e.chain[0].backend).__name__, tried]
    """), templates={"x.html": ""})
CASES["loader-tried"]["files"]["mysite/templates/y.html"] = ""
add("loader-locmem-and-cached", "The locmem loader, inside the cached loader", SETUP.format(settings=settings_with(
    TEMPLATES=[{"BACKEND": "django.template.backends.django.DjangoTemplates", "OPTIONS": {"loaders": [
        ("django.template.loaders.cached.Loader", [("django.template.loaders.locmem.Loader", {
            "index.html": "{% extends 'base.html' %}{% block b %}index {{ block.super }}{% endblock %}",
            "base.html": "<{% block b %}base{% endblock %}>"})])]}}])) + textwrap.dedent("""
    from django.template import engines
    from django.template.loader import get_template
    first, second = get_template('index.html'), get_template('index.html')
    result = [first.render({}), first.template is second.template, type(engines['django'].engine.template_loaders[0]).__module__]
    """))
add("loader-extends-same-name", "A template extends another of the same name in a later folder", SETUP.format(settings=settings_with(
    TEMPLATES=[{"BACKEND": "django.template.backends.django.DjangoTemplates", "DIRS": ["templates", "fallback"]}])) + textwrap.dedent("""
    from django.template.loader import render_to_string
    result = render_to_string('page.html', {'who': 'me'})
    """), templates={"page.html": "{% extends 'page.html' %}{% block main %}override by {{ who }}{% endblock %}"})
CASES["loader-extends-same-name"]["files"]["fallback/page.html"] = "[{% block main %}fallback{% endblock %}]"
add("loader-include-relative", "include and extends with ./ and ../ names", SETUP.format(settings=settings_with()) + textwrap.dedent("""
    from django.template.loader import render_to_string
    result = render_to_string('shop/page.html')
    """), templates={"shop/page.html": "{% extends '../base2.html' %}{% block b %}{% include './part.html' %}{% endblock %}",
                     "shop/part.html": "part", "base2.html": "<{% block b %}{% endblock %}>"})


def main():
    os.makedirs(OUT, exist_ok=True)
    for name in os.listdir(OUT):
        if name.startswith(PREFIX):
            os.remove(os.path.join(OUT, name))
    for slug, case in CASES.items():
        with open(os.path.join(OUT, f"{PREFIX}{slug}.json"), "w", encoding="utf-8") as out:
            json.dump(case, out, indent=2, ensure_ascii=False)
            out.write("\n")
    print(f"{len(CASES)} cases written to {os.path.relpath(OUT)}")


if __name__ == "__main__":
    main()
