"""Differential test of DEBUG's technical pages: real Django and the mini Django on the same
random inputs, under the oracle's CPython (the mini Django runs there too), compared whole.
Nothing is recorded; it prints the inputs whose answers differ (what err_debug_pages.py then
turns into recorded cases when it finds something).

    python3 tools/oracle/generators/err_differential.py [SEEDS]    # default 1 2 3

- 404: random URLconfs (path/re_path, include() with and without namespaces, names with
  quotes and markup) and paths: the page's title, exception value, Raised by, the patterns
  tried and the closing sentence;
- 500: random exceptions (chained, suppressed, with notes), requests (GET, POST, cookies,
  secret-looking META) and settings (nested secrets): the whole text report, machine lines
  masked, and the HTML page's title and exception value;
- Accept: which of text/html and text/plain get_preferred_type() picks for random headers.

Needs ORACLE_PYTHON and ORACLE_DJANGO_PATH (tools/oracle/README.md).
"""

import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
OURS = os.path.normpath(os.path.join(HERE, "..", "..", "..", "src", "python"))

NOT_FOUND = 'import html, json, random, re, sys, types\nfrom django.conf import settings\nsettings.configure(DEBUG=True, ALLOWED_HOSTS=["*"], ROOT_URLCONF="root_urls", SECRET_KEY="k" * 50, INSTALLED_APPS=[])\nimport django; django.setup()\nfrom django.http import HttpRequest, HttpResponse, Http404\nfrom django.urls import include, path, re_path, resolve, clear_url_caches\nfrom django.urls.exceptions import Resolver404\nfrom django.views import debug\n\ndef text_of(fragment):\n    return " ".join(html.unescape(re.sub(r"<[^>]*>", "", fragment)).split())\ndef facts(response):\n    body = response.content.decode()\n    t = re.search(r"<title>(.*?)</title>", body, re.S); v = re.search(r\'<pre class="exception_value">(.*?)</pre>\', body, re.S)\n    rb = re.search(r"Raised by:</th>\\s*<td>(.*?)</td>", body, re.S)\n    at = body.find("Django tried these URL patterns")\n    tried = None\n    if at >= 0:\n        ol = re.search(r"<ol\\b[^>]*>(.*?)</ol>", body[at:], re.S)\n        tried = [text_of(i) for i in re.findall(r"<li\\b[^>]*>(.*?)</li>", ol[1], re.S)]\n    txt = text_of(body)\n    said = re.search(r"(The current path, .*?,|The empty path) (didn’t match any of these|matched the last one)\\.", txt)\n    return [response.status_code, text_of(t[1]), v and html.unescape(v[1]), rb and text_of(rb[1]), tried, said and said[0]]\n\ndef view(request, **kw): raise Http404("nope <%s>" % sorted(kw))\nclass V:\n    def __call__(self, request, **kw): raise Http404()\nrng = random.Random(int(sys.argv[1]))\nwords = ["a", "b", "x", "blog", "", "<int:n>", "<slug:s>", "<str:t>", "<path:p>", "é"]\ndef route():\n    return "/".join(rng.choice(words) for _ in range(rng.randint(0, 2))) + rng.choice(["/", "", "/"])\ndef patterns(depth):\n    out = []\n    for i in range(rng.randint(0, 4)):\n        k = rng.random()\n        name = rng.choice([None, "n%d" % i, "o\'q", "<b>"])\n        if k < 0.2 and depth < 2:\n            inner = patterns(depth + 1)\n            ns = rng.choice([None, "ns%d" % depth, "admin"])\n            if ns: out.append(path(route(), include((inner, rng.choice(["app", "admin"])), namespace=ns)))\n            else: out.append(path(route(), include(inner)))\n        elif k < 0.4:\n            out.append(re_path(rng.choice([r"^a/(?P<n>[0-9]+)/$", r"^b/$", r"x", r"^(?P<s>[\\w-]+)/$", r"^<tag>/$"]), view, name=name))\n        else:\n            out.append(path(route(), rng.choice([view, V()]), name=name))\n    return out\nresults = []\nfor case in range(150):\n    mod = types.ModuleType("root_urls"); mod.urlpatterns = patterns(0)\n    sys.modules["root_urls"] = mod; clear_url_caches()\n    for p in ["/", "/a/1/", "/blog/", "/x/y/", "/é/", "/b/", "/a//", "/zz"]:\n        r = HttpRequest(); r.method = "GET"; r.path = r.path_info = p\n        r.META = {"REQUEST_METHOD": "GET", "SERVER_NAME": "h", "SERVER_PORT": "80", "HTTP_HOST": "h"}\n        try:\n            match = resolve(p)\n        except Resolver404 as e:\n            results.append([case, p, facts(debug.technical_404_response(r, e))]); continue\n        except Exception as e:\n            results.append([case, p, "resolve raised " + type(e).__name__]); continue\n        r.resolver_match = match\n        try:\n            match.func(r, *match.args, **match.kwargs)\n        except Http404 as e:\n            results.append([case, p, facts(debug.technical_404_response(r, e))])\nprint(json.dumps(results, ensure_ascii=False))\n'

