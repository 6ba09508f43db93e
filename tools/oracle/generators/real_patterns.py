"""Write tools/oracle/inputs/settings/real-*.json: what real projects' settings do that our engine
answered differently from Django, one small case per pattern.

The patterns come from a corpus of ~50 public settings files (tutorials, startproject-style,
cookiecutter-django, Heroku/Render/Railway/Azure/Docker env-driven ones, big open-source
projects) run through real Django and through our engine. That corpus is kept out of the
repository (it is other people's code); these cases are ours: a startproject-like settings file
plus the few lines of the pattern, each named after what a reader's project does.

    python3 tools/oracle/generators/real_patterns.py
    python3 tools/oracle/record.py --out tools/oracle/cases tools/oracle/inputs/settings/real-*.json
"""

import json
import os

OUT = os.path.join(os.path.dirname(__file__), "..", "inputs", "settings")
ALL_IDS = ["security.", "staticfiles.", "caches.", "urls.", "2_0.", "4_0.", "files.", "async.", "translation.", "templates."]
KEY = "k8#Qz2!vR7mW4pL9xT1nB6cY3hJ0fD5sG8aE2uK7oI4rM1wZ6qX9tV3bN0yH5jC"

SETTINGS = f'''from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
SECRET_KEY = "{KEY}"
DEBUG = False
ALLOWED_HOSTS = ["app.example.com"]
INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
]
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
TEMPLATES = [
    {{
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {{
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        }},
    }},
]
DATABASES = {{"default": {{"ENGINE": "django.db.backends.sqlite3", "NAME": BASE_DIR / "db.sqlite3"}}}}
STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
'''

URLS = 'from django.contrib import admin\nfrom django.urls import path\n\nurlpatterns = [\n    path("admin/", admin.site.urls),\n]\n'

