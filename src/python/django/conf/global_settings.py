"""Default Django settings (Django 6.1). Override these with settings in the module named by
the DJANGO_SETTINGS_MODULE environment variable."""


def gettext_noop(s):
    """Mark a string for translation without translating it (settings are read before the
    translation machinery can be)."""
    return s


# Core
DEBUG = False
DEBUG_PROPAGATE_EXCEPTIONS = False
ADMINS = []
INTERNAL_IPS = []
ALLOWED_HOSTS = []
TIME_ZONE = "America/Chicago"
USE_TZ = True
LANGUAGE_CODE = "en-us"

# The languages Django has translations for: "code English name", one a line.
_language_table = (
    "af Afrikaans\n"
    "ar Arabic\n"
    "ar-dz Algerian Arabic\n"
    "ast Asturian\n"
    "az Azerbaijani\n"
    "bg Bulgarian\n"
    "be Belarusian\n"
    "bn Bengali\n"
    "br Breton\n"
    "bs Bosnian\n"
    "ca Catalan\n"
    "ckb Central Kurdish (Sorani)\n"
    "cs Czech\n"
    "cy Welsh\n"
    "da Danish\n"
    "de German\n"
    "dsb Lower Sorbian\n"
    "el Greek\n"
    "en English\n"
    "en-au Australian English\n"
    "en-gb British English\n"
    "eo Esperanto\n"
    "es Spanish\n"
    "es-ar Argentinian Spanish\n"
    "es-co Colombian Spanish\n"
    "es-mx Mexican Spanish\n"
    "es-ni Nicaraguan Spanish\n"
    "es-ve Venezuelan Spanish\n"
    "et Estonian\n"
    "eu Basque\n"
    "fa Persian\n"
    "fi Finnish\n"
    "fr French\n"
    "fy Frisian\n"
    "ga Irish\n"
    "gd Scottish Gaelic\n"
    "gl Galician\n"
    "he Hebrew\n"
    "hi Hindi\n"
    "hr Croatian\n"
    "hsb Upper Sorbian\n"
    "ht Haitian Creole\n"
    "hu Hungarian\n"
    "hy Armenian\n"
    "ia Interlingua\n"
    "id Indonesian\n"
    "ig Igbo\n"
    "io Ido\n"
    "is Icelandic\n"
    "it Italian\n"
    "ja Japanese\n"
    "ka Georgian\n"
    "kab Kabyle\n"
    "kk Kazakh\n"
    "km Khmer\n"
    "kn Kannada\n"
    "ko Korean\n"
    "ky Kyrgyz\n"
    "lb Luxembourgish\n"
    "lt Lithuanian\n"
    "lv Latvian\n"
    "mk Macedonian\n"
    "ml Malayalam\n"
    "mn Mongolian\n"
    "mr Marathi\n"
    "ms Malay\n"
    "my Burmese\n"
    "nb Norwegian Bokmål\n"
    "ne Nepali\n"
    "nl Dutch\n"
    "nn Norwegian Nynorsk\n"
    "os Ossetic\n"
    "pa Punjabi\n"
    "pl Polish\n"
    "pt Portuguese\n"
    "pt-br Brazilian Portuguese\n"
    "ro Romanian\n"
    "ru Russian\n"
    "sk Slovak\n"
    "sl Slovenian\n"
    "sq Albanian\n"
    "sr Serbian\n"
    "sr-latn Serbian Latin\n"
    "sv Swedish\n"
    "sw Swahili\n"
    "ta Tamil\n"
    "te Telugu\n"
    "tg Tajik\n"
    "th Thai\n"
    "tk Turkmen\n"
    "tr Turkish\n"
    "tt Tatar\n"
    "udm Udmurt\n"
    "ug Uyghur\n"
    "uk Ukrainian\n"
    "ur Urdu\n"
    "uz Uzbek\n"
    "vi Vietnamese\n"
    "zh-hans Simplified Chinese\n"
    "zh-hant Traditional Chinese\n"
)
LANGUAGES = [(code, gettext_noop(name)) for code, _, name in (line.partition(" ") for line in _language_table.splitlines())]
LANGUAGES_BIDI = ["he", "ar", "ar-dz", "ckb", "fa", "ug", "ur"]
USE_I18N = True
LOCALE_PATHS = []
LANGUAGE_COOKIE_NAME = "django_language"
LANGUAGE_COOKIE_AGE = None
LANGUAGE_COOKIE_DOMAIN = None
LANGUAGE_COOKIE_PATH = "/"
LANGUAGE_COOKIE_SECURE = False
LANGUAGE_COOKIE_HTTPONLY = False
LANGUAGE_COOKIE_SAMESITE = None
MANAGERS = ADMINS
DEFAULT_CHARSET = "utf-8"
SERVER_EMAIL = "root@localhost"
DATABASES = {}
DATABASE_ROUTERS = []