SERVER_ERROR = 'import json, random, re, sys, html\nrng = random.Random(int(sys.argv[1]))\nsecretish = ["MY_API_URL", "AUTH_X", "DB_PASS", "TOKENS", "PLAIN", "SIGNATURE_KEYS", "HTTP_COOKIE_NAME", "NORMAL_SETTING", "APIKEY"]\ndef value(depth=0):\n    k = rng.random()\n    if depth < 2 and k < 0.2: return {rng.choice(["password", "name", "Token", "sessionid", 1, "x"]): value(depth + 1) for _ in range(rng.randint(0, 3))}\n    if depth < 2 and k < 0.35: return [value(depth + 1) for _ in range(rng.randint(0, 3))]\n    if depth < 2 and k < 0.45: return tuple(value(depth + 1) for _ in range(rng.randint(0, 3)))\n    return rng.choice(["s", 1, None, True, 2.5, "é<&>", b"bytes"])\nextra = {name: value() for name in rng.sample(secretish, 4)}\nfrom django.conf import settings\nsettings.configure(DEBUG=True, ALLOWED_HOSTS=["*"], ROOT_URLCONF="app.urls", SECRET_KEY="k" * 50, INSTALLED_APPS=[], SESSION_COOKIE_NAME=rng.choice(["sessionid", "sid"]), **extra)\nimport django; django.setup()\nfrom django.http import HttpRequest, QueryDict\nfrom django.views import debug\nfrom app import raisers\nout = []\nkinds = [ValueError, KeyError, RuntimeError, TypeError, LookupError, UnicodeError, Exception, OSError]\nfor n in range(40):\n    method = rng.choice(["GET", "POST"]); path_ = rng.choice(["/", "/a/", "/é/", "/<x>/"])\n    q = "&".join(f"{rng.choice([\'a\',\'b\',\'é\',\'password\'])}={rng.choice([\'1\',\'<2>\',\'%C3%A9\',\'\'])}" for _ in range(rng.randint(0, 3)))\n    port = rng.choice(["80", "8000"]); host = rng.choice(["shop.example.com", "evil:81"]) if rng.random() < 0.7 else None\n    heads = rng.sample(["HTTP_AUTHORIZATION", "HTTP_X_API_KEY", "HTTP_COOKIE", "HTTP_USER_AGENT", "CSRF_COOKIE"], 2)\n    cookies = {rng.choice(["sessionid", "sid", "csrftoken", "theme"]): "c" for _ in range(rng.randint(0, 3))}\n    def mk(accept):\n        r = HttpRequest(); r.method = method; r.path = r.path_info = path_\n        r.META = {"REQUEST_METHOD": method, "QUERY_STRING": q, "SERVER_NAME": "h", "SERVER_PORT": port, "HTTP_ACCEPT": accept}\n        if host: r.META["HTTP_HOST"] = host\n        for h in heads: r.META[h] = "v"\n        r.GET = QueryDict(q); r.POST = QueryDict(q if method == "POST" else ""); r.COOKIES = dict(cookies); r.resolver_match = None\n        return r\n    message = rng.choice([(), ("m",), ("<b>&\'\\"",), (1, 2), ("",), ("multi\\nline",)])\n    note = rng.choice([None, "a note", "<note>"])\n    chain = rng.choice([None, "from", "context", "none"])\n    try:\n        raisers.entry(rng.choice(kinds), message, note, chain)\n    except Exception:\n        info = sys.exc_info()\n    text = debug.technical_500_response(mk("text/plain"), *info).content.decode()\n    text = re.sub(r"^(Python Executable|Python Version|Python Path|Server time):.*$", r"\\1: X", text, flags=re.M)\n    text = re.sub(r\'File "[^"]*/(app/raisers.py|run.py)"\', r\'File "\\1"\', text)\n    body = debug.technical_500_response(mk("text/html"), *info).content.decode()\n    t = re.search(r"<title>(.*?)</title>", body, re.S); v = re.search(r\'<pre class="exception_value">(.*?)</pre>\', body, re.S)\n    out.append([text, " ".join(html.unescape(t[1]).split()), html.unescape(v[1])])\nprint(json.dumps(out, ensure_ascii=False))\n'

