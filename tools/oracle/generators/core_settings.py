"""Settings-case inputs for the core area: every check of the core (security, caches, 4_0,
staticfiles, files, async, translation, auth's middleware order) and every setting Django
validates while it loads a project (TIME_ZONE, DATABASES, INSTALLED_APPS, LOGGING,
AUTH_USER_MODEL, SILENCED_SYSTEM_CHECKS), each at its edges: values that are truthy but not
True, wrong types that make a check crash, entries of lists and tuples, silencing.

    python3 tools/oracle/generators/core_settings.py     # writes tools/oracle/inputs/settings/core-*.json

A case is a settings module: a base (HARDENED passes every deployment check; MINIMAL is just a
secret key) with lines added at its end, which win over the base's. The values come from
tables per setting, so one row is one case; the generator writes inputs only, record.py asks
real Django for the expectations.

Left out: values whose only effect is an exception worded by Python itself, where Pyodide's
Python 3.14 words it unlike CPython 3.12 ("argument of type 'int' is not a container or
iterable", "cannot use 'list' as a set element (unhashable type: 'list')"), until the engine
reports such messages as 3.12 does.
"""

import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "inputs", "settings")
PREFIX = "core-"

#: The corpus's scope, and the ids of the core's other checks.
SCOPE = ["security.", "staticfiles.", "caches.", "urls.", "2_0.", "4_0.", "files.", "async.", "translation.", "auth."]

STRONG_KEY = "r8#Lq!2vZ@k5^wN9&xT4*pC7(mB1)hG6-jD3=sF0_yK%eU+aQ~"

HARDENED = f'''from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
SECRET_KEY = {STRONG_KEY!r}
DEBUG = False
ALLOWED_HOSTS = ["mysite.example.com"]
INSTALLED_APPS = [
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
STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
SECURE_SSL_REDIRECT = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = 31536000
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
'''

MINIMAL = f"SECRET_KEY = {STRONG_KEY!r}\n"

FILE_CACHE = "django.core.cache.backends.filebased.FileBasedCache"


def case(slug, description, extra="", *, base=HARDENED, deploy=True, env=None, files=None):
    return {
        "slug": slug,
        "description": description,
        "extra": extra,
        "base": base,
        "deploy": deploy,
        "env": env or {},
        "files": files or {},
    }


def values_of(setting, values, *, what, base=HARDENED, deploy=True, extra_before="", files=None):
    """One case per value of a setting: `values` are Python source texts."""
    for number, value in enumerate(values, 1):
        yield case(
            f"{setting.lower().replace('_', '-')}-{number}",
            f"{setting} = {value} ({what})",
            f"{extra_before}{setting} = {value}\n",
            base=base,
            deploy=deploy,
            files=files,
        )