# Email
EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = "localhost"
EMAIL_PORT = 25
EMAIL_USE_LOCALTIME = False
EMAIL_HOST_USER = ""
EMAIL_HOST_PASSWORD = ""
EMAIL_USE_TLS = False
EMAIL_USE_SSL = False
EMAIL_SSL_CERTFILE = None
EMAIL_SSL_KEYFILE = None
EMAIL_TIMEOUT = None
DEFAULT_FROM_EMAIL = "webmaster@localhost"
EMAIL_SUBJECT_PREFIX = "[Django] "

# Apps, templates, forms
INSTALLED_APPS = []
TEMPLATES = []
FORM_RENDERER = "django.forms.renderers.DjangoTemplates"
APPEND_SLASH = True
PREPEND_WWW = False
FORCE_SCRIPT_NAME = None
DISALLOWED_USER_AGENTS = []
ABSOLUTE_URL_OVERRIDES = {}
IGNORABLE_404_URLS = []

# Secrets and signing
SECRET_KEY = ""
SECRET_KEY_FALLBACKS = []

# Storage, uploads, media, static
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
MEDIA_ROOT = ""
MEDIA_URL = ""
STATIC_ROOT = None
STATIC_URL = None
FILE_UPLOAD_HANDLERS = [
    "django.core.files.uploadhandler.MemoryFileUploadHandler",
    "django.core.files.uploadhandler.TemporaryFileUploadHandler",
]
FILE_UPLOAD_MAX_MEMORY_SIZE = 2621440
DATA_UPLOAD_MAX_MEMORY_SIZE = 2621440
DATA_UPLOAD_MAX_NUMBER_FIELDS = 1000
DATA_UPLOAD_MAX_NUMBER_FILES = 100
FILE_UPLOAD_TEMP_DIR = None
FILE_UPLOAD_PERMISSIONS = 0o644
FILE_UPLOAD_DIRECTORY_PERMISSIONS = None

# Formats
FORMAT_MODULE_PATH = None
DATE_FORMAT = "N j, Y"
DATETIME_FORMAT = "N j, Y, P"
TIME_FORMAT = "P"
YEAR_MONTH_FORMAT = "F Y"
MONTH_DAY_FORMAT = "F j"
SHORT_DATE_FORMAT = "m/d/Y"
SHORT_DATETIME_FORMAT = "m/d/Y P"
FIRST_DAY_OF_WEEK = 0
DECIMAL_SEPARATOR = "."
USE_THOUSAND_SEPARATOR = False
NUMBER_GROUPING = 0
THOUSAND_SEPARATOR = ","
DATE_INPUT_FORMATS = [
    "%Y-%m-%d",
    "%m/%d/%Y",
    "%m/%d/%y",
    "%b %d %Y",
    "%b %d, %Y",
    "%d %b %Y",
    "%d %b, %Y",
    "%B %d %Y",
    "%B %d, %Y",
    "%d %B %Y",
    "%d %B, %Y",
]
TIME_INPUT_FORMATS = ["%H:%M:%S", "%H:%M:%S.%f", "%H:%M"]
DATETIME_INPUT_FORMATS = [
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%d %H:%M:%S.%f",
    "%Y-%m-%d %H:%M",
    "%m/%d/%Y %H:%M:%S",
    "%m/%d/%Y %H:%M:%S.%f",
    "%m/%d/%Y %H:%M",
    "%m/%d/%y %H:%M:%S",
    "%m/%d/%y %H:%M:%S.%f",
    "%m/%d/%y %H:%M",
]
URLIZE_ASSUME_HTTPS = False

