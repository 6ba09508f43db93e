"""Write settings-case inputs for the template checks: `manage.py check` on TEMPLATES variations.

    python3 tools/oracle/generators/templates_settings.py
    python3 tools/oracle/record.py --out tools/oracle/cases tools/oracle/inputs/settings/templates-*.json

Each case is one startproject-like project whose TEMPLATES (and INSTALLED_APPS, and the apps'
templatetags packages) vary: entries Django cannot build (a missing or dotless BACKEND, duplicate
NAMEs, unknown keys, APP_DIRS with loaders, OPTIONS of the wrong type), templates.E002
(string_if_invalid not a string), templates.W003 (one library name for two modules: two apps,
an app and Django, an app and a contrib app, `libraries` over an installed name), and the
template tag modules Django imports on the way (missing, broken, without `register`, nested).
The cases compare `templates.` and `sites.` ids as well as the corpus's own prefixes.
"""

import json
import os

OUT = os.path.join(os.path.dirname(__file__), "..", "inputs", "settings")
SCOPE = ["templates.", "sites.", "security.", "staticfiles.", "caches.", "urls.", "2_0.", "4_0."]

BASE_APPS = [
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
]

STARTPROJECT = """[
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]"""

SETTINGS = '''from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
SECRET_KEY = "t9#Vq!4zL@k2^wN7&xR5*pC8(mB3)hG1-jD6=sF0_yK%eU+aQ~"
DEBUG = True
ALLOWED_HOSTS = []
INSTALLED_APPS = {apps}
MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]
ROOT_URLCONF = "mysite.urls"
TEMPLATES = {templates}
DATABASES = {{"default": {{"ENGINE": "django.db.backends.sqlite3", "NAME": BASE_DIR / "db.sqlite3"}}}}
STATIC_URL = "static/"
{extra}'''

URLS = "urlpatterns = []\n"
LIBRARY = "from django import template\n\nregister = template.Library()\n"


def engine(backend="django.template.backends.django.DjangoTemplates", **entries):
    """One TEMPLATES entry as source: BACKEND first, then the given keys (values are source)."""
    lines = [f'        "BACKEND": {json.dumps(backend)},'] if backend is not None else []
    lines += [f'        "{key}": {value},' for key, value in entries.items()]
    return "    {\n" + "\n".join(lines) + "\n    },\n"


def templates(*entries):
    return "[\n" + "".join(entries) + "]"


def app(name, *libraries, init="", files=None):
    """A project app with a templatetags package holding `libraries` (each a Library module)."""
    out = {f"{name}/__init__.py": "", f"{name}/templatetags/__init__.py": init}
    out.update({f"{name}/templatetags/{lib}.py": LIBRARY for lib in libraries})
    out.update(files or {})
    return out


def case(slug, description, templates_source=STARTPROJECT, apps=(), files=None, extra="", base_apps=BASE_APPS):
    installed = json.dumps([*base_apps, *apps], indent=4).replace("\n]", ",\n]")
    settings = SETTINGS.format(apps=installed, templates=templates_source, extra=extra)
    return slug, {
        "kind": "settings",
        "description": description,
        "files": {"mysite/__init__.py": "", "mysite/settings.py": settings, "mysite/urls.py": URLS, **(files or {})},
        "settings_module": "mysite.settings",
        "env": {},
        "deploy": False,
        "scope": SCOPE,
    }