def security_cases():
    odd_booleans = ["True", "1", "'True'", "'true'", "None", "False", "0", "[True]"]
    for setting in (
        "SECURE_HSTS_INCLUDE_SUBDOMAINS",
        "SECURE_HSTS_PRELOAD",
        "SECURE_CONTENT_TYPE_NOSNIFF",
        "SECURE_SSL_REDIRECT",
        "SESSION_COOKIE_SECURE",
        "SESSION_COOKIE_HTTPONLY",
        "CSRF_COOKIE_SECURE",
    ):
        yield from values_of(setting, odd_booleans, what="only the value True passes")
    yield from values_of("SECURE_HSTS_SECONDS", ["0", "1", "'0'", "None", "-1", "'3600'", "[]", "0.0"], what="any truthy value turns HSTS on")
    yield from values_of("DEBUG", ["True", "'False'", "0", "[]", "None", "''", "'0'"], what="any truthy value is DEBUG on")
    yield from values_of("X_FRAME_OPTIONS", ["'DENY'", "'deny'", "'SAMEORIGIN'", "None", "['DENY']"], what="exactly 'DENY'")
    yield from values_of("ALLOWED_HOSTS", ["[]", "['']", "('mysite.example.com',)", "'mysite.example.com'", "None"], what="empty, or not a list")
    yield from values_of(
        "SECRET_KEY",
        [
            "''",
            "None",
            "5",
            "'short'",
            "'django-insecure-' + 'x7#Lq!2vZ@k5^wN9&xT4*pC7(mB1)hG6-jD3=sF0_yK'",
            "'abcd' * 20",
            "'a1b2c3d4e5' * 4 + 'f6g7h8i9'",
            "'a1b2c3d4e5' * 5",
            "b'r8#Lq!2vZ@k5^wN9&xT4*pC7(mB1)hG6-jD3=sF0_yK%eU+aQ~'",
            "list(range(60))",
            "tuple('abc')",
        ],
        what="the key test, and values it cannot read",
    )
    yield from values_of(
        "SECRET_KEY_FALLBACKS",
        [
            "['changeme']",
            f"[{STRONG_KEY!r}, 'changeme', 'old']",
            f"({STRONG_KEY!r},)",
            "'changeme'",
            "[5]",
            "[]",
        ],
        what="each entry is tested like SECRET_KEY",
    )
    yield from values_of(
        "SECURE_REFERRER_POLICY",
        [
            "None",
            "'same-origin'",
            "'same-origin, no-referrer'",
            "' same-origin ,origin '",
            "'SAME-ORIGIN'",
            "['same-origin', 'bad']",
            "('origin', 'strict-origin')",
            "{'origin'}",
            "''",
            "5",
        ],
        what="a comma-separated string or an iterable of valid policies",
    )
    yield from values_of(
        "SECURE_CROSS_ORIGIN_OPENER_POLICY",
        ["None", "'same-origin'", "'unsafe-none'", "'bad'", "''"],
        what="None or one of three values",
    )
    yield from values_of(
        "MIDDLEWARE",
        [
            "[]",
            "('django.middleware.security.SecurityMiddleware',)",
            "'django.middleware.security.SecurityMiddleware django.middleware.clickjacking.XFrameOptionsMiddleware'",
            "None",
        ],
        what="the middleware-dependent warnings",
    )
    yield case("sessions-app-only", "The sessions app without its middleware, insecure cookies (W010, W013)",
               "MIDDLEWARE = [m for m in MIDDLEWARE if 'sessions' not in m]\nSESSION_COOKIE_SECURE = False\nSESSION_COOKIE_HTTPONLY = 0\n")
    yield case("sessions-middleware-only", "The session middleware without the app (W011, W014)",
               "INSTALLED_APPS = [a for a in INSTALLED_APPS if a != 'django.contrib.sessions']\nSESSION_COOKIE_SECURE = 1\nSESSION_COOKIE_HTTPONLY = 'True'\n")
    yield case("sessions-app-as-config", "The sessions app named by its AppConfig path does not count as the app",
               "INSTALLED_APPS = [a if a != 'django.contrib.sessions' else 'django.contrib.sessions.apps.SessionsConfig' for a in INSTALLED_APPS]\nSESSION_COOKIE_SECURE = False\n")
    yield from values_of("CSRF_USE_SESSIONS", ["True", "1", "''", "None"], what="the CSRF cookie is not checked when the token is in the session",
                         extra_before="CSRF_COOKIE_SECURE = False\n")


def csp_cases():
    for number, (setting, value) in enumerate(
        [
            ("SECURE_CSP", "'default-src self'"),
            ("SECURE_CSP", "[]"),
            ("SECURE_CSP", "None"),
            ("SECURE_CSP", "{'default-src': ['self']}"),
            ("SECURE_CSP_REPORT_ONLY", "'x'"),
            ("SECURE_CSP_REPORT_ONLY", "('default-src',)"),
            ("SECURE_CSP", "0"),
        ],
        1,
    ):
        yield case(f"csp-{number}", f"{setting} = {value}: None or a dict (always checked)", f"{setting} = {value}\n", deploy=False)
    yield case("csp-both", "Both CSP settings wrong: one error for each", "SECURE_CSP = 'a'\nSECURE_CSP_REPORT_ONLY = ['b']\n", deploy=False)
    yield case("csp-silenced", "E026 silenced", "SECURE_CSP = 'a'\nSILENCED_SYSTEM_CHECKS = ['security.E026']\n", deploy=False)


def csrf_cases():
    view = {"mysite/views.py": "def two(request, reason=''):\n    pass\n\ndef one(request):\n    pass\n\ndef kw(request, **kwargs):\n    pass\n"}
    yield from values_of(
        "CSRF_FAILURE_VIEW",
        ["'nodots'", "'mysite.missing.view'", "'mysite.views.one'", "'mysite.views.two'", "'mysite.views.kw'", "'mysite.views.nope'", "lambda request, reason: None", "5"],
        what="importable, and callable with (request, reason=...)",
        deploy=False,
        files=view,
    )
    yield from values_of(
        "CSRF_TRUSTED_ORIGINS",
        ["['example.com']", "['https://a.example.com', 'b.example.com', 'b.example.com']", "'https://a.example.com'", "[('https://a', 'b')]", "('http://x',)"],
        what="each entry needs a scheme",
        deploy=False,
    )


