"""Python-case inputs for the core area: facts of Django's Python API that a reader's code, a
custom check or Django's own test suite relies on (check messages, the registry, the security
checks called directly, settings, the app registry, caches, connections, staticfiles finders).

    python3 tools/oracle/generators/core_python.py     # writes tools/oracle/inputs/python/core-*.json

Each case's code leaves a JSON value in `result`; record.py asks real Django for it.
"""

import json
import os
import textwrap

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "inputs", "python")
PREFIX = "core-"

APPS = "['django.contrib.auth', 'django.contrib.contenttypes', 'django.contrib.staticfiles']"
CONFIGURE = f"from django.conf import settings\nsettings.configure(INSTALLED_APPS={APPS}, SECRET_KEY='k' * 50)\nimport django\ndjango.setup()\n"

#: A project with static files in two STATICFILES_DIRS folders (one prefixed) and in an app.
STATIC_FILES = {
    "blog/__init__.py": "",
    "blog/static/blog/app.js": "",
    "blog/static/blog/.hidden": "",
    "blog/static/CVS/x": "",
    "assets/site.css": "",
    "assets/site.css~": "",
    "assets/img/logo.png": "",
    "assets/.cache/x.css": "",
    "assets/CVS": "",
    "extra/print.css": "",
    "extra/deep/er/a.txt": "",
    "media/up/photo.jpg": "",
    "media/notes.txt": "",
}
STATIC_SETTINGS = (
    "from django.conf import settings\n"
    "settings.configure(INSTALLED_APPS=['django.contrib.staticfiles', 'blog'], SECRET_KEY='k' * 50, STATIC_URL='static/',"
    " STATICFILES_DIRS=['assets', ('pre', 'extra')], MEDIA_ROOT='media')\n"
    "import django\ndjango.setup()\n"
    "import os\n"
    "def rel(path):\n    return os.path.relpath(path) if isinstance(path, str) and os.path.isabs(path) else path\n"
    "def listing(finder, patterns):\n"
    "    return sorted([path, rel(storage.location), getattr(storage, 'prefix', None)] for path, storage in finder.list(patterns))\n"
)