DEFAULT_TABLESPACE = ""
DEFAULT_INDEX_TABLESPACE = ""
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
DEFAULT_EXCEPTION_REPORTER = "django.views.debug.ExceptionReporter"
DEFAULT_EXCEPTION_REPORTER_FILTER = "django.views.debug.SafeExceptionReporterFilter"

USE_X_FORWARDED_HOST = False
USE_X_FORWARDED_PORT = False
WSGI_APPLICATION = None
SECURE_PROXY_SSL_HEADER = None

# Middleware
MIDDLEWARE = []

# Cache
CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
    }
}
CACHE_MIDDLEWARE_KEY_PREFIX = ""
CACHE_MIDDLEWARE_SECONDS = 600
CACHE_MIDDLEWARE_ALIAS = "default"

# Authentication
AUTH_USER_MODEL = "auth.User"
AUTHENTICATION_BACKENDS = ["django.contrib.auth.backends.ModelBackend"]
LOGIN_URL = "/accounts/login/"
LOGIN_REDIRECT_URL = "/accounts/profile/"
LOGOUT_REDIRECT_URL = None
PASSWORD_RESET_TIMEOUT = 60 * 60 * 24 * 3
PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2SHA1PasswordHasher",
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.BCryptSHA256PasswordHasher",
    "django.contrib.auth.hashers.ScryptPasswordHasher",
]
AUTH_PASSWORD_VALIDATORS = []

# Sessions
SESSION_CACHE_ALIAS = "default"
SESSION_COOKIE_NAME = "sessionid"
SESSION_COOKIE_AGE = 60 * 60 * 24 * 7 * 2
SESSION_COOKIE_DOMAIN = None
SESSION_COOKIE_SECURE = False
SESSION_COOKIE_PATH = "/"
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
SESSION_SAVE_EVERY_REQUEST = False
SESSION_EXPIRE_AT_BROWSER_CLOSE = False
SESSION_ENGINE = "django.contrib.sessions.backends.db"
SESSION_FILE_PATH = None
SESSION_SERIALIZER = "django.contrib.sessions.serializers.JSONSerializer"

# Signing
SIGNING_BACKEND = "django.core.signing.TimestampSigner"

# CSRF
CSRF_FAILURE_VIEW = "django.views.csrf.csrf_failure"
CSRF_COOKIE_NAME = "csrftoken"
CSRF_COOKIE_AGE = 60 * 60 * 24 * 7 * 52
CSRF_COOKIE_DOMAIN = None
CSRF_COOKIE_PATH = "/"
CSRF_COOKIE_SECURE = False
CSRF_COOKIE_HTTPONLY = False
CSRF_COOKIE_SAMESITE = "Lax"
CSRF_HEADER_NAME = "HTTP_X_CSRFTOKEN"
CSRF_TRUSTED_ORIGINS = []
CSRF_USE_SESSIONS = False

# Messages
MESSAGE_STORAGE = "django.contrib.messages.storage.fallback.FallbackStorage"

# Logging
LOGGING_CONFIG = "logging.config.dictConfig"
LOGGING = {}

# Testing, fixtures, migrations
TEST_RUNNER = "django.test.runner.DiscoverRunner"
TEST_NON_SERIALIZED_APPS = []
FIXTURE_DIRS = []
MIGRATION_MODULES = {}
SILENCED_SYSTEM_CHECKS = []

# Static files
STATICFILES_DIRS = []
STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]

# Security middleware
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
SECURE_HSTS_INCLUDE_SUBDOMAINS = False
SECURE_HSTS_PRELOAD = False
SECURE_HSTS_SECONDS = 0
SECURE_REDIRECT_EXEMPT = []
SECURE_REFERRER_POLICY = "same-origin"
SECURE_SSL_HOST = None
SECURE_SSL_REDIRECT = False

# Content Security Policy (django.middleware.csp.ContentSecurityPolicyMiddleware)
SECURE_CSP = {}
SECURE_CSP_REPORT_ONLY = {}

# Clickjacking
X_FRAME_OPTIONS = "DENY"

# Tasks
TASKS = {"default": {"BACKEND": "django.tasks.backends.immediate.ImmediateBackend"}}
