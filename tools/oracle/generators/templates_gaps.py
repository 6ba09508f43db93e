"""Write python-case inputs for what the template language lacked after its first rewrite:
|wordwrap, |urlize, |urlizetrunc, |truncatechars_html, |truncatewords_html, |timesince,
|timeuntil, {% regroup %}, {% lorem %}, {% debug %}; |date, |time and local time with
TIME_ZONE and USE_TZ (our engine has no zoneinfo database in Pyodide); a syntax error in a
template file (the "Template: <path>, " prefix) and the template_debug the DEBUG page shows.

    python3 tools/oracle/generators/templates_gaps.py
    python3 tools/oracle/record.py --out tools/oracle/cases tools/oracle/inputs/python/templates-gaps-*.json
"""

import json
import os
import sys
import textwrap

sys.path.insert(0, os.path.dirname(__file__))
from templates_language import SETUP, URLS, settings_with  # noqa: E402

OUT = os.path.join(os.path.dirname(__file__), "..", "inputs", "python")
PREFIX = "templates-gaps-"
CASES = {}


def add(slug, description, code, templates=None):
    files = {"mysite/__init__.py": "", "mysite/urls.py": URLS}
    files.update({f"templates/{name}": text for name, text in (templates or {}).items()})
    assert slug not in CASES, slug
    CASES[slug] = {"kind": "python", "description": description, "files": files, "code": code}


def render(slug, description, source, context="{}", settings=None, before=""):
    code = SETUP.format(settings=settings or settings_with()) + textwrap.dedent(before)
    code += "import datetime\nfrom django.utils.safestring import mark_safe\nfrom django.template import engines\n"
    code += f"result = engines['django'].from_string({source!r}).render({context})\n"
    add(slug, description, code)


def many(slug, description, template, values, settings=None, before=""):
    """One case rendering `template` once per value (each a Python expression bound to `v`)."""
    code = SETUP.format(settings=settings or settings_with()) + textwrap.dedent(before)
    code += "import datetime\nfrom django.utils.safestring import mark_safe\nfrom django.template import engines\n"
    code += f"template = engines['django'].from_string({template!r})\n"
    code += "result = []\nfor v in [" + ", ".join(values) + "]:\n"
    code += "    try:\n        result.append(template.render({'v': v}))\n"
    code += "    except Exception as e:\n        result.append([type(e).__name__, str(e)])\n"
    add(slug, description, code)


# ---- text filters -----------------------------------------------------------------------------

TEXTS = ['"tea for two and two for tea"', '"a\\nb  c d\\n"', '"  lead space and words"', '"supercalifragilistic word"',
         '"x\\n\\n\\ny z w"', '"line one\\r\\nline two words"', '""']
for width in (1, 4, 10):
    many(f"wordwrap-{width}", f"|wordwrap:{width}: lines broken at spaces, long words kept whole, line breaks kept",
         "{{ v|wordwrap:%d }}" % width, TEXTS)
render("wordwrap-bad-width", "|wordwrap with a width that is no number raises", "{{ 'a b'|wordwrap:'x' }}")

URLS_TEXT = ['"see https://example.com/x?y=1 & www.django.test"', '"(www.example.com)"', '"Go to http://x.org/a_b(c)."',
             '"mail me@example.com, now!"', '"a.b c:d x@y"', '"https://café.fr/été?q=a b&c=%20d#frag"',
             '"<b>www.x.com</b>"', '"\\"http://q.com\\" \'www.w.org\'"', '"foo.com/bar and bar.net sub.foo.com"',
             '"[http://a.com/b]"', '"a&amp;b.com"', '"www.example.com;"', '"joe@[1.2.3.4] a@b.c x@localhost"',
             '"ftp://nope.com"', '"trailing http://t.co/x!!"', 'mark_safe("<i>www.safe.com</i> & x")',
             '"user@mañana.es q+t@ex.org."', '"&lt;www.a.com&gt;"', '"x.com/?a=1&b=2"']
many("urlize", "|urlize: addresses become links (rel=nofollow), punctuation around them kept out, the rest escaped",
     "{{ v|urlize }}", URLS_TEXT)