def cache_cases():
    def caches(text, slug, description, *, deploy=True, extra="", files=None):
        return case(f"caches-{slug}", description, f"CACHES = {text}\n{extra}", deploy=deploy, files=files)

    fb = FILE_CACHE
    yield caches("{}", "empty", "No 'default' cache (E001)", deploy=False)
    yield caches("{'other': {'BACKEND': 'django.core.cache.backends.locmem.LocMemCache'}}", "no-default", "A cache, but not 'default'", deploy=False)
    yield caches(f"{{'default': {{'BACKEND': '{fb}', 'LOCATION': 'cache'}}}}", "relative", "A relative file-based LOCATION (W003)", deploy=False)
    yield caches(f"{{'default': {{'BACKEND': '{fb}', 'LOCATION': '/tmp/core-oracle-cache'}}}}", "absolute", "An absolute file-based LOCATION", deploy=False)
    yield caches(f"{{'default': {{'BACKEND': '{fb}', 'LOCATION': BASE_DIR / 'cache'}}}}", "path-location", "A Path LOCATION")
    yield caches(f"{{'default': {{'BACKEND': '{fb}'}}}}", "no-location", "A file-based cache without LOCATION", deploy=False)
    yield caches(f"{{'default': {{'BACKEND': '{fb}', 'LOCATION': STATIC_ROOT}}}}", "matches-static-root", "The cache folder is STATIC_ROOT (W002)")
    yield caches(f"{{'default': {{'BACKEND': '{fb}', 'LOCATION': STATIC_ROOT / 'cache'}}}}", "inside-static-root", "The cache folder is inside STATIC_ROOT")
    yield caches(f"{{'default': {{'BACKEND': '{fb}', 'LOCATION': BASE_DIR}}}}", "contains-static-root", "The cache folder contains STATIC_ROOT")
    yield caches(f"{{'default': {{'BACKEND': '{fb}', 'LOCATION': BASE_DIR / 'media' / 'c'}}}}", "inside-media-root", "Inside MEDIA_ROOT",
                 extra="MEDIA_ROOT = BASE_DIR / 'media'\n")
    yield caches(f"{{'default': {{'BACKEND': '{fb}', 'LOCATION': BASE_DIR / 'assets'}}, 'b': {{'BACKEND': '{fb}', 'LOCATION': BASE_DIR / 'assets' / 'x'}}}}",
                 "staticfiles-dirs", "Two file caches against a STATICFILES_DIRS entry given as a pair", extra="STATICFILES_DIRS = [('p', BASE_DIR / 'assets')]\n",
                 files={"assets/a.css": ""})
    yield caches(f"{{'default': {{'BACKEND': '{fb}', 'LOCATION': BASE_DIR / 'c'}}}}", "staticfiles-dirs-triple", "A 3-item STATICFILES_DIRS entry in the cache check",
                 extra="STATICFILES_DIRS = [('a', 'b', 'c')]\n")
    yield caches("{'default': {'BACKEND': 'django.core.cache.backends.nope.NopeCache'}}", "bad-backend", "A BACKEND that cannot be imported", deploy=False)
    yield caches("{'default': {'BACKEND': 'django.core.cache.backends.memcached.PyMemcacheCache', 'LOCATION': '127.0.0.1:11211'}}", "pymemcache",
                 "Memcached without pymemcache installed", deploy=False)
    yield caches("{'default': {'BACKEND': 'django.core.cache.backends.redis.RedisCache', 'LOCATION': 'redis://127.0.0.1:6379'}}", "redis",
                 "Redis is not imported until used", deploy=False)
    yield caches("{'default': {'BACKEND': 'django.core.cache.backends.locmem.LocMemCache', 'OPTIONS': None}}", "options-none", "OPTIONS None", deploy=False)
    yield caches("{'default': {'BACKEND': 'django.core.cache.backends.locmem.LocMemCache', 'TIMEOUT': 'abc', 'OPTIONS': {'MAX_ENTRIES': 'x'}}}", "odd-numbers",
                 "Numbers that are not numbers fall back", deploy=False)
    yield caches("{'default': {'BACKEND': 'django.core.cache.backends.locmem.LocMemCache', 'TIMEOUT': float('inf')}}", "timeout-inf",
                 "An infinite TIMEOUT", deploy=False)
    yield caches("{'default': {'BACKEND': 'django.core.cache.backends.locmem.LocMemCache', 'KEY_FUNCTION': 'mysite.nope.key'}}", "key-function",
                 "A KEY_FUNCTION that cannot be imported", deploy=False)
    yield caches("{5: {'BACKEND': 'django.core.cache.backends.locmem.LocMemCache'}}", "int-alias", "An alias that is not a string", deploy=False)
    yield caches("['default']", "list", "CACHES as a list", deploy=False)
    yield caches("{'default': {'LOCATION': 'x'}}", "no-backend", "An entry without BACKEND", deploy=False)
    yield caches("{'default': 'locmem'}", "string-entry", "An entry that is a string", deploy=False)
    yield caches("{'default': {'BACKEND': 'django.core.cache.backends.dummy.DummyCache'}, 'db': {'BACKEND': 'django.core.cache.backends.db.DatabaseCache', 'LOCATION': 't'}}",
                 "dummy-and-db", "Dummy and database caches")
    yield caches(f"{{'default': {{'BACKEND': '{fb}', 'LOCATION': 'cache'}}}}", "relative-silenced", "W003 silenced", deploy=False,
                 extra="SILENCED_SYSTEM_CHECKS = ['caches.W003']\n")


