"""Security settings: the deployment checks (security.W001-W025, E023, E024) and the CSP check
that always runs (security.E026).

Where a message says "set to True", only the value True passes: 1, "True" and "true" do not.
A setting's odd value fails here as it does in Django (an int SECRET_KEY, a set of lists for
SECURE_REFERRER_POLICY...): the check raises, and the run ends with that exception.
"""

from django.conf import settings
from django.core.checks import Error, Tags, Warning, register
from django.core.exceptions import ImproperlyConfigured

SECURITY_MIDDLEWARE = "django.middleware.security.SecurityMiddleware"
XFRAME_MIDDLEWARE = "django.middleware.clickjacking.XFrameOptionsMiddleware"

CROSS_ORIGIN_OPENER_POLICY_VALUES = {"same-origin", "same-origin-allow-popups", "unsafe-none"}
REFERRER_POLICY_VALUES = {
    "no-referrer",
    "no-referrer-when-downgrade",
    "origin",
    "origin-when-cross-origin",
    "same-origin",
    "strict-origin",
    "strict-origin-when-cross-origin",
    "unsafe-url",
}

SECRET_KEY_INSECURE_PREFIX = "django-insecure-"
SECRET_KEY_MIN_LENGTH = 50
SECRET_KEY_MIN_UNIQUE_CHARACTERS = 5

SECRET_KEY_WARNING_MSG = (
    f"Your %s has less than {SECRET_KEY_MIN_LENGTH} characters, less than "
    f"{SECRET_KEY_MIN_UNIQUE_CHARACTERS} unique characters, or it's prefixed with "
    f"'{SECRET_KEY_INSECURE_PREFIX}' indicating that it was generated automatically by "
    "Django. Please generate a long and random value, otherwise many of Django's "
    "security-critical features will be vulnerable to attack."
)

