"""The small project every http generator builds its cases from, and the one way they write one.

Not a generator itself (running it writes nothing): http_security.py, http_state.py,
http_headers.py, http_hosts.py, http_errors.py, http_responses.py and http_bad_input.py import
it. A case is a tiny Django project (settings, urls, views, maybe templates) plus requests; its
input goes to tools/oracle/inputs/http/oracle-<group>-<slug>.json and record.py asks real Django
for the answers. Nothing here says what an answer is.
"""

import json
import os
import textwrap

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "inputs", "http")
HOST = "shop.example.com"
SITE = f"http://{HOST}"
SECURE_SITE = f"https://{HOST}"

SECRET_KEY = "oracle-http-k3y-only-for-recording-cases-0123456789-abcdefghij"

SECURITY = "django.middleware.security.SecurityMiddleware"
SESSIONS = "django.contrib.sessions.middleware.SessionMiddleware"
COMMON = "django.middleware.common.CommonMiddleware"
CSRF = "django.middleware.csrf.CsrfViewMiddleware"
AUTH = "django.contrib.auth.middleware.AuthenticationMiddleware"
MESSAGES = "django.contrib.messages.middleware.MessageMiddleware"
XFRAME = "django.middleware.clickjacking.XFrameOptionsMiddleware"
CSP = "django.middleware.csp.ContentSecurityPolicyMiddleware"
GZIP = "django.middleware.gzip.GZipMiddleware"
UPDATE_CACHE = "django.middleware.cache.UpdateCacheMiddleware"
FETCH_CACHE = "django.middleware.cache.FetchFromCacheMiddleware"
CONDITIONAL = "django.middleware.http.ConditionalGetMiddleware"

# What startproject lists, in its order.
DEFAULT_STACK = [SECURITY, SESSIONS, COMMON, CSRF, AUTH, MESSAGES, XFRAME]

APPS = [
    "django.contrib.contenttypes",
    "django.contrib.auth",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
]

PROCESSORS = [
    "django.template.context_processors.request",
    "django.contrib.auth.context_processors.auth",
    "django.contrib.messages.context_processors.messages",
]

HOME_VIEW = '''
def home(request):
    return HttpResponse("Welcome to the shop.")
'''

VIEW_IMPORTS = "from django.http import HttpResponse\n"


def settings_text(middleware, options, extra=""):
    """settings.py as a reader would write it: the base, then the case's own lines."""
    values = {
        "SECRET_KEY": SECRET_KEY,
        "DEBUG": False,
        "ALLOWED_HOSTS": [HOST],
        "INSTALLED_APPS": APPS,
        "MIDDLEWARE": middleware,
        "ROOT_URLCONF": "mysite.urls",
        "TEMPLATES": [
            {
                "BACKEND": "django.template.backends.django.DjangoTemplates",
                "DIRS": ["templates"],
                "APP_DIRS": True,
                "OPTIONS": {"context_processors": PROCESSORS},
            }
        ],
        "SESSION_ENGINE": "django.contrib.sessions.backends.signed_cookies",
        "MESSAGE_STORAGE": "django.contrib.messages.storage.cookie.CookieStorage",
        "STATIC_URL": "static/",
        "USE_TZ": True,
    }
    values.update(options)
    lines = ['"""Settings of a small shop."""', ""]
    lines += [f"{name} = {value!r}" for name, value in values.items()]
    if extra:
        lines += ["", textwrap.dedent(extra).strip()]
    return "\n".join(lines) + "\n"


def urls_text(routes):
    """urls.py from (route, view name, url name) triples, or a full text."""
    if isinstance(routes, str):
        return textwrap.dedent(routes).lstrip()
    entries = "".join(f'    path("{route}", views.{view}, name="{name}"),\n' for route, view, name in routes)
    return f"from django.urls import path\n\nfrom . import views\n\nurlpatterns = [\n{entries}]\n"


def case(
    slug,
    description,
    requests,
    *,
    middleware=DEFAULT_STACK,
    settings=None,
    settings_extra="",
    views=HOME_VIEW,
    imports=VIEW_IMPORTS,
    routes=(("", "home", "home"),),
    templates=None,
    files=None,
    env=None,
):
    """One case input: the project's files and the requests, in the corpus's shape."""
    project = {
        "mysite/__init__.py": "",
        "mysite/settings.py": settings_text(list(middleware), settings or {}, settings_extra),
        "mysite/urls.py": urls_text(routes),
        "mysite/views.py": textwrap.dedent(imports).lstrip() + "\n" + textwrap.dedent(views).strip() + "\n",
    }
    for name, text in (templates or {}).items():
        project[f"templates/{name}"] = text
    project.update(files or {})
    return slug, {
        "kind": "http",
        "description": description,
        "files": project,
        "settings_module": "mysite.settings",
        "env": env or {},
        "requests": [request if isinstance(request, dict) else get(request) for request in requests],
    }


def get(url, **more):
    return {"method": "GET", "url": url, **more}


def post(url, body="", content_type="application/x-www-form-urlencoded", headers=None, **more):
    sent = {"Content-Type": content_type} if content_type else {}
    sent.update(headers or {})
    return {"method": "POST", "url": url, "body": body, "headers": sent, **more}


def write(group, cases):
    """Write inputs/http/oracle-<group>-<slug>.json for each case; report how many."""
    os.makedirs(OUT, exist_ok=True)
    slugs = set()
    for slug, body in cases:
        if slug in slugs:
            raise SystemExit(f"two cases named {slug}")
        slugs.add(slug)
        with open(os.path.join(OUT, f"oracle-{group}-{slug}.json"), "w", encoding="utf-8") as out:
            json.dump(body, out, ensure_ascii=False, indent=2)
            out.write("\n")
    print(f"wrote {len(cases)} {group} inputs to {os.path.relpath(OUT)}")