def staticfiles_cases():
    assets = {"assets/site.css": "", "static/a.css": ""}
    yield from values_of(
        "STATICFILES_DIRS",
        [
            "[BASE_DIR / 'assets']",
            "(BASE_DIR / 'assets')",
            "'assets'",
            "[('css/', BASE_DIR / 'assets')]",
            "[('css', BASE_DIR / 'assets'), ('css', BASE_DIR / 'assets')]",
            "[('a', 'b', 'c')]",
            "[STATIC_ROOT]",
            "['missing', 'assets']",
            "[('p',)]",
            "[(BASE_DIR, 'assets')]",
        ],
        what="staticfiles.E001-E003, W004, and entries that fail while the finder is built",
        deploy=False,
        files=assets,
    )
    finders = "'django.contrib.staticfiles.finders.DefaultStorageFinder'"
    yield case("finders-default-storage-no-media-root", "DefaultStorageFinder without MEDIA_ROOT", f"STATICFILES_FINDERS = [{finders}]\n", deploy=False)
    yield case("finders-default-storage", "DefaultStorageFinder with MEDIA_ROOT", f"STATICFILES_FINDERS = [{finders}]\nMEDIA_ROOT = BASE_DIR / 'media'\n", deploy=False)
    yield case("finders-default-storage-bad-backend", "DefaultStorageFinder with an unimportable default storage",
               f"STATICFILES_FINDERS = [{finders}]\nSTORAGES = {{'default': {{'BACKEND': 'nope.Storage'}}, 'staticfiles': {{'BACKEND': 'x'}}}}\n", deploy=False)
    yield case("finders-not-a-finder", "A finder that is not a BaseFinder", "STATICFILES_FINDERS = ['django.core.cache.backends.base.BaseCache']\n", deploy=False)
    yield case("finders-missing", "A finder that cannot be imported", "STATICFILES_FINDERS = ['mysite.finders.Nope']\n", deploy=False)
    yield case("storages-no-staticfiles", "STORAGES without 'staticfiles' (E005)", "STORAGES = {'default': {'BACKEND': 'django.core.files.storage.FileSystemStorage'}}\n", deploy=False)
    yield case("staticfiles-not-installed", "Without the app there are no staticfiles checks",
               "INSTALLED_APPS = INSTALLED_APPS[:-1]\nSTATICFILES_DIRS = (BASE_DIR / 'nope')\nSTORAGES = {}\n", deploy=False)


def files_and_async_cases():
    yield from values_of(
        "FILE_UPLOAD_TEMP_DIR",
        ["'/nonexistent-upload-dir'", "''", "None", "BASE_DIR / 'tmp'", "'tmp'", "'missing-tmp'", "5", "BASE_DIR / 'tmp' / 'f.txt'"],
        what="files.E001 when set and not a folder",
        deploy=False,
        files={"tmp/f.txt": ""},
    )
    for number, (value, deploy) in enumerate([("1", True), ("", True), ("0", True), ("false", True), ("1", False)], 1):
        yield case(f"async-unsafe-{number}", f"DJANGO_ALLOW_ASYNC_UNSAFE={value!r} ({'with' if deploy else 'without'} --deploy)", deploy=deploy,
                   env={"DJANGO_ALLOW_ASYNC_UNSAFE": value})