many("urlize-autoescape-off", "|urlize with autoescaping off", "{% autoescape off %}{{ v|urlize }}{% endautoescape %}", URLS_TEXT)
many("urlizetrunc", "|urlizetrunc:10: the link text shortened to ten characters", "{{ v|urlizetrunc:10 }}", URLS_TEXT)

HTML = ['"<p>one <b>two three</b> four</p>"', '"a &amp; b c d"', '"<br>one two<br/> three four five"',
        '"<p>one</p><p>two three four</p>"', '"<i>a</i> b"', '"x<y z"', '"<div><p>α β γ δ ε</p></div>"',
        '"one   two\\nthree  four"', '"<p>unclosed <b>bold text more words"', '"&lt;&gt; &#39;q&#39; &hellip; end"',
        '"<!-- c --> one two three"', '"<b>abc"', '"<b/>x y"', 'mark_safe("<a href=\'x\'>café crème</a> au lait")']
for count in (1, 3, 9):
    many(f"truncatechars-html-{count}", f"|truncatechars_html:{count}: text cut (the ellipsis counted), open tags closed",
         "{{ v|truncatechars_html:%d }}" % count, HTML)
    many(f"truncatewords-html-{count}", f"|truncatewords_html:{count}: words cut, open tags closed",
         "{{ v|truncatewords_html:%d }}" % count, HTML)
render("truncate-html-bad-arguments", "|truncatechars_html and |truncatewords_html with arguments that are no numbers, or 0",
       "{{ h|truncatechars_html:'x' }}|{{ h|truncatewords_html:'y' }}|{{ h|truncatechars_html:0 }}|{{ h|truncatewords_html:-1 }}",
       "{'h': '<p>a b</p>'}")

# ---- |timesince and |timeuntil ---------------------------------------------------------------

PAIRS = [
    "(datetime.datetime(2024, 1, 1), datetime.datetime(2024, 1, 1, 0, 0, 59))",
    "(datetime.datetime(2024, 1, 1), datetime.datetime(2024, 1, 1, 0, 1))",
    "(datetime.datetime(2024, 1, 1), datetime.datetime(2024, 1, 9, 15, 5))",
    "(datetime.datetime(2024, 1, 31), datetime.datetime(2024, 2, 29))",
    "(datetime.datetime(2024, 1, 31), datetime.datetime(2024, 3, 1))",
    "(datetime.datetime(2024, 2, 29), datetime.datetime(2025, 2, 28))",
    "(datetime.datetime(2020, 5, 17, 10), datetime.datetime(2024, 5, 17, 9))",
    "(datetime.datetime(2024, 3, 1, 12), datetime.datetime(2024, 3, 1, 11))",
    "(datetime.date(2024, 1, 1), datetime.date(2025, 3, 9))",
    "(datetime.datetime(2024, 3, 1, 12, tzinfo=datetime.timezone.utc), datetime.datetime(2024, 3, 1, 19, tzinfo=datetime.timezone(datetime.timedelta(hours=-6))))",
    "(datetime.datetime(2024, 1, 1, tzinfo=datetime.timezone.utc), datetime.datetime(2025, 3, 9))",
    "(None, datetime.datetime(2025, 1, 1))",
    "('not a date', datetime.datetime(2025, 1, 1))",
]
many("timesince", "|timesince:later and |timeuntil:earlier, counted on the calendar (at most two adjacent units)",
     "{{ v.0|timesince:v.1 }}|{{ v.1|timeuntil:v.0 }}|{{ v.0|timeuntil:v.1 }}", PAIRS)
add("timesince-depth", "django.utils.timesince with depth and reversed", SETUP.format(settings=settings_with()) + textwrap.dedent("""
    import datetime
    from django.utils.timesince import timesince, timeuntil
    a, b = datetime.datetime(2021, 2, 3, 4, 5), datetime.datetime(2024, 7, 10, 9, 1)
    result = [timesince(a, b, depth=depth) for depth in (1, 2, 3, 6)] + [timeuntil(b, a), timesince(b, a, reversed=True)]
    try:
        timesince(a, b, depth=0)
    except ValueError as e:
        result.append(str(e))
    """))

# ---- {% regroup %}, {% lorem %}, {% debug %} -------------------------------------------------