DT = "django.template.backends.django.DjangoTemplates"
CASES = [
    # ---- building the engines: what ends the check run -----------------------------------------
    case("startproject", "startproject's TEMPLATES: every engine builds, nothing to report."),
    case("empty-list", "TEMPLATES = []: no engine, nothing to check.", "[]"),
    case("backend-missing", "A TEMPLATES entry without BACKEND.", templates(engine(None, DIRS="[]"))),
    case("backend-no-dot", "A BACKEND without a dot cannot name a class.", templates(engine("DjangoTemplates"))),
    case("backend-none", "BACKEND = None.", templates(engine(None, BACKEND="None"))),
    case("backend-number", "BACKEND = 42.", templates(engine(None, BACKEND="42"))),
    case("backend-module-missing", "BACKEND names a module that does not exist.",
         templates(engine("django.template.backends.nope.Engine"))),
    case("backend-class-missing", "BACKEND names a class its module does not define.",
         templates(engine("django.template.backends.django.DjangoTemplate"))),
    case("backend-two-parts", "BACKEND with one dot: the default NAME is the module's name.",
         templates(engine("mysite.Templates")), files={"mysite/__init__.py": "Templates = None\n"}),
    case("jinja2-not-installed", "The Jinja2 backend needs jinja2, which is not installed.",
         templates(engine(DT), engine("django.template.backends.jinja2.Jinja2"))),
    case("duplicate-default-names", "Two DjangoTemplates entries without NAME share the alias 'django'.",
         templates(engine(DT), engine(DT, APP_DIRS="True"))),
    case("duplicate-explicit-names", "Two entries with the same NAME.",
         templates(engine(DT, NAME='"site"'), engine("django.template.backends.dummy.TemplateStrings", NAME='"site"'))),
    case("duplicate-several-names", "Several aliases repeated: Django lists each once, most repeated first.",
         templates(engine(DT, NAME='"a"'), engine(DT, NAME='"b"'), engine(DT, NAME='"b"'), engine(DT, NAME='"a"'),
                   engine(DT, NAME='"b"'))),
    case("distinct-names", "Two DjangoTemplates with distinct NAMEs both build.",
         templates(engine(DT, NAME='"web"', APP_DIRS="True"), engine(DT, NAME='"email"', DIRS='[BASE_DIR / "emails"]'))),
    case("dummy-backend", "The TemplateStrings backend without OPTIONS.",
         templates(engine("django.template.backends.dummy.TemplateStrings", APP_DIRS="True"))),
    case("dummy-backend-options", "TemplateStrings takes no OPTIONS.",
         templates(engine("django.template.backends.dummy.TemplateStrings", OPTIONS='{"debug": True, "autoescape": False}'))),
    case("unknown-key", "A misspelt key of an entry.", templates(engine(DT, DIR="[]"))),
    case("unknown-keys", "Two unknown keys.", templates(engine(DT, DIR="[]", APPS_DIRS="True"))),
    case("dirs-string", "DIRS as one string: Django makes a list of its characters, without complaint.",
         templates(engine(DT, DIRS='"templates"'))),
    case("dirs-path", "DIRS as a Path instead of a list.", templates(engine(DT, DIRS='BASE_DIR / "templates"'))),
    case("dirs-none", "DIRS = None.", templates(engine(DT, DIRS="None"))),
    case("app-dirs-with-loaders", "APP_DIRS with loaders in OPTIONS.",
         templates(engine(DT, APP_DIRS="True", OPTIONS='{"loaders": ["django.template.loaders.filesystem.Loader"]}'))),
    case("loaders-without-app-dirs", "loaders without APP_DIRS: the loaders are not imported by the checks.",
         templates(engine(DT, OPTIONS='{"loaders": ["django.template.loaders.filesystem.Loader", "nope.Loader"]}'))),
    case("unknown-option", "A misspelt OPTIONS key (the TypeError of Engine()).",
         templates(engine(DT, OPTIONS='{"context_processor": []}'))),
    case("option-dirs", "OPTIONS with 'dirs': Engine() is given dirs twice.",
         templates(engine(DT, OPTIONS='{"dirs": []}'))),
    case("options-none", "OPTIONS = None.", templates(engine(DT, OPTIONS="None"))),
    case("options-list", "OPTIONS as a list.", templates(engine(DT, OPTIONS="[]"))),
    case("entry-string", "A TEMPLATES entry that is a string.", '["django.template.backends.django.DjangoTemplates"]'),
    case("templates-dict", "TEMPLATES as one dict instead of a list of them.",
         '{"BACKEND": "django.template.backends.django.DjangoTemplates"}'),
    case("context-processor-missing", "A context processor that does not exist: not imported by the checks.",
         templates(engine(DT, OPTIONS='{"context_processors": ["nope.processors.things"]}'))),
    # ---- templates.E002 ----------------------------------------------------------------------
    case("string-if-invalid-none", "string_if_invalid = None.", templates(engine(DT, OPTIONS='{"string_if_invalid": None}'))),
    case("string-if-invalid-int", "string_if_invalid = 0.", templates(engine(DT, OPTIONS='{"string_if_invalid": 0}'))),
    case("string-if-invalid-bytes", "string_if_invalid as bytes.",
         templates(engine(DT, OPTIONS='{"string_if_invalid": b"INVALID"}'))),
    case("string-if-invalid-str", "string_if_invalid as a format string is fine.",
         templates(engine(DT, OPTIONS='{"string_if_invalid": "INVALID (%s)"}'))),
    case("string-if-invalid-two-engines", "E002 for each engine that has it.",
         templates(engine(DT, NAME='"a"', OPTIONS='{"string_if_invalid": []}'),
                   engine(DT, NAME='"b"', OPTIONS='{"string_if_invalid": 1.5}'))),
    # ---- libraries and builtins --------------------------------------------------------------
    case("libraries-missing-module", "A library that does not exist.",
         templates(engine(DT, OPTIONS='{"libraries": {"shop": "shop.templatetags.shop_tags"}}'))),
    case("libraries-no-register", "A library module without `register`.",
         templates(engine(DT, OPTIONS='{"libraries": {"paths": "mysite.helpers"}}')),
         files={"mysite/helpers.py": "def helper():\n    return 1\n"}),
    case("libraries-builtin-name", "A custom library named like a built-in one: templates.W003.",
         templates(engine(DT, OPTIONS='{"libraries": {"static": "mysite.tags"}}')), files={"mysite/tags.py": LIBRARY}),
    case("libraries-same-module", "A library aliased to the module it already is: no W003.",
         templates(engine(DT, OPTIONS='{"libraries": {"static": "django.templatetags.static"}}'))),
    case("libraries-pairs", "libraries as a list of pairs (dict.update accepts it).",
         templates(engine(DT, OPTIONS='{"libraries": [("extras", "mysite.tags")]}')), files={"mysite/tags.py": LIBRARY}),
    case("libraries-string", "libraries as a string.", templates(engine(DT, OPTIONS='{"libraries": "mysite.tags"}'))),
    case("builtins-missing-module", "A builtin library that does not exist.",
         templates(engine(DT, OPTIONS='{"builtins": ["mysite.nope"]}'))),
    case("builtins-tuple", "builtins as a tuple.", templates(engine(DT, OPTIONS='{"builtins": ("mysite.tags",)}')),
         files={"mysite/tags.py": LIBRARY}),
    case("builtins-project-library", "A builtin library of the project's own.",
         templates(engine(DT, OPTIONS='{"builtins": ["mysite.tags"]}')), files={"mysite/tags.py": LIBRARY}),
    case("builtins-no-register", "A builtin module without `register`.",
         templates(engine(DT, OPTIONS='{"builtins": ["mysite.helpers"]}')), files={"mysite/helpers.py": "X = 1\n"}),
    # ---- templates.W003: one name, several modules -------------------------------------------
    case("w003-two-apps", "Two apps each with a library named utils.",
         apps=["blog", "shop"], files={**app("blog", "utils", "blog_tags"), **app("shop", "utils", "shop_tags")}),
    case("w003-three-apps", "Three apps with the same library name: one warning listing all three.",
         apps=["blog", "shop", "forum"], files={**app("blog", "extras"), **app("shop", "extras"), **app("forum", "extras")}),
    case("w003-app-and-django", "An app's library named static, like Django's.", apps=["blog"], files=app("blog", "static")),
    case("w003-app-and-humanize", "An app's library named humanize, with django.contrib.humanize installed.",
         apps=["django.contrib.humanize", "blog"], files=app("blog", "humanize")),
    case("w003-app-and-humanize-not-installed", "An app's library named humanize, humanize not installed: no W003.",
         apps=["blog"], files=app("blog", "humanize")),
    case("w003-app-and-auth", "An app's library named auth, like django.contrib.auth's.", apps=["blog"],
         files=app("blog", "auth")),
    case("w003-app-and-admin", "An app's library named log, with the admin installed.",
         apps=["django.contrib.admin", "blog"], files=app("blog", "log", "admin_urls")),
    case("w003-flatpages", "An app's flatpages library with django.contrib.flatpages installed.",
         apps=["django.contrib.sites", "django.contrib.flatpages", "blog"], files=app("blog", "flatpages")),
    case("w003-two-engines", "Two DjangoTemplates engines: each reports the duplicate.",
         templates(engine(DT, NAME='"a"'), engine(DT, NAME='"b"')), apps=["blog", "shop"],
         files={**app("blog", "utils"), **app("shop", "utils")}),
    case("w003-and-e002", "E002 and W003 from one engine.",
         templates(engine(DT, OPTIONS='{"string_if_invalid": None}')), apps=["blog"], files=app("blog", "i18n")),
    case("w003-silenced", "W003 silenced by SILENCED_SYSTEM_CHECKS.", apps=["blog", "shop"],
         files={**app("blog", "utils"), **app("shop", "utils")}, extra='SILENCED_SYSTEM_CHECKS = ["templates.W003"]\n'),
    case("w003-app-config-path", "Apps listed by their AppConfig: libraries are found by app name.",
         apps=["blog.apps.BlogConfig", "shop"],
         files={**app("blog", "utils", files={"blog/apps.py": "from django.apps import AppConfig\n\n\nclass BlogConfig(AppConfig):\n    name = \"blog\"\n    label = \"weblog\"\n"}),
                **app("shop", "utils")}),
    case("w003-nested-package", "Libraries in a subpackage of templatetags are named by their dotted path.",
         apps=["blog", "shop"],
         files={**app("blog", files={"blog/templatetags/extra/__init__.py": "", "blog/templatetags/extra/more.py": LIBRARY}),
                **app("shop", files={"shop/templatetags/extra/__init__.py": "", "shop/templatetags/extra/more.py": LIBRARY})}),
    case("w003-package-register", "A subpackage with `register` in its __init__ is a library too.",
         apps=["blog", "shop"],
         files={**app("blog", files={"blog/templatetags/extra/__init__.py": LIBRARY}), **app("shop", "extra")}),
    case("w003-without-register", "Modules without `register` are not libraries: same names, no W003.",
         apps=["blog", "shop"],
         files={**app("blog", files={"blog/templatetags/utils.py": "X = 1\n"}), **app("shop", "utils")}),
    case("w003-libraries-over-app", "`libraries` names a library like an app's: the option wins, W003 lists both.",
         templates(engine(DT, APP_DIRS="True", OPTIONS='{"libraries": {"blog_tags": "mysite.tags"}}')), apps=["blog"],
         files={**app("blog", "blog_tags"), "mysite/tags.py": LIBRARY}),
    case("w003-templatetags-namespace", "A templatetags folder without __init__.py (a namespace package).",
         apps=["blog", "shop"],
         files={"blog/__init__.py": "", "blog/templatetags/utils.py": LIBRARY, **app("shop", "utils")}),
    # ---- the apps' template tag modules, imported while the engine is built ---------------------
    case("tags-import-error", "An app's library imports a module that does not exist.", apps=["blog"],
         files=app("blog", files={"blog/templatetags/blog_tags.py": "from blog.models import Post\n" + LIBRARY})),
    case("tags-name-error", "An app's library fails with a NameError when imported.", apps=["blog"],
         files=app("blog", files={"blog/templatetags/blog_tags.py": LIBRARY + "\n\n@register.filter\ndef shout(value):\n    return value.upper()\n\n\nshout_all = map(shot, [])\n"})),
    case("tags-syntax-error", "An app's library with a syntax error.", apps=["blog"],
         files=app("blog", files={"blog/templatetags/blog_tags.py": LIBRARY + "\ndef shout(value)\n    return value\n"})),
    case("tags-package-import-error", "An app's templatetags/__init__.py raises ImportError: the app is skipped.",
         apps=["blog"], files=app("blog", "utils", init="import nope\n")),
    case("tags-package-name-error", "An app's templatetags/__init__.py raises NameError.",
         apps=["blog"], files=app("blog", "utils", init="nope\n")),
    case("tags-module-not-package", "templatetags.py as a module, not a package: not searched.", apps=["blog", "shop"],
         files={"blog/__init__.py": "", "blog/templatetags.py": LIBRARY, **app("shop", "templatetags")}),
    case("tags-decorators", "A library using each of Library's decorators imports cleanly.", apps=["blog"],
         files=app("blog", files={"blog/templatetags/blog_tags.py": LIBRARY + '''

@register.filter
def shout(value):
    return value.upper()


@register.filter(name="whisper", is_safe=True)
def lower(value):
    return value.lower()


@register.filter("cut_x", needs_autoescape=True)
def cut_x(value, autoescape=True):
    return value.replace("x", "")


@register.simple_tag(takes_context=True)
def greeting(context, name):
    return f"Hello {name}"


@register.simple_tag
def now_ish():
    return "now"


@register.simple_block_tag
def shout_block(content):
    return content.upper()


@register.inclusion_tag("blog/latest.html")
def latest_posts(count=5):
    return {"count": count}


@register.tag
def noop(parser, token):
    return None


register.tag("also_noop", noop)
'''})),
    case("tags-filter-misuse", "register.filter(None, something) is a ValueError at import.", apps=["blog"],
         files=app("blog", files={"blog/templatetags/blog_tags.py": LIBRARY + "\nregister.filter(None, \"shout\")\n"})),
    case("tags-tag-misuse", "register.tag(None, something) is a ValueError at import.", apps=["blog"],
         files=app("blog", files={"blog/templatetags/blog_tags.py": LIBRARY + "\nregister.tag(None, [1])\n"})),
    case("tags-simple-tag-not-callable", "register.simple_tag(42) is a ValueError at import.", apps=["blog"],
         files=app("blog", files={"blog/templatetags/blog_tags.py": LIBRARY + "\nregister.simple_tag(42)\n"})),
    case("app-dirs-missing-folder", "APP_DIRS with apps that have no templates folder: fine.", apps=["blog"],
         files={"blog/__init__.py": ""}),
    # ---- contrib apps whose models need another app ------------------------------------------
    case("admin-without-contenttypes", "The admin without contenttypes: its LogEntry model needs ContentType.",
         base_apps=["django.contrib.admin", "django.contrib.auth"]),
    case("flatpages-without-sites", "flatpages without sites: FlatPage needs Site.", apps=["django.contrib.flatpages"]),
    case("redirects-with-sites", "redirects with sites installed.", apps=["django.contrib.sites", "django.contrib.redirects"]),
    case("contrib-apps-all", "Every contrib app of the area installed together.",
         apps=["django.contrib.admin", "django.contrib.admindocs", "django.contrib.flatpages", "django.contrib.humanize",
               "django.contrib.redirects", "django.contrib.sitemaps", "django.contrib.sites", "django.contrib.syndication"],
         extra="SITE_ID = 1\n"),
    # ---- sites.E101, registered by django.contrib.sites when it is ready -----------------------
    case("sites-site-id-string", "SITE_ID must be an integer.", apps=["django.contrib.sites"], extra='SITE_ID = "1"\n'),
    case("sites-site-id-int", "SITE_ID = 1.", apps=["django.contrib.sites"], extra="SITE_ID = 1\n"),
    case("sites-site-id-not-installed", "SITE_ID is only checked with django.contrib.sites installed.",
         extra='SITE_ID = "1"\n'),
    case("sites-site-id-bool", "SITE_ID = True is an int to isinstance().", apps=["django.contrib.sites"],
         extra="SITE_ID = True\n"),
]


def main():
    os.makedirs(OUT, exist_ok=True)
    for slug, data in CASES:
        with open(os.path.join(OUT, f"templates-{slug}.json"), "w", encoding="utf-8") as out:
            json.dump(data, out, indent=2, ensure_ascii=False)
            out.write("\n")
    print(f"{len(CASES)} inputs in {os.path.relpath(OUT)}")


if __name__ == "__main__":
    main()
