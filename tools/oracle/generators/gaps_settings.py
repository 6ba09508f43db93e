"""Write tools/oracle/inputs/settings/gaps-*.json: settings files that exercise what real
projects' settings reach beyond the security checks: the admin's dependency checks (admin.E401-
E410, W411), the language settings and their translation (translation.E001-E004, the OSError of
a default language without a catalog, a translation made while the settings load), the database
drivers, django.forms and django.contrib.postgres installed.

    python3 tools/oracle/generators/gaps_settings.py
    python3 tools/oracle/record.py --out tools/oracle/cases tools/oracle/inputs/settings/gaps-*.json

Each case is a small startproject-like settings module, changed the way its name says.
"""

import json
import os

OUT = os.path.join(os.path.dirname(__file__), "..", "inputs", "settings")
SCOPE = ["security.", "staticfiles.", "caches.", "urls.", "2_0.", "4_0.", "files.", "async.", "translation.",
         "templates.", "admin.", "auth.", "contenttypes."]
KEY = "gaps-" + "Xq7!mR2#vL9@pK4$wN8%tB1^cY6&hJ3*fD5(sG0)aE"

ADMIN_APPS = ["django.contrib.admin", "django.contrib.auth", "django.contrib.contenttypes", "django.contrib.sessions",
              "django.contrib.messages", "django.contrib.staticfiles"]
MIDDLEWARE = ["django.middleware.security.SecurityMiddleware", "django.contrib.sessions.middleware.SessionMiddleware",
              "django.middleware.common.CommonMiddleware", "django.middleware.csrf.CsrfViewMiddleware",
              "django.contrib.auth.middleware.AuthenticationMiddleware",
              "django.contrib.messages.middleware.MessageMiddleware",
              "django.middleware.clickjacking.XFrameOptionsMiddleware"]
PROCESSORS = ["django.template.context_processors.request", "django.contrib.auth.context_processors.auth",
              "django.contrib.messages.context_processors.messages"]
DJANGO_ENGINE = "django.template.backends.django.DjangoTemplates"


def templates(processors=PROCESSORS, backend=DJANGO_ENGINE):
    return [{"BACKEND": backend, "DIRS": [], "APP_DIRS": True, "OPTIONS": {"context_processors": processors}}]


def settings_module(apps=ADMIN_APPS, middleware=MIDDLEWARE, engines=None, extra=""):
    engines = templates() if engines is None else engines
    return (
        "from pathlib import Path\n\n"
        "BASE_DIR = Path(__file__).resolve().parent.parent\n"
        f"SECRET_KEY = {KEY!r}\nDEBUG = False\nALLOWED_HOSTS = ['www.example.com']\n"
        f"INSTALLED_APPS = {apps!r}\nMIDDLEWARE = {middleware!r}\n"
        "ROOT_URLCONF = 'mysite.urls'\n"
        f"TEMPLATES = {engines!r}\n"
        "DATABASES = {'default': {'ENGINE': 'django.db.backends.sqlite3', 'NAME': BASE_DIR / 'db.sqlite3'}}\n"
        "STATIC_URL = 'static/'\n"
        f"{extra}"
    )


ADMIN_URLS = "from django.contrib import admin\nfrom django.urls import path\n\nurlpatterns = [path('admin/', admin.site.urls)]\n"
NO_URLS = "urlpatterns = []\n"
WITHOUT = lambda names, of=ADMIN_APPS: [each for each in of if each not in names]  # noqa: E731

SUBCLASSES = {
    "mysite/custom.py": (
        "from django.contrib.auth.backends import ModelBackend\n"
        "from django.contrib.auth.middleware import AuthenticationMiddleware\n\n\n"
        "class EmailBackend(ModelBackend):\n    pass\n\n\n"
        "class TokenBackend:\n    def authenticate(self, request, **credentials):\n        return None\n\n\n"
        "class AuthWithAudit(AuthenticationMiddleware):\n    pass\n"
    ),
}
CUSTOM_SITE = {
    "myadmin/__init__.py": "",
    "myadmin/apps.py": "from django.contrib.admin.apps import AdminConfig\n\n\nclass MyAdminConfig(AdminConfig):\n"
    "    default_site = 'myadmin.sites.PlainSite'\n",
    "myadmin/sites.py": "from django.contrib.admin import AdminSite\n\n\nclass PlainSite(AdminSite):\n"
    "    enable_nav_sidebar = False\n",
}
MO = "not a compiled catalog: only its name matters to check_for_language()\n"