TEAS = "[{'name': 'sencha', 'kind': 'green'}, {'name': 'matcha', 'kind': 'green'}, {'name': 'assam', 'kind': 'black'}, {'name': 'gyokuro', 'kind': 'Green'}]"
render("regroup", "{% regroup %} groups runs of equal values; each group is (grouper, list)",
       "{% regroup teas by kind as g %}{% for x in g %}{{ x.grouper }}={% for t in x.list %}{{ t.name }},{% endfor %};{% endfor %}"
       "|{% for grouper, items in g %}{{ grouper }}{{ items|length }}{% endfor %}|{{ g.0 }}", f"{{'teas': {TEAS}}}")
render("regroup-filtered", "{% regroup ... by attribute|filter %}", "{% regroup teas by kind|lower as g %}{% for x in g %}{{ x.grouper }}:{{ x.list|length }};{% endfor %}",
       f"{{'teas': {TEAS}}}")
render("regroup-missing", "{% regroup %} of what does not exist, or by what does not exist",
       "[{% regroup nothing by kind as g %}{{ g|length }}][{% regroup teas by nope as h %}{{ h|length }}{{ h.0.grouper }}]", f"{{'teas': {TEAS}}}")
for slug, source in {"arguments": "{% regroup teas by kind %}", "by": "{% regroup teas with kind as g %}",
                     "as": "{% regroup teas by kind to g %}"}.items():
    render(f"regroup-error-{slug}", f"{{% regroup %}} written wrong: {source}", source)
render("lorem", "{% lorem %}: the classic paragraph, words, HTML paragraphs (only the fixed parts)",
       "{% lorem %}|{% lorem 4 w %}|{% lorem 19 w %}|{% lorem 1 p %}|{% lorem n w %}|{% lorem 0 w %}|{% lorem 1 b %}", "{'n': 'x'}")
render("lorem-random-counts", "{% lorem %} with random: only how many words and paragraphs are fixed",
       "{% lorem 7 w random %}|{% lorem 3 p %}", before="", )
CASES["lorem-random-counts"]["code"] = CASES["lorem-random-counts"]["code"].replace(
    "result = engines", "text = engines").rstrip("\n") + "\nwords, paragraphs = text.split('|')\nresult = [len(words.split()), paragraphs.count('<p>'), paragraphs.startswith('<p>Lorem ipsum')]\n"
render("lorem-error", "{% lorem %} with too many arguments", "{% lorem 1 2 w %}")
render("debug-off", "{% debug %} shows nothing without DEBUG", "[{% debug %}]")
add("debug-on", "{% debug %} with DEBUG: the context's dicts and the modules, escaped (only the start is fixed)",
    SETUP.format(settings=settings_with(DEBUG=True)) + textwrap.dedent("""
    from django.template import engines
    text = engines['django'].from_string('{% debug %}').render({'a': '<b>'})
    result = [text.startswith("{&#x27;a&#x27;: &#x27;&lt;b&gt;&#x27;}"), "&#x27;sys&#x27;: &lt;module &#x27;sys&#x27;" in text]
    """))

# ---- local time --------------------------------------------------------------------------------

MOMENTS = ["datetime.datetime(2024, 3, 1, 14, 5, tzinfo=datetime.timezone.utc)",
           "datetime.datetime(2024, 7, 1, 14, 5, tzinfo=datetime.timezone.utc)",
           "datetime.datetime(2024, 3, 10, 7, 59, tzinfo=datetime.timezone.utc)",
           "datetime.datetime(2024, 3, 10, 8, 0, tzinfo=datetime.timezone.utc)",
           "datetime.datetime(2024, 3, 31, 0, 59, tzinfo=datetime.timezone.utc)",
           "datetime.datetime(2024, 3, 31, 1, 0, tzinfo=datetime.timezone.utc)",
           "datetime.datetime(2024, 10, 27, 0, 30, tzinfo=datetime.timezone.utc)",
           "datetime.datetime(2024, 11, 3, 6, 30, tzinfo=datetime.timezone.utc)",
           "datetime.datetime(2024, 11, 3, 7, 30, tzinfo=datetime.timezone.utc)",
           "datetime.datetime(2025, 1, 15, 23, 30, tzinfo=datetime.timezone.utc)",
           "datetime.datetime(2024, 7, 1, 14, 5)",
           "datetime.time(9, 30)"]
