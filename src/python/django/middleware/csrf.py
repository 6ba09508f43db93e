"""Cross Site Request Forgery protection (django.middleware.csrf).

The browser holds a secret: 32 letters and digits in the CSRF cookie (or, with
CSRF_USE_SESSIONS, in the session). A page that shows a form asks for a token (get_token(),
which {% csrf_token %} calls): the secret masked with a fresh random mask each time, so the
page never shows the secret itself (the BREACH attack reads secrets out of compressed pages).

CsrfViewMiddleware lets through the methods that change nothing (GET, HEAD, OPTIONS, TRACE)
and views marked csrf_exempt. Any other request must:
1. come from a trusted origin: its Origin header, if it sends one, is the site itself or is
   listed in CSRF_TRUSTED_ORIGINS; over https without an Origin, its Referer must be an https
   URL of the site (or of CSRF_COOKIE_DOMAIN, or a trusted origin's host);
2. carry the cookie, and a token (the form's `csrfmiddlewaretoken`, or the CSRF_HEADER_NAME
   header) that unmasks to the cookie's secret.
Otherwise CSRF_FAILURE_VIEW answers, a 403 with the reason. Whenever a token was handed out,
the cookie goes out with the response (again), so it does not expire while in use.
"""

import logging
import string
from collections import defaultdict
from urllib.parse import urlsplit

from django._trace import note
from django.conf import settings
from django.core.exceptions import DisallowedHost, ImproperlyConfigured
from django.http import HttpHeaders, UnreadablePostError
from django.urls import get_callable
from django.utils.cache import patch_vary_headers
from django.utils.crypto import constant_time_compare, get_random_string
from django.utils.deprecation import MiddlewareMixin
from django.utils.functional import cached_property
from django.utils.http import is_same_domain
from django.utils.log import log_response

logger = logging.getLogger("django.security.csrf")

REASON_BAD_ORIGIN = "Origin checking failed - %s does not match any trusted origins."
REASON_NO_REFERER = "Referer checking failed - no Referer."
REASON_BAD_REFERER = "Referer checking failed - %s does not match any trusted origins."
REASON_NO_CSRF_COOKIE = "CSRF cookie not set."
REASON_CSRF_TOKEN_MISSING = "CSRF token missing."
REASON_MALFORMED_REFERER = "Referer checking failed - Referer is malformed."
REASON_INSECURE_REFERER = "Referer checking failed - Referer is insecure while host is secure."
REASON_INCORRECT_LENGTH = "has incorrect length"
REASON_INVALID_CHARACTERS = "has invalid characters"

CSRF_SECRET_LENGTH = 32
CSRF_TOKEN_LENGTH = 2 * CSRF_SECRET_LENGTH
CSRF_ALLOWED_CHARS = string.ascii_letters + string.digits
CSRF_SESSION_KEY = "_csrftoken"

_ACTOR = "CsrfViewMiddleware"
_SAFE_METHODS = frozenset(("GET", "HEAD", "OPTIONS", "TRACE"))
_NO_SESSION = (
    "CSRF_USE_SESSIONS is enabled, but request.session is not set. SessionMiddleware must appear before "
    "CsrfViewMiddleware in MIDDLEWARE."
)
# Each allowed character's place in CSRF_ALLOWED_CHARS: masking adds places, modulo 62.
_PLACE = {char: place for place, char in enumerate(CSRF_ALLOWED_CHARS)}
_ALPHABET_SIZE = len(CSRF_ALLOWED_CHARS)


def _get_failure_view():
    """The view CSRF_FAILURE_VIEW names (imported), which answers a refused request."""
    failure_view = settings.CSRF_FAILURE_VIEW
    return get_callable(failure_view)


# ---- secrets and tokens ------------------------------------------------------------------

# The request.META keys the middleware and get_token() share: the request's secret, and
# whether the response must (re)send it.
_SECRET, _RESEND = "CSRF_COOKIE", "CSRF_COOKIE_NEEDS_UPDATE"


def _get_new_csrf_string():
    return get_random_string(CSRF_SECRET_LENGTH, CSRF_ALLOWED_CHARS)