def translation_cases():
    yield from values_of(
        "LANGUAGE_CODE",
        ["'en-us'", "'en'", "'xx'", "'en_US'", "''", "None", "5", "['en']", "'EN-US'", "'zh-hans'", "'zh-cn'", "'sr-latn'", "'de-at-x-y'",
         "'en-' + 'a' * 600", "'a' * 600", "'fr-ca'", "'am'", "'ast'", "'es-419'", "'x@y'"],
        what="a valid tag, served from LANGUAGES",
        deploy=False,
    )
    languages = [
        ("[('pt-br', 'Portuguese')]", "'pt-br'"),
        ("[('pt-br', 'Portuguese')]", "'pt'"),
        ("[('fr', 'French')]", "'fr-ca'"),
        ("[('fr-ca', 'Canadian French')]", "'fr'"),
        ("[('zh-hans', 'Chinese')]", "'zh-cn'"),
        ("[('xx', 'Mine')]", "'xx'"),
        ("[('xx-yy', 'Mine')]", "'xx'"),
        ("[('en',)]", "'en'"),
        ("[('e n', 'x'), (5, 'five'), ('en', 'English')]", "'en'"),
        ("{'en': 'English'}", "'en'"),
        ("'en'", "'en'"),
        ("[('EN', 'English')]", "'en'"),
        ("[('am', 'Amharic')]", "'am'"),
        ("[]", "'en-us'"),
    ]
    for number, (value, code) in enumerate(languages, 1):
        yield case(f"languages-{number}", f"LANGUAGES = {value}, LANGUAGE_CODE = {code}", f"LANGUAGES = {value}\nLANGUAGE_CODE = {code}\n", deploy=False)
    yield case("languages-am-with-admin", "Amharic is served when the admin (which has its catalog) is installed",
               "INSTALLED_APPS = ['django.contrib.admin', *INSTALLED_APPS]\nTEMPLATES = [{'BACKEND': 'django.template.backends.django.DjangoTemplates', 'APP_DIRS': True, 'OPTIONS': {'context_processors': ['django.template.context_processors.request', 'django.contrib.auth.context_processors.auth', 'django.contrib.messages.context_processors.messages']}}]\nLANGUAGES = [('am', 'Amharic')]\nLANGUAGE_CODE = 'am'\n",
               deploy=False)
    yield from values_of("LANGUAGES_BIDI", ["['he', 'x_y']", "'he'", "[5]", "[]"], what="valid tags", deploy=False)
    for number, code in enumerate(["'xx'", "5", "''", "'EN-us'"], 1):
        yield case(f"use-i18n-off-{number}", f"USE_I18N = False, LANGUAGE_CODE = {code}", f"USE_I18N = False\nLANGUAGE_CODE = {code}\n", deploy=False)
    # A catalog is a binary .mo file, which a case (text files) cannot hold: these folders have none.
    locale = {"locale/README.txt": ""}
    for number, (paths, code, langs) in enumerate(
        [
            ("[BASE_DIR / 'locale']", "'xx'", "[('xx', 'Mine')]"),
            ("['locale']", "'en'", "[('en', 'English')]"),
            ("[]", "'xx'", "[('xx', 'Mine')]"),
            ("[5]", "'xx'", "[('xx', 'Mine')]"),
            ("[5]", "'en-us'", "[('en', 'English')]"),
        ],
        1,
    ):
        yield case(f"locale-paths-{number}", f"LOCALE_PATHS = {paths} for {code}", f"LOCALE_PATHS = {paths}\nLANGUAGE_CODE = {code}\nLANGUAGES = {langs}\n",
                   deploy=False, files=locale)
    yield case("translation-silenced", "E004 silenced", "LANGUAGE_CODE = 'xx'\nSILENCED_SYSTEM_CHECKS = ['translation.E004']\n", deploy=False)