ZONES = ["America/Chicago", "UTC", "Europe/Paris", "Europe/London", "America/New_York", "US/Eastern", "Asia/Kolkata",
         "Australia/Sydney", "Asia/Tokyo", "America/Los_Angeles", "Pacific/Auckland", "America/Sao_Paulo"]
for zone in ZONES:
    many(f"localtime-{zone.replace('/', '-').lower()}", f"|date and |time of aware datetimes with USE_TZ and TIME_ZONE={zone!r}",
         "{{ v|date:'c' }}|{{ v|date:'r e T O I Z P' }}|{{ v|time:'H:i e' }}|{{ v }}", MOMENTS,
         settings=settings_with(USE_TZ=True, TIME_ZONE=zone))
many("localtime-use-tz-off", "USE_TZ off: an aware datetime is shown as it is, a naive one takes TIME_ZONE's offset for O and T",
     "{{ v|date:'c' }}|{{ v|date:'r e T O I' }}|{{ v }}", MOMENTS, settings=settings_with(USE_TZ=False, TIME_ZONE="Europe/Paris"))
add("timezone-functions", "django.utils.timezone without a zoneinfo database: localtime, make_aware (fold), make_naive, names",
    SETUP.format(settings=settings_with(USE_TZ=True, TIME_ZONE="America/Chicago")) + textwrap.dedent("""
    import datetime
    from django.utils import timezone
    utc = datetime.timezone.utc
    moment = datetime.datetime(2024, 11, 3, 6, 30, tzinfo=utc)
    shown = lambda d: [d.isoformat(), d.tzname(), str(d.dst()), d.fold]
    result = [shown(timezone.localtime(moment)), shown(timezone.localtime(moment + datetime.timedelta(hours=1))),
              shown(timezone.make_aware(datetime.datetime(2024, 11, 3, 1, 30))),
              shown(timezone.make_aware(datetime.datetime(2024, 11, 3, 1, 30, fold=1))),
              shown(timezone.make_aware(datetime.datetime(2024, 3, 10, 2, 30))),
              timezone.make_naive(moment).isoformat(), timezone.get_current_timezone_name(),
              str(timezone.get_default_timezone()), timezone.localdate(moment).isoformat()]
    with timezone.override("Europe/Paris"):
        result += [shown(timezone.localtime(moment)), timezone.get_current_timezone_name()]
    timezone.activate("Asia/Kolkata")
    result += [shown(timezone.localtime(moment)), timezone.get_current_timezone_name()]
    timezone.deactivate()
    result.append(timezone.get_current_timezone_name())
    """))

# ---- syntax errors in files, template_debug ---------------------------------------------------------

ERROR_CODE = """
import os
from django.template import loader
result = {}
for name in %r:
    try:
        loader.get_template(name).render({'v': 3})
        result[name] = 'rendered'
    except Exception as e:
        info = getattr(e, 'template_debug', None)
        if info:
            info = dict(info, name=os.path.relpath(info['name']))
        result[name] = [type(e).__name__, str(e).replace(os.getcwd() + os.sep, ''), getattr(e, 'raw_error_message', None), info]
"""
ERROR_TEMPLATES = {"broken.html": "line one\n{% for x in y %}\n{{ x }}\n", "badfilter.html": "x\n{{ nope|shout }}\n",
                   "render.html": "a\nb {% url 'nowhere' v %} c\nd\n", "inc.html": "top\n{% include 'broken.html' %}\n",
                   "child.html": "{% extends 'base.html' %}{% block b %}{% url 'nowhere' %}{% endblock %}",
                   "base.html": "<{% block b %}{% endblock %}>", "long.html": "".join(f"line {n}\n" for n in range(1, 30)) + "{% if %}\n" + "".join(f"after {n}\n" for n in range(12))}
for debug in (True, False):
    add(f"file-errors-debug-{str(debug).lower()}", f"Errors in template files, DEBUG={debug}: the 'Template: <path>, ' prefix, "
        "raw_error_message, and template_debug (with DEBUG) as the DEBUG page's 'Template error' reads it",
        SETUP.format(settings=settings_with(DEBUG=debug)) + ERROR_CODE % (sorted(ERROR_TEMPLATES) + ["missing.html"],), ERROR_TEMPLATES)
render("string-template-error-no-prefix", "A syntax error in a template from a string has no 'Template:' prefix",
       "{% if %}{% endif %}")


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