W001 = Warning(
    f"You do not have '{SECURITY_MIDDLEWARE}' in your MIDDLEWARE so the SECURE_HSTS_SECONDS, "
    "SECURE_CONTENT_TYPE_NOSNIFF, SECURE_REFERRER_POLICY, SECURE_CROSS_ORIGIN_OPENER_POLICY, and "
    "SECURE_SSL_REDIRECT settings will have no effect.",
    id="security.W001",
    setting="MIDDLEWARE",
)
W002 = Warning(
    f"You do not have '{XFRAME_MIDDLEWARE}' in your MIDDLEWARE, so your pages will not be served "
    "with an 'x-frame-options' header. Unless there is a good reason for your site to be served in "
    "a frame, you should consider enabling this header to help prevent clickjacking attacks.",
    id="security.W002",
    setting="MIDDLEWARE",
)
W004 = Warning(
    "You have not set a value for the SECURE_HSTS_SECONDS setting. If your entire site is served "
    "only over SSL, you may want to consider setting a value and enabling HTTP Strict Transport "
    "Security. Be sure to read the documentation first; enabling HSTS carelessly can cause "
    "serious, irreversible problems.",
    id="security.W004",
    setting="SECURE_HSTS_SECONDS",
)
W005 = Warning(
    "You have not set the SECURE_HSTS_INCLUDE_SUBDOMAINS setting to True. Without this, your site "
    "is potentially vulnerable to attack via an insecure connection to a subdomain. Only set this "
    "to True if you are certain that all subdomains of your domain should be served exclusively "
    "via SSL.",
    id="security.W005",
    setting="SECURE_HSTS_INCLUDE_SUBDOMAINS",
)
W006 = Warning(
    "Your SECURE_CONTENT_TYPE_NOSNIFF setting is not set to True, so your pages will not be served "
    "with an 'X-Content-Type-Options: nosniff' header. You should consider enabling this header to "
    "prevent the browser from identifying content types incorrectly.",
    id="security.W006",
    setting="SECURE_CONTENT_TYPE_NOSNIFF",
)
W008 = Warning(
    "Your SECURE_SSL_REDIRECT setting is not set to True. Unless your site should be available "
    "over both SSL and non-SSL connections, you may want to either set this setting True or "
    "configure a load balancer or reverse-proxy server to redirect all connections to HTTPS.",
    id="security.W008",
    setting="SECURE_SSL_REDIRECT",
)
W009 = Warning(SECRET_KEY_WARNING_MSG % "SECRET_KEY", id="security.W009", setting="SECRET_KEY")
W018 = Warning("You should not have DEBUG set to True in deployment.", id="security.W018", setting="DEBUG")
W019 = Warning(
    f"You have '{XFRAME_MIDDLEWARE}' in your MIDDLEWARE, but X_FRAME_OPTIONS is not set to 'DENY'. "
    "Unless there is a good reason for your site to serve other parts of itself in a frame, you "
    "should change it to 'DENY'.",
    id="security.W019",
    setting="X_FRAME_OPTIONS",
)
W020 = Warning("ALLOWED_HOSTS must not be empty in deployment.", id="security.W020", setting="ALLOWED_HOSTS")
W021 = Warning(
    "You have not set the SECURE_HSTS_PRELOAD setting to True. Without this, your site cannot be "
    "submitted to the browser preload list.",
    id="security.W021",
    setting="SECURE_HSTS_PRELOAD",
)
W022 = Warning(
    "You have not set the SECURE_REFERRER_POLICY setting. Without this, your site will not send a "
    "Referrer-Policy header. You should consider enabling this header to protect user privacy.",
    id="security.W022",
    setting="SECURE_REFERRER_POLICY",
)
E023 = Error(
    "You have set the SECURE_REFERRER_POLICY setting to an invalid value.",
    hint=f"Valid values are: {', '.join(sorted(REFERRER_POLICY_VALUES))}.",
    id="security.E023",
    setting="SECURE_REFERRER_POLICY",
)
E024 = Error(
    "You have set the SECURE_CROSS_ORIGIN_OPENER_POLICY setting to an invalid value.",
    hint=f"Valid values are: {', '.join(sorted(CROSS_ORIGIN_OPENER_POLICY_VALUES))}.",
    id="security.E024",
    setting="SECURE_CROSS_ORIGIN_OPENER_POLICY",
)
W025 = Warning(SECRET_KEY_WARNING_MSG, id="security.W025", setting="SECRET_KEY_FALLBACKS")
E026 = Error(
    "The Content Security Policy setting '%s' must be a dictionary (got %r instead).",
    id="security.E026",
)

CSP_SETTINGS = ("SECURE_CSP", "SECURE_CSP_REPORT_ONLY")


def _uses(middleware):
    return middleware in settings.MIDDLEWARE


def _is_weak_key(key):
    """Django's test of a secret key, in its order (an odd value crashes where it does there)."""
    return (
        len(set(key)) < SECRET_KEY_MIN_UNIQUE_CHARACTERS
        or len(key) < SECRET_KEY_MIN_LENGTH
        or key.startswith(SECRET_KEY_INSECURE_PREFIX)
    )


def _hsts_on():
    """SecurityMiddleware sends Strict-Transport-Security (what W005 and W021 are about)."""
    return _uses(SECURITY_MIDDLEWARE) and settings.SECURE_HSTS_SECONDS


@register(Tags.security, deploy=True)
def check_security_middleware(app_configs, **kwargs):
    return [] if _uses(SECURITY_MIDDLEWARE) else [W001]


@register(Tags.security, deploy=True)
def check_xframe_options_middleware(app_configs, **kwargs):
    return [] if _uses(XFRAME_MIDDLEWARE) else [W002]


@register(Tags.security, deploy=True)
def check_sts(app_configs, **kwargs):
    if _uses(SECURITY_MIDDLEWARE) and not settings.SECURE_HSTS_SECONDS:
        return [W004]
    return []