def _shifted(text, by, direction):
    """Each character of `text` moved `direction` * (the place of `by`'s character) along the
    alphabet, wrapping around."""
    return "".join(CSRF_ALLOWED_CHARS[(_PLACE[a] + direction * _PLACE[b]) % _ALPHABET_SIZE] for a, b in zip(text, by))


def _mask_cipher_secret(secret):
    """A token for `secret`: a random mask, then the secret shifted by it (64 characters)."""
    mask_chars = _get_new_csrf_string()
    return mask_chars + _shifted(secret, mask_chars, +1)


def _unmask_cipher_token(token):
    """The secret a 64-character token carries (its first half is the mask)."""
    return _shifted(token[CSRF_SECRET_LENGTH:], token[:CSRF_SECRET_LENGTH], -1)


def _add_new_csrf_cookie(request):
    """Give the request a new secret, to be sent in the cookie with the response."""
    fresh = _get_new_csrf_string()
    request.META[_SECRET], request.META[_RESEND] = fresh, True
    return fresh


def get_token(request):
    """A masked CSRF token for the page being made (different at every call, always valid for
    the request's secret); makes a secret if the request has none. Either way the cookie is
    sent with the response, so that it is there when the form comes back (and its expiry is
    renewed)."""
    known = request.META.get(_SECRET)
    if known is None:
        return _mask_cipher_secret(_add_new_csrf_cookie(request))
    request.META[_RESEND] = True
    return _mask_cipher_secret(known)


def rotate_token(request):
    """Change the request's secret (login does this, so a token seen before no longer works)."""
    _add_new_csrf_cookie(request)


class _Reasoned(Exception):
    """An exception that carries the reason a request is refused."""

    def __init__(self, reason):
        super().__init__(reason)
        self.reason = reason


class InvalidTokenFormat(_Reasoned):
    pass


class RejectRequest(_Reasoned):
    pass


def _format_problem(token):
    """Why `token` is not a secret (32) or a token (64) of allowed characters, or None."""
    if len(token) not in (CSRF_SECRET_LENGTH, CSRF_TOKEN_LENGTH):
        return REASON_INCORRECT_LENGTH
    return None if set(token) <= _PLACE.keys() else REASON_INVALID_CHARACTERS


def _check_token_format(token):
    """InvalidTokenFormat unless `token` is a secret (32) or a token (64) of allowed characters."""
    problem = _format_problem(token)
    if problem:
        raise InvalidTokenFormat(problem)


def _does_token_match(request_csrf_token, csrf_secret):
    """Whether a well-formed token (or bare secret) stands for `csrf_secret`."""
    masked = len(request_csrf_token) == CSRF_TOKEN_LENGTH
    secret_sent = _unmask_cipher_token(request_csrf_token) if masked else request_csrf_token
    return constant_time_compare(secret_sent, csrf_secret)


def _split_url(url):
    """urlsplit(url), or None for a URL it cannot read (an unclosed '[')."""
    try:
        return urlsplit(url)
    except ValueError:
        return None


def _trusted_setting_for(reason):
    """The setting a refusal's reason is about, for the trace."""
    return "CSRF_TRUSTED_ORIGINS" if "does not match any trusted origins" in reason else None


# ---- the middleware ----------------------------------------------------------------------