# name: (what the reader's project does, lines added to the settings, extra files, compare all ids too)
PATTERNS = {
    "languages-gettext-lazy": (
        "LANGUAGES marked for translation with gettext_lazy, and LocaleMiddleware (8 of ~50 real settings files)",
        'from django.utils.translation import gettext_lazy as _\n\n'
        'LANGUAGE_CODE = "en"\nUSE_I18N = True\nLANGUAGES = [\n    ("en", _("English")),\n    ("ru", _("Russian")),\n    ("uz", _("Uzbek")),\n]\n'
        'LOCALE_PATHS = [BASE_DIR / "locale"]\nMIDDLEWARE.insert(2, "django.middleware.locale.LocaleMiddleware")\n',
        {}, True),
    "language-code-not-in-languages": (
        "LANGUAGE_CODE written with an underscore ('pt_BR') and not among LANGUAGES",
        'LANGUAGE_CODE = "pt_BR"\nLANGUAGES = [("en", "English"), ("pt-br", "Português")]\n',
        {}, True),
    "auth-user-model-not-installed": (
        "a custom user model named in AUTH_USER_MODEL whose app has no models yet (13 real projects stop here)",
        'INSTALLED_APPS += ["accounts"]\nAUTH_USER_MODEL = "accounts.User"\n',
        {"accounts/__init__.py": ""}, False),
    "auth-user-model-app-config": (
        "a custom user model whose app is listed by its AppConfig path",
        'INSTALLED_APPS += ["users.apps.UsersConfig"]\nAUTH_USER_MODEL = "users.User"\n',
        {"users/__init__.py": "", "users/apps.py": 'from django.apps import AppConfig\n\n\nclass UsersConfig(AppConfig):\n    name = "users"\n'}, False),
    "contrib-postgres-installed": (
        "django.contrib.postgres in INSTALLED_APPS (search, ArrayField)",
        'INSTALLED_APPS += ["django.contrib.postgres"]\n'
        'DATABASES = {"default": {"ENGINE": "django.db.backends.postgresql", "NAME": "app", "USER": "app", "HOST": "db", "PORT": "5432"}}\n',
        {}, False),
    "forms-app-and-renderer": (
        "django.forms in INSTALLED_APPS with the TemplatesSetting form renderer (cookiecutter-django)",
        'INSTALLED_APPS += ["django.forms"]\nFORM_RENDERER = "django.forms.renderers.TemplatesSetting"\n',
        {}, True),
    "psycopg-conninfo-in-settings": (
        "settings building the database options with psycopg (the PostgreSQL driver Django's backend uses)",
        'from psycopg import conninfo\n\nDATABASE_DSN = conninfo.make_conninfo(host="db", dbname="app", user="app")\n',
        {}, False),
    "split-domain-port-in-settings": (
        "settings deriving ALLOWED_HOSTS from SITE_ROOT with django.http.request.split_domain_port",
        'from urllib.parse import urlparse\nfrom django.http.request import split_domain_port\n\n'
        'SITE_ROOT = "https://checks.example.org:8443"\n'
        'ALLOWED_HOSTS = [split_domain_port(urlparse(SITE_ROOT).netloc)[0]]\n',
        {}, False),
    "default-logging-copied": (
        "LOGGING built on a copy of django.utils.log.DEFAULT_LOGGING",
        'from copy import deepcopy\nfrom django.utils.log import DEFAULT_LOGGING\n\n'
        'LOGGING = deepcopy(DEFAULT_LOGGING)\nLOGGING["formatters"]["app"] = {"format": "%(asctime)s %(levelname)s %(message)s"}\n'
        'LOGGING["handlers"]["console"]["formatter"] = "app"\n',
        {}, False),
    "logging-require-debug-false": (
        "the classic LOGGING: mail_admins with the require_debug_false filter",
        'LOGGING = {\n    "version": 1,\n    "disable_existing_loggers": False,\n'
        '    "filters": {"require_debug_false": {"()": "django.utils.log.RequireDebugFalse"}},\n'
        '    "handlers": {"mail_admins": {"level": "ERROR", "filters": ["require_debug_false"], "class": "django.utils.log.AdminEmailHandler"}},\n'
        '    "loggers": {"django.request": {"handlers": ["mail_admins"], "level": "ERROR", "propagate": True}},\n}\n',
        {}, False),
    "slugify-in-settings": (
        "a setting computed with django.template.defaultfilters.slugify",
        'from django.template.defaultfilters import slugify\n\nSITE_TITLE = "Django Packages"\nSITE_SLUG = slugify(SITE_TITLE)\n',
        {}, False),
    "termcolors-in-settings": (
        "settings printing a coloured notice with django.utils.termcolors",
        'from django.utils.termcolors import colorize\n\nprint(colorize("No local settings found.", fg="yellow"))\n',
        {}, False),
    "lang-info-in-settings": (
        "LANGUAGES built from django.conf.locale.LANG_INFO",
        'from django.conf.locale import LANG_INFO\n\n'
        'LANGUAGES = [(code, LANG_INFO[code]["name"]) for code in ("en", "de", "fr")]\n',
        {}, True),
    "global-settings-gettext-noop": (
        "gettext_noop imported from django.conf.global_settings, as old settings did",
        'from django.conf.global_settings import gettext_noop\n\nLANGUAGES = [("en", gettext_noop("English")), ("de", gettext_noop("German"))]\n',
        {}, False),
    "admin-urls-without-admin-app": (
        "the URLconf keeps admin.site.urls while django.contrib.admin was left out of INSTALLED_APPS",
        'INSTALLED_APPS.remove("django.contrib.admin")\n',
        {}, False),
    "file-upload-temp-dir-missing": (
        "FILE_UPLOAD_TEMP_DIR under BASE_DIR, not created on the server",
        'FILE_UPLOAD_TEMP_DIR = BASE_DIR / "tmp" / "uploads"\n',
        {}, True),
}


def write(name, case):
    with open(os.path.join(OUT, name + ".json"), "w", encoding="utf-8") as f:
        json.dump(case, f, ensure_ascii=False, indent=2)
        f.write("\n")


def main():
    os.makedirs(OUT, exist_ok=True)
    for name, (what, lines, extra, all_ids) in PATTERNS.items():
        files = {"mysite/__init__.py": "", "mysite/settings.py": SETTINGS + "\n" + lines, "mysite/urls.py": URLS, **extra}
        case = {
            "kind": "settings",
            "description": f"Seen in real projects' settings: {what}.",
            "files": dict(sorted(files.items())),
            "settings_module": "mysite.settings",
            "env": {},
            "deploy": True,
        }
        write(f"real-{name}", case)
        if all_ids:
            write(f"real-{name}-allids", {**case, "description": case["description"] + " Every check id compared.", "scope": ALL_IDS})


if __name__ == "__main__":
    main()