@register(Tags.security, deploy=True)
def check_sts_include_subdomains(app_configs, **kwargs):
    return [W005] if _hsts_on() and settings.SECURE_HSTS_INCLUDE_SUBDOMAINS is not True else []


@register(Tags.security, deploy=True)
def check_sts_preload(app_configs, **kwargs):
    return [W021] if _hsts_on() and settings.SECURE_HSTS_PRELOAD is not True else []


@register(Tags.security, deploy=True)
def check_content_type_nosniff(app_configs, **kwargs):
    if _uses(SECURITY_MIDDLEWARE) and settings.SECURE_CONTENT_TYPE_NOSNIFF is not True:
        return [W006]
    return []


@register(Tags.security, deploy=True)
def check_ssl_redirect(app_configs, **kwargs):
    return [W008] if _uses(SECURITY_MIDDLEWARE) and settings.SECURE_SSL_REDIRECT is not True else []


_UNREADABLE = object()


def _read(name):
    """A setting, or _UNREADABLE when reading it fails (an empty SECRET_KEY makes the settings
    object raise ImproperlyConfigured)."""
    try:
        return getattr(settings, name)
    except (ImproperlyConfigured, AttributeError):
        return _UNREADABLE


@register(Tags.security, deploy=True)
def check_secret_key(app_configs, **kwargs):
    key = _read("SECRET_KEY")
    return [W009] if key is _UNREADABLE or _is_weak_key(key) else []


@register(Tags.security, deploy=True)
def check_secret_key_fallbacks(app_configs, **kwargs):
    fallbacks = _read("SECRET_KEY_FALLBACKS")
    if fallbacks is _UNREADABLE:
        return [W025.replace(msg=W025.msg % "SECRET_KEY_FALLBACKS")]
    return [
        W025.replace(msg=W025.msg % f"SECRET_KEY_FALLBACKS[{position}]", index=position)
        for position, key in enumerate(fallbacks)
        if _is_weak_key(key)
    ]


@register(Tags.security, deploy=True)
def check_debug(app_configs, **kwargs):
    return [W018] if settings.DEBUG else []


@register(Tags.security, deploy=True)
def check_xframe_deny(app_configs, **kwargs):
    return [W019] if _uses(XFRAME_MIDDLEWARE) and settings.X_FRAME_OPTIONS != "DENY" else []


@register(Tags.security, deploy=True)
def check_allowed_hosts(app_configs, **kwargs):
    return [W020] if not settings.ALLOWED_HOSTS else []


@register(Tags.security, deploy=True)
def check_referrer_policy(app_configs, **kwargs):
    if not _uses(SECURITY_MIDDLEWARE):
        return []
    policy = settings.SECURE_REFERRER_POLICY
    if policy is None:
        return [W022]
    # One policy, or several as fallbacks: a comma-separated string or any iterable of names.
    if isinstance(policy, str):
        names = [name.strip() for name in policy.split(",")]
    else:
        names = list(policy)
    if set(names) <= REFERRER_POLICY_VALUES:
        return []
    if isinstance(policy, (list, tuple)):
        return [E023.about(index=next(i for i, name in enumerate(names) if name not in REFERRER_POLICY_VALUES))]
    return [E023]


@register(Tags.security, deploy=True)
def check_cross_origin_opener_policy(app_configs, **kwargs):
    if not _uses(SECURITY_MIDDLEWARE):
        return []
    policy = settings.SECURE_CROSS_ORIGIN_OPENER_POLICY
    return [] if policy is None or policy in CROSS_ORIGIN_OPENER_POLICY_VALUES else [E024]


@register(Tags.security)
def check_csp_settings(app_configs, **kwargs):
    """Each Content Security Policy setting is None (off) or a dict of directives."""
    found = []
    for name in CSP_SETTINGS:
        value = getattr(settings, name, None)
        if value is not None and not isinstance(value, dict):
            found.append(E026.replace(msg=E026.msg % (name, value), setting=name))
    return found