class CsrfViewMiddleware(MiddlewareMixin):
    """Require a present and correct csrfmiddlewaretoken for POST requests that have a CSRF
    cookie, and set an outgoing CSRF cookie.

    This middleware should be used in conjunction with the {% csrf_token %} template tag.
    """

    # ---- CSRF_TRUSTED_ORIGINS, read once per middleware ----------------------------------

    @cached_property
    def csrf_trusted_origins_hosts(self):
        """The host of each trusted origin ('*.example.com' gives '.example.com')."""
        return [urlsplit(trusted).netloc.lstrip("*") for trusted in settings.CSRF_TRUSTED_ORIGINS]

    @cached_property
    def allowed_origins_exact(self):
        return set(trusted for trusted in settings.CSRF_TRUSTED_ORIGINS if "*" not in trusted)

    @cached_property
    def allowed_origin_subdomains(self):
        """{scheme: ['.example.com', ...]} for the trusted origins with a wildcard."""
        by_scheme = defaultdict(list)
        wildcards = (urlsplit(trusted) for trusted in settings.CSRF_TRUSTED_ORIGINS if "*" in trusted)
        for parts in wildcards:
            by_scheme[parts.scheme].append(parts.netloc.lstrip("*"))
        return by_scheme

    # ---- the hooks -----------------------------------------------------------------------

    def process_request(self, request):
        try:
            secret = self._get_secret(request)
        except InvalidTokenFormat:  # a malformed cookie is replaced, not trusted
            secret = None
            _add_new_csrf_cookie(request)
        if secret is not None:
            request.META[_SECRET] = secret

    def process_view(self, request, callback, callback_args, callback_kwargs):
        if vars(request).get("csrf_processing_done"):
            return None
        unsafe = request.method not in _SAFE_METHODS
        if getattr(callback, "csrf_exempt", False):
            if unsafe:
                note(_ACTOR, f"{request.method} not checked: the view is csrf_exempt")
            return None
        if unsafe and not getattr(request, "_dont_enforce_csrf_checks", False):
            problem = self._source_problem(request) or self._token_problem(request)
            if problem:
                return self._reject(request, problem)
            note(_ACTOR, f"{request.method} accepted: its CSRF token matches the secret")
        return self._accept(request)

    def process_response(self, request, response):
        meta = request.META
        if meta.get(_RESEND):
            self._set_csrf_cookie(request, response)
            meta[_RESEND] = False
        return response

    # The requires_csrf_token decorator overrides these two (its views never refuse).

    def _accept(self, request):
        # Marked, so that a decorator and the middleware do not both check the request.
        setattr(request, "csrf_processing_done", True)
        return None

    def _reject(self, request, reason):
        failure_view = _get_failure_view()
        refusal = failure_view(request, reason=reason)
        log_response("Forbidden (%s): %s", reason, request.path, response=refusal, request=request, logger=logger)
        note(_ACTOR, f"403: {reason}", setting=_trusted_setting_for(reason))
        return refusal

    # ---- where the secret is -------------------------------------------------------------

    def _get_secret(self, request):
        """The request's secret (unmasked if the cookie holds a token), or None. Without
        CSRF_USE_SESSIONS, InvalidTokenFormat for a cookie of the wrong length or characters."""
        in_session = settings.CSRF_USE_SESSIONS
        if in_session and not hasattr(request, "session"):
            raise ImproperlyConfigured(_NO_SESSION)
        found = request.session.get(CSRF_SESSION_KEY) if in_session else request.COOKIES.get(settings.CSRF_COOKIE_NAME)
        if found is None:
            return None
        if not in_session:
            _check_token_format(found)
        # A cookie set by an older Django holds a masked token.
        return _unmask_cipher_token(found) if len(found) == CSRF_TOKEN_LENGTH else found

    def _set_csrf_cookie(self, request, response):
        secret = request.META[_SECRET]
        if not settings.CSRF_USE_SESSIONS:
            response.set_cookie(
                settings.CSRF_COOKIE_NAME, secret, max_age=settings.CSRF_COOKIE_AGE, domain=settings.CSRF_COOKIE_DOMAIN,
                path=settings.CSRF_COOKIE_PATH, secure=settings.CSRF_COOKIE_SECURE, httponly=settings.CSRF_COOKIE_HTTPONLY,
                samesite=settings.CSRF_COOKIE_SAMESITE)
            patch_vary_headers(response, ["Cookie"])
            from django.contrib.sessions.middleware import _note_cookie_flags

            _note_cookie_flags(_ACTOR, settings.CSRF_COOKIE_NAME, "CSRF_COOKIE")
        elif request.session.get(CSRF_SESSION_KEY) != secret:
            request.session[CSRF_SESSION_KEY] = secret
            note(_ACTOR, "CSRF secret kept in the session (CSRF_USE_SESSIONS = True)", setting="CSRF_USE_SESSIONS")

    # ---- step 1: where the request comes from --------------------------------------------

    def _source_problem(self, request):
        """Why the request's origin is not to be trusted, or None."""
        sent_origin = request.META.get("HTTP_ORIGIN")
        if sent_origin is not None:
            return None if self._origin_verified(request) else REASON_BAD_ORIGIN % sent_origin
        return self._referer_problem(request) if request.is_secure() else None

    def _own_origin(self, request):
        try:
            host = request.get_host()
        except DisallowedHost:
            return None
        return ("https://" if request.is_secure() else "http://") + host

    def _origin_verified(self, request):
        """Whether the Origin header is the site itself or a trusted origin."""
        sent_origin = request.META["HTTP_ORIGIN"]
        if sent_origin == self._own_origin(request):
            return True
        trusted = sent_origin in self.allowed_origins_exact or self._under_trusted_wildcard(sent_origin)
        if trusted:
            note(_ACTOR, f"Origin {sent_origin} is trusted (CSRF_TRUSTED_ORIGINS)", setting="CSRF_TRUSTED_ORIGINS")
        return trusted

    def _under_trusted_wildcard(self, origin):
        """Whether `origin` is under a CSRF_TRUSTED_ORIGINS entry with '*' (same scheme)."""
        parts = _split_url(origin)
        if parts is None:
            return False
        return any(is_same_domain(parts.netloc, domain) for domain in self.allowed_origin_subdomains.get(parts.scheme, ()))

    def _referer_problem(self, request):
        """Over https with no Origin, why the Referer is not an https page of this site (or
        of CSRF_COOKIE_DOMAIN, or of a trusted origin's host), or None."""
        sent = request.META.get("HTTP_REFERER")
        if sent is None:
            return REASON_NO_REFERER
        parts = _split_url(sent)
        if parts is None or not parts.scheme or not parts.netloc:
            return REASON_MALFORMED_REFERER
        if parts.scheme != "https":
            return REASON_INSECURE_REFERER
        if any(is_same_domain(parts.netloc, host) for host in self.csrf_trusted_origins_hosts):
            return None
        ours = self._site_for_referer(request)
        return None if ours is not None and is_same_domain(parts.netloc, ours) else REASON_BAD_REFERER % parts.geturl()

    def _site_for_referer(self, request):
        """The host a Referer must be on: the cookie's domain (with a port other than 80 and
        443) when set, else the request's host (None when ALLOWED_HOSTS refuses it)."""
        domain = settings.SESSION_COOKIE_DOMAIN if settings.CSRF_USE_SESSIONS else settings.CSRF_COOKIE_DOMAIN
        if domain is not None:
            port = request.get_port()
            return domain if port in ("443", "80") else f"{domain}:{port}"
        try:
            return request.get_host()
        except DisallowedHost:
            return None

    # ---- step 2: the token ---------------------------------------------------------------

    def _token_problem(self, request):
        """Why the request carries no token matching its secret, or None."""
        try:
            secret = self._get_secret(request)
        except InvalidTokenFormat as malformed:
            return f"CSRF cookie {malformed.reason}."
        if secret is None:
            return REASON_NO_CSRF_COOKIE
        sent = self._token_sent(request)
        if sent is None:
            return REASON_CSRF_TOKEN_MISSING
        token, source = sent
        problem = _format_problem(token) or (None if _does_token_match(token, secret) else "incorrect")
        return self._bad_token_message(problem, source) if problem else None

    def _token_sent(self, request):
        """(token, where from): the form field of a POST, else the CSRF_HEADER_NAME header;
        None when neither is there."""
        field = ""
        if request.method == "POST":
            try:
                field = request.POST.get("csrfmiddlewaretoken", "")
            except UnreadablePostError:
                pass
        if field != "":
            return field, "POST"
        header = settings.CSRF_HEADER_NAME
        return (request.META[header], header) if header in request.META else None

    def _bad_token_message(self, reason, token_source):
        where = token_source if token_source == "POST" else f"the {HttpHeaders.parse_header_name(token_source)!r} HTTP header"
        return f"CSRF token from {where} {reason}."