def loading_cases():
    yield from values_of(
        "TIME_ZONE",
        ["'Europe/Paris'", "'Europe/Pari'", "'America/New York'", "'UTC'", "'utc'", "None", "''", "5", "'America'", "'zone.tab'",
         "'posix/Europe/Paris'", "'right/UTC'", "'/Europe/Paris'", "'Europe//Paris'", "'US/Eastern'", "'Asia/Calcutta'", "'Etc/GMT+5'", "'GMT+1'",
         "'Europe/Paris '", "b'UTC'"],
        what="a zone of the zoneinfo database",
        base=MINIMAL,
        deploy=False,
    )
    yield from values_of(
        "DATABASES",
        ["{}", "{'other': {}}", "{'default': {}}", "{'default': {'ENGINE': ''}}", "'default'", "['default']",
         "{'default': 'sqlite'}", "{'default': {'TEST': None}}", "{'default': {'ENGINE': 'django.db.backends.sqlite3', 'NAME': 'db.sqlite3'}, 'replica': None}"],
        what="read when the check command lists its --database choices",
        base=MINIMAL,
        deploy=False,
    )
    yield from values_of(
        "SILENCED_SYSTEM_CHECKS",
        ["['security.W018']", "'security.W018'", "('security.W018', 'security.W020')", "['security.W01']"],
        what="silenced messages are dropped (a string silences its substrings)",
        base=MINIMAL + "DEBUG = True\n",
    )
    apps = {
        "blog/__init__.py": "",
        "blog/apps.py": "from django.apps import AppConfig\n\nclass BlogConfig(AppConfig):\n    name = 'blog'\n\nclass OtherConfig(AppConfig):\n    name = 'blog'\n    label = 'other'\n",
        "shop/__init__.py": "",
        "shop/apps.py": "from django.apps import AppConfig\n\nclass ShopConfig(AppConfig):\n    default = True\n    name = 'shop'\n\nclass SpareConfig(AppConfig):\n    default = True\n    name = 'shop'\n",
        "news/__init__.py": "",
        "news/apps.py": "from django.apps import AppConfig\n\nclass NewsConfig(AppConfig):\n    name = 'newz'\n\nclass Nameless(AppConfig):\n    pass\n\nclass Plain:\n    pass\n",
    }
    yield from values_of(
        "INSTALLED_APPS",
        [
            "['blog']",
            "['blog.apps.BlogConfig']",
            "['blog.apps.OtherConfig', 'blog']",
            "['shop']",
            "['news.apps.NewsConfig']",
            "['news.apps.Nameless']",
            "['news.apps.Plain']",
            "['news.apps.Missing']",
            "['news.apps.missing']",
            "['blog.']",
            "['django.contrib.auth', 'django.contrib.contenttypes', 'django.contrib.auth']",
            "['django.contrib.auth.apps.AuthConfig', 'django.contrib.contenttypes', 'django.contrib.auth']",
            "[5]",
            "['nope']",
            "['my-app']",
            "('django.contrib.staticfiles',)",
            "'django.contrib.staticfiles'",
        ],
        what="each entry becomes an app config, or fails as in Django",
        base=MINIMAL,
        deploy=False,
        files=apps,
    )
    yield from values_of(
        "AUTH_USER_MODEL",
        ["'accounts.User'", "'User'", "'auth.user'", "'Auth.User'", "'auth.Userx'", "5", "None", "''", "'a.b.c'", "'blog.User'"],
        what="the user model is looked up at setup",
        base=MINIMAL + "INSTALLED_APPS = ['django.contrib.auth', 'django.contrib.contenttypes', 'blog']\n",
        deploy=False,
        files={"blog/__init__.py": ""},
    )
    admin = "['django.contrib.admin', 'django.contrib.auth', 'django.contrib.contenttypes', 'django.contrib.messages', 'django.contrib.sessions']"
    yield case("auth-user-model-with-admin", "AUTH_USER_MODEL not installed, the admin first", f"INSTALLED_APPS = {admin}\nAUTH_USER_MODEL = 'accounts.User'\n",
               base=MINIMAL, deploy=False)
    yield case("auth-user-model-malformed-with-admin", "AUTH_USER_MODEL malformed, the admin first", f"INSTALLED_APPS = {admin}\nAUTH_USER_MODEL = 'User'\n",
               base=MINIMAL, deploy=False)
    yield case("auth-without-contenttypes", "The auth app without contenttypes", "INSTALLED_APPS = ['django.contrib.auth']\n", base=MINIMAL, deploy=False)
    yield case("auth-model-not-installed-no-auth", "AUTH_USER_MODEL is not looked up without the auth app", "INSTALLED_APPS = []\nAUTH_USER_MODEL = 'x'\n",
               base=MINIMAL, deploy=False)
    logging_base = "LOGGING = {'version': 1, 'disable_existing_loggers': False, "
    for number, (value, what) in enumerate(
        [
            (logging_base + "'filters': {'p': {'()': 'django.utils.log.RequireDebugFalse'}}, 'handlers': {'mail': {'class': 'django.utils.log.AdminEmailHandler', 'filters': ['p'], 'level': 'ERROR'}}, 'loggers': {'django': {'handlers': ['mail']}}}",
             "Django's filter and mail handler"),
            (logging_base + "'handlers': {'x': {'class': 'mysite.nope.Handler'}}}", "a handler class that cannot be imported"),
            ("LOGGING = {'version': 1, 'incremental': True, 'handlers': {'console': {'level': 'DEBUG'}}}", "an incremental LOGGING that changes Django's console handler"),
            ("LOGGING_CONFIG = None\nLOGGING = {'nonsense': 1}", "LOGGING_CONFIG None: LOGGING is never read"),
            ("LOGGING_CONFIG = 'mysite.nope.configure'", "a LOGGING_CONFIG that cannot be imported"),
            ("DEFAULT_EXCEPTION_REPORTER = 'mysite.nope.Reporter'", "the mail handler of Django's own logging imports the reporter"),
            (logging_base + "'handlers': {'m': {'class': 'django.utils.log.AdminEmailHandler', 'reporter_class': 'mysite.nope.R'}}}", "a reporter_class that cannot be imported"),
            ("LOGGING = {'version': 2}", "an unsupported LOGGING version"),
        ],
        1,
    ):
        yield case(f"logging-{number}", f"Logging at setup: {what}", value + "\n", base=MINIMAL, deploy=False)
    middleware = {"mysite/middleware.py": "raise NameError('broken middleware module')\n"}
    for number, (value, what) in enumerate(
        [
            ("['django.contrib.auth.middleware.LoginRequiredMiddleware', 'django.contrib.auth.middleware.AuthenticationMiddleware']", "login-required before authentication (auth.E013)"),
            ("['django.contrib.auth.middleware.AuthenticationMiddleware', 'django.contrib.auth.middleware.LoginRequiredMiddleware']", "the right order"),
            ("['django.contrib.auth.middleware.LoginRequiredMiddleware']", "login-required alone"),
            ("['mysite.middleware.Timing', 'django.contrib.auth.middleware.LoginRequiredMiddleware']", "a middleware module that fails to import, before it"),
            ("['whitenoise.middleware.WhiteNoiseMiddleware', 'django.contrib.auth.middleware.LoginRequiredMiddleware']", "an uninstalled middleware is passed over"),
            ("['mysite.middleware.Timing']", "a broken module fails the run even without login-required: the auth app imports every entry"),
        ],
        1,
    ):
        yield case(f"auth-middleware-{number}", f"MIDDLEWARE: {what}", f"MIDDLEWARE = {value}\n", deploy=False, files=middleware)


def all_cases():
    for group in (security_cases, csp_cases, csrf_cases, cache_cases, staticfiles_cases, files_and_async_cases, translation_cases, loading_cases):
        yield from group()


def main():
    os.makedirs(OUT, exist_ok=True)
    for name in os.listdir(OUT):
        if name.startswith(PREFIX) and name.endswith(".json"):
            os.remove(os.path.join(OUT, name))
    seen = set()
    for item in all_cases():
        if item["slug"] in seen:
            raise SystemExit(f"two cases named {item['slug']}")
        seen.add(item["slug"])
        files = {"mysite/__init__.py": "", "mysite/settings.py": item["base"] + item["extra"], **item["files"]}
        case_input = {
            "kind": "settings",
            "description": item["description"],
            "files": files,
            "settings_module": "mysite.settings",
            "env": item["env"],
            "deploy": item["deploy"],
            "scope": SCOPE,
        }
        with open(os.path.join(OUT, f"{PREFIX}{item['slug']}.json"), "w", encoding="utf-8") as out:
            json.dump(case_input, out, ensure_ascii=False, indent=2)
            out.write("\n")
    print(f"{len(seen)} inputs in {os.path.relpath(OUT)}")


if __name__ == "__main__":
    main()