# name: (description, settings module, URLconf, extra files)
CASES = {
    # ---- the admin's dependencies ----------------------------------------------------------
    "admin-startproject": ("startproject's admin setup: every dependency there", settings_module(), ADMIN_URLS, {}),
    "admin-without-messages": (
        "the admin without the messages app or its middleware",
        settings_module(WITHOUT(["django.contrib.messages"]), WITHOUT(["django.contrib.messages.middleware.MessageMiddleware"], MIDDLEWARE)),
        ADMIN_URLS, {}),
    "admin-without-sessions-app": ("the admin without the sessions app (nothing asks for it)", settings_module(WITHOUT(["django.contrib.sessions"])), ADMIN_URLS, {}),
    "admin-no-templates": ("the admin with TEMPLATES empty", settings_module(engines=[]), ADMIN_URLS, {}),
    "admin-no-context-processors": ("the admin with a DjangoTemplates engine without context processors", settings_module(engines=templates([])), ADMIN_URLS, {}),
    "admin-only-auth-processor": ("the admin's engine has the auth context processor only", settings_module(engines=templates(["django.contrib.auth.context_processors.auth"])), ADMIN_URLS, {}),
    "admin-processors-as-tuple": ("context processors given as a tuple", settings_module(engines=templates(tuple(PROCESSORS))), ADMIN_URLS, {}),
    "admin-second-engine": (
        "a dummy engine first, DjangoTemplates second: the first DjangoTemplates is the one checked",
        settings_module(engines=[{"BACKEND": "django.template.backends.dummy.TemplateStrings", "NAME": "strings", "DIRS": [], "APP_DIRS": False, "OPTIONS": {}}, *templates([])]),
        ADMIN_URLS, {}),
    "admin-jinja2-only": ("the admin with a Jinja2 engine only (Jinja2 is not installed)", settings_module(engines=templates(PROCESSORS, "django.template.backends.jinja2.Jinja2")), ADMIN_URLS, {}),
    "admin-no-middleware": ("the admin with MIDDLEWARE empty", settings_module(middleware=[]), ADMIN_URLS, {}),
    "admin-middleware-tuple-missing-session": (
        "MIDDLEWARE as a tuple, without SessionMiddleware",
        settings_module(middleware=tuple(WITHOUT(["django.contrib.sessions.middleware.SessionMiddleware"], MIDDLEWARE))),
        ADMIN_URLS, {}),
    "admin-middleware-subclass": (
        "a project's subclass of AuthenticationMiddleware stands for it",
        settings_module(middleware=[m if "AuthenticationMiddleware" not in m else "mysite.custom.AuthWithAudit" for m in MIDDLEWARE]),
        ADMIN_URLS, SUBCLASSES),
    "admin-middleware-not-installed-package": (
        "MIDDLEWARE names packages that are not installed (passed over) and lacks the auth middleware",
        settings_module(middleware=["corsheaders.middleware.CorsMiddleware", *WITHOUT(["django.contrib.auth.middleware.AuthenticationMiddleware"], MIDDLEWARE), "debug_toolbar.middleware.DebugToolbarMiddleware"]),
        ADMIN_URLS, {}),
    "admin-middleware-module-broken": (
        "a MIDDLEWARE entry of the project's whose module fails (not with ImportError)",
        settings_module(middleware=["mysite.broken.Middleware", *WITHOUT(["django.contrib.auth.middleware.AuthenticationMiddleware"], MIDDLEWARE)]),
        ADMIN_URLS, {"mysite/broken.py": "class Middleware:\n    pass\n\nundefined_name\n"}),
    "admin-middleware-not-a-class": (
        "a MIDDLEWARE entry naming a function",
        settings_module(middleware=["mysite.custom_mw.simple", *WITHOUT(["django.contrib.messages.middleware.MessageMiddleware"], MIDDLEWARE)]),
        ADMIN_URLS, {"mysite/custom_mw.py": "def simple(get_response):\n    return get_response\n"}),
    "admin-backend-subclass-no-processor": (
        "an AUTHENTICATION_BACKENDS subclass of ModelBackend, and no auth context processor",
        settings_module(engines=templates(PROCESSORS[::2]), extra="AUTHENTICATION_BACKENDS = ['mysite.custom.EmailBackend']\n"),
        ADMIN_URLS, SUBCLASSES),
    "admin-backend-other-no-processor": (
        "an AUTHENTICATION_BACKENDS backend of its own (not ModelBackend), and no auth context processor",
        settings_module(engines=templates(PROCESSORS[::2]), extra="AUTHENTICATION_BACKENDS = ['mysite.custom.TokenBackend', 'allauth.account.auth_backends.AuthenticationBackend']\n"),
        ADMIN_URLS, SUBCLASSES),
    "admin-without-contenttypes": ("the admin without contenttypes", settings_module(WITHOUT(["django.contrib.contenttypes"])), ADMIN_URLS, {}),
    "admin-without-auth": ("the admin without the auth app", settings_module(WITHOUT(["django.contrib.auth"])), NO_URLS, {}),
    "admin-without-auth-no-processors": ("the admin without the auth app, an engine without context processors", settings_module(WITHOUT(["django.contrib.auth"]), engines=templates([])), NO_URLS, {}),
    # (Not W411 with SimpleAdminConfig: whether its site exists when the check runs depends on
    # whether Django's set of checks runs the URL checks first, which varies with the project.)
    "admin-simple-config": (
        "SimpleAdminConfig (no autodiscovery) with the admin's URLs, no messages context processor",
        settings_module(["django.contrib.admin.apps.SimpleAdminConfig", *ADMIN_APPS[1:]], engines=templates(PROCESSORS[:2])),
        ADMIN_URLS, {}),
    "admin-site-without-sidebar": (
        "a default site of the project's with the navigation sidebar off, no request context processor",
        settings_module(["myadmin.apps.MyAdminConfig", *ADMIN_APPS[1:]], engines=templates(PROCESSORS[1:])),
        ADMIN_URLS, CUSTOM_SITE),
    "admin-py-name-error": (
        "an installed app's admin.py fails (admin autodiscovery imports it)",
        settings_module(["django.contrib.admin", "django.contrib.auth", "django.contrib.contenttypes", "blog"]),
        NO_URLS, {"blog/__init__.py": "", "blog/admin.py": "from django.contrib import admin\n\nadmin.site.register(Post)\n"}),
    "admin-py-without-contenttypes": (
        "an installed app's admin.py, with contenttypes missing",
        settings_module(["django.contrib.admin", "django.contrib.auth", "blog"]),
        NO_URLS, {"blog/__init__.py": "", "blog/admin.py": "from django.contrib import admin\n\nadmin.site.register(Post)\n"}),
    "auth-login-required-before-authentication": (
        "LoginRequiredMiddleware before AuthenticationMiddleware",
        settings_module(middleware=[*MIDDLEWARE[:4], "django.contrib.auth.middleware.LoginRequiredMiddleware", *MIDDLEWARE[4:]]),
        ADMIN_URLS, {}),
    # ---- language settings -------------------------------------------------------------------
    "i18n-default-language-without-catalog": ("LANGUAGE_CODE names a language Django has no catalog for", settings_module(extra="LANGUAGE_CODE = 'xx'\n"), ADMIN_URLS, {}),
    "i18n-unknown-language-no-auth": ("LANGUAGE_CODE without a catalog, and no app that translates at setup", settings_module(["django.contrib.staticfiles"], extra="LANGUAGE_CODE = 'xx'\n"), NO_URLS, {}),
    "i18n-unknown-language-i18n-off": ("LANGUAGE_CODE without a catalog, USE_I18N off", settings_module(extra="LANGUAGE_CODE = 'xx'\nUSE_I18N = False\n"), ADMIN_URLS, {}),
    "i18n-catalog-in-locale-paths": (
        "a language of the project's own, its catalog in LOCALE_PATHS",
        settings_module(["django.contrib.staticfiles"], extra="LANGUAGE_CODE = 'xx'\nLANGUAGES = [('xx', 'Xish'), ('en', 'English')]\nLOCALE_PATHS = [BASE_DIR / 'locale']\n"),
        NO_URLS, {"locale/xx/LC_MESSAGES/django.mo": MO}),
    "i18n-catalog-in-app": (
        "a language whose catalog is in an installed app's locale folder",
        settings_module(["django.contrib.staticfiles", "blog"], extra="LANGUAGE_CODE = 'xx-yy'\nLANGUAGES = [('xx', 'Xish')]\n"),
        NO_URLS, {"blog/__init__.py": "", "blog/locale/xx/LC_MESSAGES/django.mo": MO}),
    "i18n-catalog-missing-in-app-folder": (
        "an app's locale folder without the language's catalog",
        settings_module(["django.contrib.staticfiles", "blog"], extra="LANGUAGE_CODE = 'xx'\nLANGUAGES = [('xx', 'Xish')]\n"),
        NO_URLS, {"blog/__init__.py": "", "blog/locale/yy/LC_MESSAGES/django.mo": MO}),
    "i18n-amharic-from-admin": ("LANGUAGE_CODE 'am', whose only catalog is the admin's", settings_module(extra="LANGUAGE_CODE = 'am'\nLANGUAGES = [('am', 'Amharic')]\n"), ADMIN_URLS, {}),
    "i18n-amharic-without-admin": (
        "LANGUAGE_CODE 'am' without the admin (no catalog anywhere)",
        settings_module(["django.contrib.staticfiles"], extra="LANGUAGE_CODE = 'am'\nLANGUAGES = [('am', 'Amharic')]\n"), NO_URLS, {}),
    "i18n-regional-code": ("LANGUAGE_CODE 'pt-BR' with LANGUAGES 'pt-br'", settings_module(extra="LANGUAGE_CODE = 'pt-BR'\nLANGUAGES = [('pt-br', 'Brazilian Portuguese'), ('en', 'English')]\n"), ADMIN_URLS, {}),
    "i18n-fallback-zh-cn": ("LANGUAGE_CODE 'zh-cn' served as zh-hans (LANG_INFO's fallback)", settings_module(extra="LANGUAGE_CODE = 'zh-cn'\nLANGUAGES = [('zh-hans', 'Simplified Chinese')]\n"), ADMIN_URLS, {}),
    "i18n-generic-es-419": ("LANGUAGE_CODE 'es-419' with LANGUAGES 'es'", settings_module(extra="LANGUAGE_CODE = 'es-419'\nLANGUAGES = [('es', 'Spanish')]\n"), ADMIN_URLS, {}),
    "i18n-regional-variant-fr-ca": ("LANGUAGE_CODE 'fr' with only 'fr-ca' in LANGUAGES", settings_module(extra="LANGUAGE_CODE = 'fr'\nLANGUAGES = [('fr-ca', 'Canadian French')]\n"), ADMIN_URLS, {}),
    "i18n-underscore-code": ("LANGUAGE_CODE 'en_US' (an underscore)", settings_module(["django.contrib.staticfiles"], extra="LANGUAGE_CODE = 'en_US'\n"), NO_URLS, {}),
    "i18n-code-not-a-string": ("LANGUAGE_CODE = 5", settings_module(["django.contrib.staticfiles"], extra="LANGUAGE_CODE = 5\n"), NO_URLS, {}),
    "i18n-code-not-a-string-auth": ("LANGUAGE_CODE = 5 with the auth app", settings_module(extra="LANGUAGE_CODE = 5\n"), ADMIN_URLS, {}),
    "i18n-code-empty": ("LANGUAGE_CODE = ''", settings_module(["django.contrib.staticfiles"], extra="LANGUAGE_CODE = ''\n"), NO_URLS, {}),
    "i18n-bad-languages-and-bidi": (
        "LANGUAGES and LANGUAGES_BIDI with malformed codes",
        settings_module(["django.contrib.staticfiles"], extra="LANGUAGES = [('en', 'English'), ('en_GB', 'British'), (3, 'Three'), ('x' * 9, 'Long')]\nLANGUAGES_BIDI = ['he', 'ar_SA', None]\n"),
        NO_URLS, {}),
    "i18n-code-with-newline": ("LANGUAGE_CODE 'en\\n' (the tag pattern's $ takes a final newline)", settings_module(["django.contrib.staticfiles"], extra="LANGUAGE_CODE = 'en\\n'\n"), NO_URLS, {}),
    "i18n-eager-gettext": (
        "LANGUAGES translated with gettext (not gettext_lazy) while the settings load",
        settings_module(extra="from django.utils.translation import gettext as _\n\nLANGUAGES = [('en', _('English')), ('de', _('German'))]\n"),
        ADMIN_URLS, {}),
    "i18n-eager-gettext-i18n-off": (
        "gettext while the settings load, USE_I18N off just before",
        settings_module(extra="from django.utils.translation import gettext as _\n\nUSE_I18N = False\nLANGUAGES = [('en', _('English'))]\n"),
        ADMIN_URLS, {}),
    "i18n-activate-in-settings": (
        "translation.activate() in the settings module",
        settings_module(extra="from django.utils import translation\n\ntranslation.activate('de')\n"), ADMIN_URLS, {}),
    "i18n-lazy-languages-unknown-default": (
        "LANGUAGES with gettext_lazy names, LANGUAGE_CODE without a catalog, no auth app",
        settings_module(["django.contrib.staticfiles"], extra="from django.utils.translation import gettext_lazy as _\n\nLANGUAGE_CODE = 'xx'\nLANGUAGES = [('xx', _('Xish'))]\n"),
        NO_URLS, {}),
    "i18n-language-info-names": (
        "LANGUAGES named with get_language_info()",
        settings_module(extra="from django.utils.translation import get_language_info\n\nLANGUAGES = [(code, get_language_info(code)['name_local']) for code in ('en', 'de', 'zh-hant')]\n"),
        ADMIN_URLS, {}),
    "i18n-pgettext-ngettext-lazy": (
        "settings strings marked with pgettext_lazy and ngettext_lazy",
        settings_module(extra="from django.utils.translation import ngettext_lazy, pgettext_lazy\n\nSITE_NAME = pgettext_lazy('site', 'Shop')\nITEMS = ngettext_lazy('%(n)d item', '%(n)d items', 'n')\n"),
        ADMIN_URLS, {}),
    "i18n-language-info-unknown": (
        "get_language_info() of a code Django does not know, in the settings",
        settings_module(extra="from django.utils.translation import get_language_info\n\nNAME = get_language_info('xx-yy')['name']\n"), ADMIN_URLS, {}),
    # ---- drivers, forms, postgres ------------------------------------------------------------
    "drivers-psycopg-isolation-level": (
        "DATABASES OPTIONS with psycopg's IsolationLevel",
        settings_module(extra="import psycopg\n\nDATABASES = {'default': {'ENGINE': 'django.db.backends.postgresql', 'NAME': 'app', 'OPTIONS': {'isolation_level': psycopg.IsolationLevel.SERIALIZABLE}}}\n"),
        ADMIN_URLS, {}),
    "drivers-psycopg-conninfo-url": (
        "DATABASES from a URL read with psycopg.conninfo.conninfo_to_dict",
        settings_module(extra="import os\nfrom psycopg.conninfo import conninfo_to_dict\n\n_db = conninfo_to_dict(os.environ.get('DATABASE_URL', 'postgresql://app:secret@db:5432/app'))\n"
                        "DATABASES = {'default': {'ENGINE': 'django.db.backends.postgresql', 'NAME': _db['dbname'], 'USER': _db['user'], 'HOST': _db['host'], 'PORT': _db['port']}}\n"),
        ADMIN_URLS, {}),
    "drivers-psycopg-conninfo-bad-url": (
        "a malformed DATABASE_URL given to psycopg.conninfo",
        settings_module(extra="from psycopg.conninfo import conninfo_to_dict\n\n_db = conninfo_to_dict('postgresql://app@db/app?sslmode=require&timeout=5')\n"),
        ADMIN_URLS, {}),
    "drivers-mysqldb-client-flags": (
        "DATABASES OPTIONS with MySQLdb's CLIENT flags",
        settings_module(extra="import MySQLdb\nfrom MySQLdb.constants import CLIENT\n\nDATABASES = {'default': {'ENGINE': 'django.db.backends.mysql', 'NAME': 'app', 'OPTIONS': {'client_flag': CLIENT.FOUND_ROWS | CLIENT.MULTI_STATEMENTS}}}\nif MySQLdb.version_info < (2, 2, 1):\n    raise RuntimeError('old driver')\n"),
        ADMIN_URLS, {}),
    "drivers-psycopg2-missing": ("settings importing psycopg2 (not installed; psycopg 3 is)", settings_module(extra="import psycopg2.extensions\n"), ADMIN_URLS, {}),
    "db-engine-typo": (
        "DATABASES ENGINE misspelt ('postgres'): the first model Django defines loads the backend",
        settings_module(extra="DATABASES = {'default': {'ENGINE': 'django.db.backends.postgres', 'NAME': 'app'}}\n"), ADMIN_URLS, {}),
    "db-engine-typo-no-models": (
        "DATABASES ENGINE misspelt, no installed app with models (nothing loads the backend)",
        settings_module(["django.contrib.staticfiles"], extra="DATABASES = {'default': {'ENGINE': 'django.db.backends.postgres', 'NAME': 'app'}}\n"), NO_URLS, {}),
    "db-engine-oracle": ("DATABASES on Oracle (its driver, oracledb, is not installed)", settings_module(extra="DATABASES = {'default': {'ENGINE': 'django.db.backends.oracle', 'NAME': 'xe'}}\n"), ADMIN_URLS, {}),
    "db-engine-psycopg2-name": ("the old ENGINE name postgresql_psycopg2", settings_module(extra="DATABASES = {'default': {'ENGINE': 'django.db.backends.postgresql_psycopg2', 'NAME': 'app'}}\n"), ADMIN_URLS, {}),
    "db-engine-mysql": ("DATABASES on MySQL", settings_module(extra="DATABASES = {'default': {'ENGINE': 'django.db.backends.mysql', 'NAME': 'app', 'OPTIONS': {'charset': 'utf8mb4'}}}\n"), ADMIN_URLS, {}),
    "db-engine-project-backend": (
        "an ENGINE that is a backend of the project's own",
        settings_module(extra="DATABASES = {'default': {'ENGINE': 'mysite.db', 'NAME': 'app'}}\n"), ADMIN_URLS,
        {"mysite/db/__init__.py": "", "mysite/db/base.py": "class DatabaseWrapper:\n    def __init__(self, settings_dict, alias):\n        self.settings_dict = settings_dict\n"}),
    "db-engine-project-backend-broken": (
        "a backend of the project's own whose module fails",
        settings_module(extra="DATABASES = {'default': {'ENGINE': 'mysite.db', 'NAME': 'app'}}\n"), ADMIN_URLS,
        {"mysite/db/__init__.py": "", "mysite/db/base.py": "import sqlite3\n\nclass DatabaseWrapper(sqlite3.Connection):\n    vendor = missing_name\n"}),
    "db-engine-project-backend-missing": (
        "an ENGINE naming a package of the project's without a base module",
        settings_module(extra="DATABASES = {'default': {'ENGINE': 'mysite', 'NAME': 'app'}}\n"), ADMIN_URLS, {}),
    "db-without-default": ("DATABASES without a 'default' alias", settings_module(extra="DATABASES = {'main': {'ENGINE': 'django.db.backends.sqlite3', 'NAME': 'db.sqlite3'}}\n"), ADMIN_URLS, {}),
    "db-empty": ("DATABASES = {} (the dummy backend)", settings_module(extra="DATABASES = {}\n"), ADMIN_URLS, {}),
    "db-engine-empty-string": ("an ENGINE that is empty", settings_module(extra="DATABASES = {'default': {'ENGINE': '', 'NAME': 'x'}}\n"), ADMIN_URLS, {}),
    "db-engine-sites-only": (
        "a misspelt ENGINE with only the sites app (its Site model loads the backend)",
        settings_module(["django.contrib.sites"], extra="SITE_ID = 1\nDATABASES = {'default': {'ENGINE': 'django.db.backend.sqlite3', 'NAME': 'x'}}\n"), NO_URLS, {}),
    "db-migrations-app": ("django.db.migrations listed in INSTALLED_APPS (an app without models)",
                          settings_module([*ADMIN_APPS, "django.db.migrations"]), ADMIN_URLS, {}),
    "settings-exit-with-oserror": (
        "settings that exit with the OSError of a missing config file (sys.exit(e), as uMap's do)",
        settings_module(extra="import sys\n\ntry:\n    with open('/nonexistent/site.conf') as config:\n        exec(config.read())\nexcept IOError as e:\n    sys.exit(e)\n"),
        ADMIN_URLS, {}),
    "db-gis-app-installed": ("django.contrib.gis installed, on SQLite (no spatial backend)",
                             settings_module([*ADMIN_APPS, "django.contrib.gis"]), ADMIN_URLS, {}),
    "db-engine-postgis": (
        "GeoDjango on PostGIS (the GDAL library is not installed)",
        settings_module([*ADMIN_APPS, "django.contrib.gis"], extra="DATABASES = {'default': {'ENGINE': 'django.contrib.gis.db.backends.postgis', 'NAME': 'geo'}}\n"),
        ADMIN_URLS, {}),
    "db-engine-spatialite-gdal-path": (
        "GeoDjango on SpatiaLite, GDAL_LIBRARY_PATH naming a library that is not there",
        settings_module([*ADMIN_APPS, "django.contrib.gis"], extra="GDAL_LIBRARY_PATH = '/opt/gdal/lib/libgdal.so'\nDATABASES = {'default': {'ENGINE': 'django.contrib.gis.db.backends.spatialite', 'NAME': 'geo.sqlite3'}}\n"),
        ADMIN_URLS, {}),
    "db-engine-oracle-gis": (
        "GeoDjango on Oracle (its driver is missing before GDAL is)",
        settings_module(extra="DATABASES = {'default': {'ENGINE': 'django.contrib.gis.db.backends.oracle', 'NAME': 'xe'}}\n"), ADMIN_URLS, {}),
    "db-engine-mysql-gis-no-models": (
        "GeoDjango on MySQL, no installed app with models (nothing loads the backend)",
        settings_module(["django.contrib.staticfiles", "django.contrib.gis"], extra="DATABASES = {'default': {'ENGINE': 'django.contrib.gis.db.backends.mysql', 'NAME': 'geo'}}\n"),
        NO_URLS, {}),
    "forms-app-django-renderer": (
        "django.forms installed with the DjangoTemplates form renderer",
        settings_module([*ADMIN_APPS, "django.forms"], extra="FORM_RENDERER = 'django.forms.renderers.DjangoTemplates'\n"), ADMIN_URLS, {}),
    "postgres-app-with-admin": ("django.contrib.postgres with the admin", settings_module([*ADMIN_APPS, "django.contrib.postgres"]), ADMIN_URLS, {}),
    "logging-callback-filter": (
        "LOGGING with a CallbackFilter and the require_debug_true filter",
        settings_module(extra="def _skip_static(record):\n    return 'static' not in record.getMessage()\n\n"
                        "LOGGING = {'version': 1, 'disable_existing_loggers': False,\n"
                        "           'filters': {'skip_static': {'()': 'django.utils.log.CallbackFilter', 'callback': _skip_static},\n"
                        "                       'debug_only': {'()': 'django.utils.log.RequireDebugTrue'}},\n"
                        "           'handlers': {'console': {'class': 'logging.StreamHandler', 'filters': ['skip_static', 'debug_only']}},\n"
                        "           'loggers': {'django.server': {'handlers': ['console'], 'level': 'INFO'}}}\n"),
        ADMIN_URLS, {}),
    "termcolors-style-in-settings": (
        "a style made with termcolors.make_style and parse_color_setting in the settings",
        settings_module(extra="from django.utils import termcolors\n\nNOTICE = termcolors.make_style(opts=('bold',), fg='red')\nPALETTE = termcolors.parse_color_setting('light;error=yellow/blue,blink')\nprint(NOTICE('settings loaded'))\n"),
        ADMIN_URLS, {}),
    "termcolors-bad-colors-setting": (
        "parse_color_setting() of a value with two '=' in a role, in the settings",
        settings_module(extra="from django.utils.termcolors import parse_color_setting\n\nPALETTE = parse_color_setting('error=red=blue')\n"),
        ADMIN_URLS, {}),
}


def main():
    os.makedirs(OUT, exist_ok=True)
    for name, (description, module, urls, extra) in CASES.items():
        files = {"mysite/__init__.py": "", "mysite/settings.py": module, "mysite/urls.py": urls, **extra}
        case = {
            "kind": "settings",
            "description": description[0].upper() + description[1:] + ".",
            "files": dict(sorted(files.items())),
            "settings_module": "mysite.settings",
            "env": {},
            "deploy": True,
            "scope": SCOPE,
        }
        with open(os.path.join(OUT, f"gaps-{name}.json"), "w", encoding="utf-8") as out:
            json.dump(case, out, ensure_ascii=False, indent=2)
            out.write("\n")


if __name__ == "__main__":
    main()