CASES = [
    # ---- messages --------------------------------------------------------------------------
    ("messages-str-repr", "str() and repr() of check messages, with and without object, id and hint", {}, """
        from django.core.checks import Critical, Debug, Error, Info, Warning, CheckMessage, ERROR
        made = [Error("Bad thing.", hint="Fix it.", obj="the object", id="x.E001"), Warning("No id"), Info("i", obj=5),
                Debug("d", id="x.D1"), Critical("c", hint="", id=""), CheckMessage(ERROR, "plain", obj=["a"])]
        result = [[str(m), repr(m)] for m in made]
        """),
    ("messages-str-model", "str() of a message about a model names the model by its label", {}, CONFIGURE + """
        from django.contrib.auth import get_user_model
        from django.core.checks import Error
        result = [str(Error("About the user model.", obj=get_user_model(), id="x.E1")), repr(Error("r", obj=None))]
        """),
    ("messages-eq", "Messages are equal when level, text, hint, object and id are; the class matters one way", {}, """
        from django.core.checks import CheckMessage, Error, Warning, ERROR, WARNING
        a = Warning("m", hint="h", id="x.W1")
        result = [a == Warning("m", hint="h", id="x.W1"), a == Warning("m", id="x.W1"), a == Error("m", hint="h", id="x.W1"),
                  a == CheckMessage(WARNING, "m", hint="h", id="x.W1"), CheckMessage(WARNING, "m", hint="h", id="x.W1") == a,
                  a == "m", a != Warning("other"), Error("e") == CheckMessage(ERROR, "e")]
        """),
    ("messages-level", "A message needs an int level; is_serious compares with ERROR by default", {}, """
        from django.core.checks import CheckMessage, Error, Warning, Critical, WARNING
        result = [Error("e").is_serious(), Warning("w").is_serious(), Warning("w").is_serious(WARNING), Critical("c").is_serious(),
                  CheckMessage(35, "custom").is_serious(), CheckMessage(35, "custom").level]
        try:
            CheckMessage("ERROR", "m")
        except TypeError as exc:
            result.append(str(exc))
        """),
    ("messages-silenced", "is_silenced() reads SILENCED_SYSTEM_CHECKS", {}, """
        from django.conf import settings
        settings.configure(SILENCED_SYSTEM_CHECKS=["x.W001", "fields.W342"])
        from django.core.checks import Warning
        result = [Warning("a", id="x.W001").is_silenced(), Warning("b", id="x.W002").is_silenced(), Warning("c").is_silenced()]
        """),
    ("messages-unhashable", "Check messages define equality and so are not hashable", {}, """
        from django.core.checks import Error
        result = [Error.__hash__ is None, type(Error("e")).__hash__ is None]
        """),
    # ---- the registry --------------------------------------------------------------------------
    ("registry-register-forms", "register() as a decorator with tags, as a function, with deploy", {}, """
        from django.core.checks.registry import CheckRegistry
        registry = CheckRegistry()
        @registry.register
        def plain(app_configs, **kwargs):
            return []
        @registry.register("first", "second")
        def tagged(app_configs, **kwargs):
            return []
        @registry.register("deployed", deploy=True)
        def deployed(app_configs, **kwargs):
            return []
        def later(**kwargs):
            return []
        registry.register(later, "t1", "t2")
        @registry.register()
        def empty_call(**kwargs):
            return []
        result = {
            "tags": [list(f.tags) for f in (plain, tagged, deployed, later, empty_call)],
            "normal": sorted(f.__name__ for f in registry.get_checks()),
            "with_deploy": sorted(f.__name__ for f in registry.get_checks(include_deployment_checks=True)),
            "available": sorted(registry.tags_available()),
            "available_deploy": sorted(registry.tags_available(deployment_checks=True)),
            "exists": [registry.tag_exists("first"), registry.tag_exists("deployed"), registry.tag_exists("deployed", include_deployment_checks=True)],
        }
        """),
    ("registry-run-checks", "run_checks() filters by tags, passes app_configs and databases, needs iterables back", {}, """
        import re
        from django.core.checks import Warning
        from django.core.checks.registry import CheckRegistry
        registry = CheckRegistry()
        seen = []
        @registry.register("a")
        def one(app_configs, databases=None, **kwargs):
            seen.append([app_configs, databases, sorted(kwargs)])
            return [Warning("one", id="t.W1")]
        @registry.register("b", deploy=True)
        def two(app_configs, **kwargs):
            return (Warning("two", id="t.W2"),)
        @registry.register("c")
        def gen(app_configs, **kwargs):
            yield Warning("gen", id="t.W3")
        result = {
            "all": sorted(m.id for m in registry.run_checks()),
            "deploy": sorted(m.id for m in registry.run_checks(include_deployment_checks=True)),
            "tag_a": [m.id for m in registry.run_checks(tags=["a"])],
            "tag_b_deploy": [m.id for m in registry.run_checks(tags=["b"], include_deployment_checks=True)],
            "no_tags": [m.id for m in registry.run_checks(tags=[])],
            "args": None,
        }
        registry.run_checks(app_configs=["x"], tags=["a"], databases=["default"])
        result["args"] = seen[-1]
        @registry.register
        def broken(app_configs, **kwargs):
            return None
        try:
            registry.run_checks()
        except TypeError as exc:
            result["broken"] = re.sub(r" at 0x[0-9a-f]+", " at 0x...", str(exc))
        """),
    ("registry-no-kwargs", "A check function must take **kwargs", {}, """
        from django.core.checks import register
        try:
            @register("x")
            def bad(app_configs):
                return []
        except TypeError as exc:
            result = str(exc)
        """),
    ("registry-tags", "Django's built-in tags", {}, """
        from django.core.checks import Tags
        result = sorted((name, value) for name, value in vars(Tags).items() if not name.startswith("_"))
        """),
    ("registry-django-tags", "The tags of Django's own checks with the usual apps installed", {}, CONFIGURE + """
        from django.core import checks
        result = [sorted(checks.registry.registry.tags_available()), sorted(checks.registry.registry.tags_available(True)),
                  checks.tag_exists("translation"), checks.tag_exists("async_support"), checks.tag_exists("async_support", include_deployment_checks=True)]
        """),
    # ---- security checks called directly (as Django's tests do) -------------------------------
    ("security-direct-sts", "check_sts() and friends called with explicit settings, compared with the message constants", {}, """
        from django.conf import settings
        settings.configure(MIDDLEWARE=["django.middleware.security.SecurityMiddleware"], SECURE_HSTS_SECONDS=0, SECURE_CONTENT_TYPE_NOSNIFF=False,
                           SECURE_SSL_REDIRECT=1, X_FRAME_OPTIONS="SAMEORIGIN", SECURE_REFERRER_POLICY=None)
        from django.core.checks.security import base
        result = [base.check_sts(None) == [base.W004], base.check_content_type_nosniff(None) == [base.W006], base.check_ssl_redirect(None) == [base.W008],
                  base.check_xframe_deny(None), base.check_referrer_policy(None) == [base.W022], base.check_security_middleware(None),
                  base.check_xframe_options_middleware(None) == [base.W002], base.check_debug(None), base.check_allowed_hosts(None) == [base.W020]]
        """),
    ("security-direct-secret-key", "check_secret_key() and check_secret_key_fallbacks() called directly", {}, """
        from django.conf import settings
        settings.configure(SECRET_KEY="django-insecure-" + "x" * 60, SECRET_KEY_FALLBACKS=["ok" * 30, "no", ("a" * 10) * 6])
        from django.core.checks.security import base
        result = [base.check_secret_key(None) == [base.W009], [m.msg for m in base.check_secret_key_fallbacks(None)],
                  base.SECRET_KEY_INSECURE_PREFIX, base.SECRET_KEY_MIN_LENGTH, base.SECRET_KEY_MIN_UNIQUE_CHARACTERS, base.W025.msg[:30]]
        """),
    ("security-direct-csp", "check_csp_settings() lives in security/base.py with E026", {}, """
        from django.conf import settings
        settings.configure(SECURE_CSP="default-src 'self'", SECURE_CSP_REPORT_ONLY={"default-src": ["'self'"]})
        from django.core.checks.security.base import E026, check_csp_settings
        from django.core.checks import Error
        found = check_csp_settings(None)
        result = [E026.msg, E026.id, [str(m) for m in found], found == [Error(E026.msg % ("SECURE_CSP", "default-src 'self'"), id=E026.id)]]
        """),
    ("security-direct-sessions-csrf", "The session and CSRF checks called directly", {}, """
        from django.conf import settings
        settings.configure(INSTALLED_APPS=["django.contrib.sessions"], MIDDLEWARE=["django.contrib.sessions.middleware.SessionMiddleware", "django.middleware.csrf.CsrfViewMiddleware"],
                           SESSION_COOKIE_SECURE=False, SESSION_COOKIE_HTTPONLY=False, CSRF_COOKIE_SECURE=False)
        from django.core.checks.security import csrf, sessions
        result = [sessions.check_session_cookie_secure(None) == [sessions.W012], sessions.check_session_cookie_httponly(None) == [sessions.W015],
                  csrf.check_csrf_cookie_secure(None) == [csrf.W016], csrf.check_csrf_middleware(None), csrf.check_csrf_failure_view(None),
                  sessions.add_session_cookie_message("A."), sessions.add_httponly_message("B.")]
        """),
    ("security-direct-referrer", "check_referrer_policy() and check_cross_origin_opener_policy() on odd values", {}, """
        from django.conf import settings
        settings.configure(MIDDLEWARE=["django.middleware.security.SecurityMiddleware"])
        from django.core.checks.security import base
        result = []
        for policy in ["same-origin", "same-origin,bad", ["origin", "no-referrer"], ("x",), set(), "", " origin "]:
            settings.SECURE_REFERRER_POLICY = policy
            result.append([m.id for m in base.check_referrer_policy(None)])
        for policy in ["same-origin", "x", None, ""]:
            settings.SECURE_CROSS_ORIGIN_OPENER_POLICY = policy
            result.append([m.id for m in base.check_cross_origin_opener_policy(None)])
        result.append([base.E023.hint, base.E024.hint])
        """),
    ("checks-direct-others", "The caches, 4_0, files, async and translation checks called directly", {"tmp/x": ""}, """
        import os
        from django.conf import settings
        settings.configure(CACHES={}, CSRF_TRUSTED_ORIGINS=["a.example.com"], FILE_UPLOAD_TEMP_DIR="nope", LANGUAGE_CODE="xx")
        import django
        django.setup()
        from django.core.checks import async_checks, caches, files, translation
        from django.core.checks.compatibility import django_4_0
        os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "yes"
        result = [caches.check_default_cache_is_configured(None) == [caches.E001], [str(m) for m in django_4_0.check_csrf_trusted_origins(None)],
                  [str(m) for m in files.check_setting_file_upload_temp_dir(None)], async_checks.check_async_unsafe(None) == [async_checks.E001],
                  translation.check_language_settings_consistent(None) == [translation.E004], [str(m) for m in translation.check_setting_language_code(None)],
                  translation.E001.msg, translation.E002.msg, translation.E003.msg]
        settings.FILE_UPLOAD_TEMP_DIR = "tmp"
        result.append(files.check_setting_file_upload_temp_dir(None))
        """),
    # ---- settings ------------------------------------------------------------------------------
    ("settings-gettext-noop", "global_settings has gettext_noop, and LANGUAGES built with it", {}, """
        from django.conf.global_settings import gettext_noop, LANGUAGES, LANGUAGES_BIDI
        from django.conf import global_settings
        result = [gettext_noop("Hello"), len(LANGUAGES), LANGUAGES[:3], LANGUAGES[-2:], LANGUAGES_BIDI, global_settings.DEFAULT_AUTO_FIELD,
                  global_settings.TIME_INPUT_FORMATS, len(global_settings.DATE_INPUT_FORMATS), global_settings.URLIZE_ASSUME_HTTPS]
        """),
    ("settings-global-names", "Every upper-case name of global_settings", {}, """
        from django.conf import global_settings
        result = sorted(name for name in dir(global_settings) if name.isupper())
        """),
    ("settings-global-values", "The defaults of the settings the checks read", {}, """
        from django.conf import global_settings as g
        names = ["ALLOWED_HOSTS", "CACHES", "CSRF_FAILURE_VIEW", "DATABASES", "DEBUG", "FILE_UPLOAD_TEMP_DIR", "INSTALLED_APPS", "LANGUAGE_CODE",
                 "LOGGING", "LOGGING_CONFIG", "MIDDLEWARE", "SECRET_KEY", "SECURE_CONTENT_TYPE_NOSNIFF", "SECURE_CROSS_ORIGIN_OPENER_POLICY",
                 "SECURE_CSP", "SECURE_CSP_REPORT_ONLY", "SECURE_HSTS_SECONDS", "SECURE_REFERRER_POLICY", "SESSION_COOKIE_HTTPONLY",
                 "SILENCED_SYSTEM_CHECKS", "STATICFILES_DIRS", "STATICFILES_FINDERS", "STATIC_ROOT", "STATIC_URL", "STORAGES", "TIME_ZONE",
                 "USE_I18N", "X_FRAME_OPTIONS", "AUTH_USER_MODEL", "FORCE_SCRIPT_NAME", "TASKS", "PASSWORD_HASHERS"]
        result = {name: getattr(g, name) for name in names}
        """),
    ("settings-not-configured", "Reading a setting before any are configured", {}, """
        from django.conf import settings
        result = [repr(settings), settings.configured]
        try:
            settings.DEBUG
        except Exception as exc:
            result.append([type(exc).__name__, str(exc)])
        """),
    ("settings-configure", "settings.configure(): twice, lower-case names, what it validates and what it does not", {}, """
        from django.conf import settings, global_settings
        result = []
        try:
            settings.configure(debug=True)
        except TypeError as exc:
            result.append(str(exc))
        settings.configure(ALLOWED_HOSTS="not a list", TIME_ZONE="Mars/Olympus", STATIC_URL="static/", MEDIA_URL="https://cdn/m/", DEBUG=1)
        result += [settings.configured, repr(settings), settings.ALLOWED_HOSTS, settings.TIME_ZONE, settings.STATIC_URL, settings.MEDIA_URL, settings.DEBUG,
                   settings.is_overridden("DEBUG"), settings.is_overridden("USE_TZ"), repr(settings._wrapped)]
        try:
            settings.configure()
        except RuntimeError as exc:
            result.append(str(exc))
        try:
            settings.SECRET_KEY
        except Exception as exc:
            result.append([type(exc).__name__, str(exc)])
        """),
    ("settings-holder-delete", "Deleting and setting values on configured settings", {}, """
        from django.conf import settings
        settings.configure(DEBUG=True)
        del settings.DEBUG
        result = []
        try:
            settings.DEBUG
        except AttributeError as exc:
            result.append(["AttributeError", str(exc)])
        result.append(settings.is_overridden("DEBUG"))
        settings.DEBUG = "x"
        result += [settings.DEBUG, "DEBUG" in dir(settings), dir(settings).count("DEBUG"), settings.is_overridden("DEBUG")]
        try:
            settings.lower_case
        except AttributeError as exc:
            result.append(["AttributeError", str(exc)])
        """),
    ("settings-module", "Settings from a module: validation, explicit names, the cached values", {
        "mysite/__init__.py": "",
        "mysite/settings.py": "SECRET_KEY = 'k' * 50\nDEBUG = True\nSTATIC_URL = 'static/'\nlower = 1\nTIME_ZONE = 'Europe/Paris'\n",
    }, """
        import os
        os.environ["DJANGO_SETTINGS_MODULE"] = "mysite.settings"
        from django.conf import settings
        result = [settings.DEBUG, settings.STATIC_URL, hasattr(settings, "lower"), settings.is_overridden("DEBUG"), settings.is_overridden("USE_TZ"),
                  repr(settings), repr(settings._wrapped), settings.SETTINGS_MODULE, os.environ.get("TZ"), "DEBUG" in settings.__dict__]
        settings.DEBUG = False
        result.append(settings.DEBUG)
        """),
    ("settings-module-errors", "What reading a settings module refuses", {
        "a/__init__.py": "", "a/settings.py": "INSTALLED_APPS = 'x'\nALLOWED_HOSTS = 'y'\n",
        "b/__init__.py": "", "b/settings.py": "TIME_ZONE = 'Europe/Pari'\n",
        "c/__init__.py": "", "c/settings.py": "LOCALE_PATHS = None\n",
    }, """
        import importlib
        from django.conf import Settings
        result = []
        for module in ["a.settings", "b.settings", "c.settings", "missing.settings"]:
            try:
                Settings(module)
                result.append("ok")
            except Exception as exc:
                result.append([type(exc).__name__, str(exc)])
        """),
    ("settings-reference", "SettingsReference is a str that knows its setting", {}, """
        from django.conf import SettingsReference, ENVIRONMENT_VARIABLE, DEFAULT_STORAGE_ALIAS, STATICFILES_STORAGE_ALIAS
        ref = SettingsReference("auth.User", "AUTH_USER_MODEL")
        result = [ref, ref.setting_name, isinstance(ref, str), ENVIRONMENT_VARIABLE, DEFAULT_STORAGE_ALIAS, STATICFILES_STORAGE_ALIAS]
        """),
    # ---- apps ------------------------------------------------------------------------------
    ("apps-registry", "The app registry after setup", {"blog/__init__.py": "", "blog/apps.py": "from django.apps import AppConfig\n\nclass BlogConfig(AppConfig):\n    name = 'blog'\n    label = 'weblog'\n    verbose_name = 'The blog'\n"}, """
        from django.conf import settings
        settings.configure(INSTALLED_APPS=["django.contrib.auth", "django.contrib.contenttypes", "blog"])
        from django.apps import apps
        result = [apps.ready, apps.apps_ready]
        import django
        django.setup()
        blog = apps.get_app_config("weblog")
        result += [apps.ready, apps.models_ready, [c.label for c in apps.get_app_configs()], type(blog).__name__, blog.name, blog.verbose_name,
                   repr(blog), apps.is_installed("blog"), apps.is_installed("weblog"), apps.get_containing_app_config("blog.views.x").label,
                   apps.get_containing_app_config("blogger"), str(apps.get_app_config("auth").verbose_name), str(apps.get_app_config("contenttypes").verbose_name),
                   apps.get_model("auth", "user").__name__, apps.get_model("auth.Group").__name__, blog.models_module, sorted(apps.get_app_config("auth").models)]
        for label in ["blog", "nope", "django.contrib.auth"]:
            try:
                apps.get_app_config(label)
            except LookupError as exc:
                result.append(str(exc))
        for name in ["auth.Nope", "auth.User.x", "nope.User", "auth"]:
            try:
                apps.get_model(name)
            except LookupError as exc:
                result.append([type(exc).__name__, str(exc)])
            except ValueError as exc:  # Python's own unpacking message differs between versions
                result.append([type(exc).__name__])
        """),
    ("apps-not-ready", "The registry before setup", {}, """
        from django.apps import apps
        result = []
        for call in [lambda: apps.get_app_configs(), lambda: apps.get_model("auth.User"), lambda: apps.get_model("auth.User", require_ready=False),
                     lambda: apps.check_models_ready()]:
            try:
                call()
            except Exception as exc:
                result.append([type(exc).__name__, str(exc)])
        """),
    ("apps-get-user-model", "get_user_model() and the auth stand-ins", {}, CONFIGURE + """
        from django.contrib.auth import get_user_model, REDIRECT_FIELD_NAME
        from django.contrib.auth.models import AnonymousUser
        User = get_user_model()
        anonymous = AnonymousUser()
        result = [User.__name__, User._meta.label, User._meta.label_lower, User._meta.model_name, User._meta.app_label, REDIRECT_FIELD_NAME,
                  str(anonymous), anonymous.is_authenticated, anonymous.is_anonymous, anonymous.has_perm("x"), anonymous.has_perms([]), anonymous == AnonymousUser(),
                  anonymous.get_username(), anonymous.pk]
        try:
            anonymous.has_perms("x")
        except ValueError as exc:
            result.append(str(exc))
        """),
    ("apps-get-user-model-errors", "get_user_model() for AUTH_USER_MODEL values Django refuses", {}, """
        from django.conf import settings
        settings.configure(INSTALLED_APPS=["django.contrib.contenttypes"], AUTH_USER_MODEL="auth.User")
        import django
        django.setup()
        from django.contrib.auth import get_user_model
        result = []
        for value in ["auth.User", "User", "accounts.User", "contenttypes.User", "a.b.c"]:
            settings.AUTH_USER_MODEL = value
            try:
                get_user_model()
                result.append("ok")
            except Exception as exc:
                result.append([type(exc).__name__, str(exc)])
        """),
    # ---- caches and connections --------------------------------------------------------------------
    ("caches-handler", "caches[alias] builds each backend once, with its options", {}, """
        import os
        from django.conf import settings
        settings.configure(CACHES={
            "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "TIMEOUT": "60", "KEY_PREFIX": "p", "VERSION": 3, "OPTIONS": {"MAX_ENTRIES": "10"}},
            "files": {"BACKEND": "django.core.cache.backends.filebased.FileBasedCache", "LOCATION": "cache/x", "TIMEOUT": None},
            "dummy": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"},
            "redis": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": "redis://a:1;redis://b:2"},
        })
        from django.core.cache import caches, cache, DEFAULT_CACHE_ALIAS
        default = caches["default"]
        result = [type(default).__name__, default.default_timeout, default._max_entries, default._cull_frequency, default.key_prefix, default.version,
                  default.make_key("k"), caches["default"] is default, cache.key_prefix, DEFAULT_CACHE_ALIAS, os.path.relpath(caches["files"]._dir),
                  os.path.isdir("cache/x"), caches["files"].default_timeout, caches["redis"]._servers, sorted(caches)]
        try:
            caches["nope"]
        except Exception as exc:
            result.append([type(exc).__name__, str(exc)])
        """),
    ("caches-bad-backend", "InvalidCacheBackendError for a BACKEND that cannot be imported", {}, """
        from django.conf import settings
        settings.configure(CACHES={"default": {"BACKEND": "mysite.nope.Cache"}})
        from django.core.cache import caches, InvalidCacheBackendError
        try:
            caches["default"]
        except InvalidCacheBackendError as exc:
            result = [type(exc).__name__, str(exc), type(exc.__cause__).__name__, issubclass(InvalidCacheBackendError, Exception)]
        """),
    ("caches-fragment-key", "make_template_fragment_key()", {}, """
        from django.core.cache.utils import make_template_fragment_key
        result = [make_template_fragment_key("sidebar"), make_template_fragment_key("sidebar", ["a", 1]), make_template_fragment_key("x", [])]
        """),
    ("connections-databases", "connections reads DATABASES and fills in each alias's defaults", {}, """
        from django.conf import settings
        settings.configure(DATABASES={"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": "db.sqlite3"}, "other": {}})
        from django.db import connections, DEFAULT_DB_ALIAS
        result = [list(connections), settings.DATABASES, DEFAULT_DB_ALIAS, connections.databases is settings.DATABASES]
        """),
    ("connections-empty", "An empty DATABASES gets a dummy default", {}, """
        from django.conf import settings
        settings.configure()
        from django.db import connections
        result = [list(connections), connections.databases]
        """),
    # ---- logging ------------------------------------------------------------------------------
    ("logging-default", "Django's logging after setup", {}, """
        import logging
        from django.conf import settings
        settings.configure()
        import django
        django.setup()
        from django.utils.log import DEFAULT_LOGGING, RequireDebugFalse, RequireDebugTrue, CallbackFilter, AdminEmailHandler
        django_logger = logging.getLogger("django")
        result = [sorted(type(h).__name__ for h in django_logger.handlers), django_logger.level, logging.getLogger("django.server").propagate,
                  sorted(DEFAULT_LOGGING["handlers"]), RequireDebugFalse().filter(None), RequireDebugTrue().filter(None),
                  CallbackFilter(lambda r: r == 1).filter(1), AdminEmailHandler().format_subject("a\\nb\\rc")]
        """),
    # ---- staticfiles --------------------------------------------------------------------------
    ("finders-filesystem", "FileSystemFinder: locations, find(), find_all, list() with collectstatic's ignore patterns", STATIC_FILES, STATIC_SETTINGS + """
        from django.contrib.staticfiles.finders import FileSystemFinder
        finder = FileSystemFinder()
        result = {
            "locations": [[prefix, rel(root)] for prefix, root in finder.locations],
            "find": [rel(finder.find(p)) for p in ["site.css", "pre/print.css", "print.css", "img/logo.png", "nope.css", "pre/deep/er/a.txt"]],
            "find_all": [[rel(x) for x in finder.find(p, find_all=True)] for p in ["site.css", "nope"]],
            "list_default": listing(finder, ["CVS", ".*", "*~"]),
            "list_none": listing(finder, []),
            "list_deep": listing(finder, ["*/er/*", "img"]),
            "storages": sorted([rel(root), rel(s.location), s.prefix] for root, s in finder.storages.items()),
        }
        """),
    ("finders-app-directories", "AppDirectoriesFinder: the static folder of each app that has one", STATIC_FILES, STATIC_SETTINGS + """
        from django.contrib.staticfiles.finders import AppDirectoriesFinder
        finder = AppDirectoriesFinder()
        only = AppDirectoriesFinder(app_names=["django.contrib.staticfiles"])
        result = {"apps": finder.apps, "only": only.apps, "find": rel(finder.find("blog/app.js")), "missing": finder.find("nope.js"),
                  "all": [rel(x) for x in finder.find("blog/app.js", find_all=True)], "list": listing(finder, ["CVS", ".*", "*~"]),
                  "list_none": listing(finder, None), "in_app": rel(finder.find_in_app("blog", "blog/app.js")), "in_other": finder.find_in_app("nope", "x")}
        """),
    ("finders-default-storage", "DefaultStorageFinder: the default storage, MEDIA_ROOT", STATIC_FILES, STATIC_SETTINGS + """
        from django.contrib.staticfiles.finders import DefaultStorageFinder
        finder = DefaultStorageFinder()
        result = {"find": rel(finder.find("notes.txt")), "all": [rel(x) for x in finder.find("up/photo.jpg", find_all=True)],
                  "missing": finder.find("nope"), "list": listing(finder, []), "location": rel(finder.storage.location),
                  "base_location": finder.storage.base_location}
        """),
    ("finders-default-storage-no-root", "DefaultStorageFinder refuses a default storage without a location", {}, """
        from django.conf import settings
        settings.configure(INSTALLED_APPS=["django.contrib.staticfiles"])
        import django
        django.setup()
        from django.contrib.staticfiles.finders import DefaultStorageFinder
        try:
            DefaultStorageFinder()
        except Exception as exc:
            result = [type(exc).__name__, str(exc)]
        """),
    ("finders-module-find", "finders.find() across the finders, and searched_locations", STATIC_FILES, STATIC_SETTINGS + """
        from django.contrib.staticfiles import finders
        settings.STATICFILES_FINDERS = ["django.contrib.staticfiles.finders.FileSystemFinder", "django.contrib.staticfiles.finders.AppDirectoriesFinder",
                                        "django.contrib.staticfiles.finders.DefaultStorageFinder"]
        result = {"one": rel(finders.find("site.css")), "searched_one": [rel(x) for x in finders.searched_locations],
                  "app": rel(finders.find("blog/app.js")), "media": rel(finders.find("notes.txt")), "none": finders.find("nope"),
                  "all": [rel(x) for x in finders.find("site.css", find_all=True)], "all_none": finders.find("nope", find_all=True),
                  "searched_all": [rel(x) for x in finders.searched_locations], "same": finders.get_finder("django.contrib.staticfiles.finders.FileSystemFinder") is finders.get_finder("django.contrib.staticfiles.finders.FileSystemFinder")}
        """),
    ("finders-base-errors", "BaseFinder and the finders' own errors", {}, """
        from django.conf import settings
        settings.configure(INSTALLED_APPS=["django.contrib.staticfiles"], STATICFILES_DIRS=["x"])
        import django
        django.setup()
        from django.contrib.staticfiles import finders
        result = []
        for call in [lambda: finders.BaseFinder().find("x"), lambda: finders.BaseFinder().list([]), lambda: finders.BaseFinder().check(),
                     lambda: finders.BaseStorageFinder(), lambda: finders.get_finder("django.core.checks.Error"),
                     lambda: finders.FileSystemFinder().find("../outside.css")]:
            try:
                call()
                result.append("ok")
            except Exception as exc:
                result.append([type(exc).__name__, str(exc).replace(__import__("os").getcwd(), "<CASE_DIR>")])
        """),
    ("staticfiles-storage", "The staticfiles storage and the static settings it checks", {}, """
        from django.conf import settings
        settings.configure(INSTALLED_APPS=["django.contrib.staticfiles"], STATIC_URL="static/", STATIC_ROOT="collected")
        import django
        django.setup()
        import os
        from django.contrib.staticfiles.storage import StaticFilesStorage, staticfiles_storage
        from django.contrib.staticfiles.utils import check_settings, matches_patterns
        result = [os.path.relpath(staticfiles_storage.location), staticfiles_storage.base_url, type(staticfiles_storage._wrapped).__name__,
                  matches_patterns("a.css~", ["*~"]), matches_patterns("A.CSS", ["*.css"])]
        for options in [{"STATIC_URL": None}, {"MEDIA_URL": "/static/"}, {"DEBUG": True, "MEDIA_URL": "/static/media/"}, {"MEDIA_ROOT": "collected"}]:
            for name, value in options.items():
                setattr(settings, name, value)
            try:
                check_settings()
                result.append("ok")
            except Exception as exc:
                result.append([type(exc).__name__, str(exc)])
            for name in options:
                delattr(settings, name)
        settings.STATIC_ROOT = None
        try:
            StaticFilesStorage().path("x")
        except Exception as exc:
            result.append([type(exc).__name__, str(exc)])
        """),
    ("version", "django.VERSION and get_version()", {}, """
        import django
        result = [list(django.VERSION), django.get_version(), django.__version__]
        """),
    ("secret-key-generator", "get_random_secret_key() gives 50 characters of startproject's alphabet", {}, """
        from django.core.management.utils import get_random_secret_key
        keys = [get_random_secret_key() for _ in range(20)]
        alphabet = set("abcdefghijklmnopqrstuvwxyz0123456789!@#$%^&*(-_=+)")
        result = [sorted({len(k) for k in keys}), all(set(k) <= alphabet for k in keys), len(set(keys))]
        """),
    ("exceptions", "Django's exception classes", {}, """
        from django.core import exceptions as e
        result = [[name, [base.__name__ for base in getattr(e, name).__mro__[1:-1]]] for name in sorted(dir(e)) if isinstance(getattr(e, name), type)]
        result.append(str(e.ValidationError("bad %(x)s", params={"x": 1})))
        result.append(e.NON_FIELD_ERRORS)
        result.append(e.ObjectDoesNotExist.silent_variable_failure)
        """),
]


def main():
    os.makedirs(OUT, exist_ok=True)
    for name in os.listdir(OUT):
        if name.startswith(PREFIX) and name.endswith(".json"):
            os.remove(os.path.join(OUT, name))
    for slug, description, files, code in CASES:
        prelude = next((p for p in (CONFIGURE, STATIC_SETTINGS) if code.startswith(p)), "")
        source = prelude + textwrap.dedent(code[len(prelude):]).strip() + "\n"
        case_input = {"kind": "python", "description": description, "files": files, "code": source}
        with open(os.path.join(OUT, f"{PREFIX}{slug}.json"), "w", encoding="utf-8") as out:
            json.dump(case_input, out, ensure_ascii=False, indent=2)
            out.write("\n")
    print(f"{len(CASES)} inputs in {os.path.relpath(OUT)}")


if __name__ == "__main__":
    main()