RAISERS = 'def level3(kind, message, note):\n    error = kind(*message)\n    if note:\n        error.add_note(note)\n    raise error\n\n\ndef level2(kind, message, note, chain):\n    local_list = [1, "two", None]\n    if chain == "from":\n        try:\n            level3(KeyError, ("inner",), None)\n        except KeyError as inner:\n            raise kind(*message) from inner\n    if chain == "context":\n        try:\n            {}["missing"]\n        except KeyError:\n            level3(kind, message, note)\n    if chain == "none":\n        try:\n            int("x")\n        except ValueError:\n            raise kind(*message) from None\n    level3(kind, message, note)\n\n\ndef entry(kind, message, note, chain):\n    password = "hunter2"\n    return level2(kind, message, note, chain)\n'

ACCEPT = 'import random, json, sys\nfrom django.conf import settings\nsettings.configure()\nfrom django.http import HttpRequest\nimport importlib.util\nspec = importlib.util.spec_from_file_location("pages", "__OURS__/django/views/_debug_pages.py")\nsrc = open("__OURS__/django/views/_debug_pages.py").read()\nns = {}\nexec(compile(src, "pages", "exec"), ns)\nrng = random.Random(int(sys.argv[1]) if len(sys.argv) > 1 else 1)\nparts = ["text/html", "text/plain", "text/*", "*/*", "application/json", "TEXT/HTML", "text/html;level=1", "image/*", "*/html", "text", "", " "]\nbad = 0\nfor n in range(20000):\n    toks = []\n    for _ in range(rng.randint(0, 4)):\n        t = rng.choice(parts)\n        if rng.random() < 0.4: t += ";q=" + rng.choice(["0", "0.5", "1", "0.9", "x", "0.0", "1.0", "0.001", ".5", "2"])\n        if rng.random() < 0.1: t += ";charset=utf-8"\n        toks.append(t)\n    accept = rng.choice([", ", ","]).join(toks)\n    r = HttpRequest(); r.META = {"HTTP_ACCEPT": accept}\n    try:\n        theirs = r.get_preferred_type(["text/html", "text/plain"])\n    except Exception as e:\n        theirs = "raised " + type(e).__name__\n    try:\n        ours = ns["preferred_type"](accept, ["text/html", "text/plain"])\n    except Exception as e:\n        ours = "raised " + type(e).__name__\n    if theirs != ours:\n        bad += 1\n        if bad < 15: print(repr(accept), theirs, ours)\nprint("mismatches", bad)\n'


def run(code, seed, django_path, folder):
    env = {"PYTHONPATH": django_path, "PATH": os.environ.get("PATH", ""), "PYTHONDONTWRITEBYTECODE": "1"}
    done = subprocess.run([os.environ["ORACLE_PYTHON"], "-c", code, str(seed)], cwd=folder, env=env,
                          capture_output=True, text=True, check=False)
    if done.returncode:
        raise SystemExit(done.stderr[-2000:])
    return done.stdout


def main():
    seeds = [int(s) for s in sys.argv[1:]] or [1, 2, 3]
    theirs = os.environ["ORACLE_DJANGO_PATH"]
    differ = 0
    with tempfile.TemporaryDirectory() as folder:
        os.makedirs(os.path.join(folder, "app"))
        for name, text in {"app/__init__.py": "", "app/urls.py": "urlpatterns = []\n", "app/raisers.py": RAISERS}.items():
            with open(os.path.join(folder, name), "w", encoding="utf-8") as out:
                out.write(text)
        for label, code in [("404", NOT_FOUND), ("500", SERVER_ERROR)]:
            for seed in seeds:
                real, mine = (json.loads(run(code, seed, path, folder)) for path in (theirs, OURS))
                bad = [(a, b) for a, b in zip(real, mine) if a != b] + ([("count", len(real))] if len(real) != len(mine) else [])
                differ += len(bad)
                print(f"{label} seed {seed}: {len(real)} pages, {len(bad)} differ")
                for a, b in bad[:3]:
                    print("  django:", json.dumps(a, ensure_ascii=False)[:800])
                    print("  ours:  ", json.dumps(b, ensure_ascii=False)[:800])
        for seed in seeds:
            print("Accept seed", seed, run(ACCEPT.replace("__OURS__", OURS), seed, theirs, folder).strip())
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
