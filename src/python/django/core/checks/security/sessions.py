"""Session cookie flags (deployment checks): SESSION_COOKIE_SECURE and SESSION_COOKIE_HTTPONLY
must be True when sessions are used. The sessions app counts as used when its exact name is in
INSTALLED_APPS, the middleware when its exact path is in MIDDLEWARE; when both are, one
message about the setting replaces the two."""

from django.conf import settings
from django.core.checks import Tags, Warning, register

SESSIONS_APP = "django.contrib.sessions"
SESSION_MIDDLEWARE = "django.contrib.sessions.middleware.SessionMiddleware"

_APP_SENTENCE = f"You have '{SESSIONS_APP}' in your INSTALLED_APPS, but you have not set %s to True."
_MIDDLEWARE_SENTENCE = f"You have '{SESSION_MIDDLEWARE}' in your MIDDLEWARE, but you have not set %s to True."
_BOTH_SENTENCE = "%s is not set to True."


def add_session_cookie_message(message):
    return f"{message} Using a secure-only session cookie makes it more difficult for network traffic sniffers to hijack user sessions."


def add_httponly_message(message):
    return f"{message} Using an HttpOnly session cookie makes it more difficult for cross-site scripting attacks to hijack user sessions."


def _warnings(setting, why, ids):
    """The app-only, middleware-only and both-present warnings about one cookie setting."""
    sentences = (_APP_SENTENCE, _MIDDLEWARE_SENTENCE, _BOTH_SENTENCE)
    return tuple(
        Warning(why(sentence % setting), id=f"security.{id_}", setting=setting) for sentence, id_ in zip(sentences, ids)
    )


W010, W011, W012 = _warnings("SESSION_COOKIE_SECURE", add_session_cookie_message, ("W010", "W011", "W012"))
W013, W014, W015 = _warnings("SESSION_COOKIE_HTTPONLY", add_httponly_message, ("W013", "W014", "W015"))


def _cookie_flag_warnings(flag_setting, app_only, middleware_only, both):
    if getattr(settings, flag_setting) is True:
        return []
    app = SESSIONS_APP in settings.INSTALLED_APPS
    middleware = SESSION_MIDDLEWARE in settings.MIDDLEWARE
    if app and middleware:
        return [both]
    return [message for present, message in ((app, app_only), (middleware, middleware_only)) if present]


@register(Tags.security, deploy=True)
def check_session_cookie_secure(app_configs, **kwargs):
    return _cookie_flag_warnings("SESSION_COOKIE_SECURE", W010, W011, W012)


@register(Tags.security, deploy=True)
def check_session_cookie_httponly(app_configs, **kwargs):
    return _cookie_flag_warnings("SESSION_COOKIE_HTTPONLY", W013, W014, W015)
