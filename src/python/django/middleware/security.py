"""SecurityMiddleware: the HTTPS redirect on the way in, security headers on the way out.

On the way in, SECURE_SSL_REDIRECT sends a request that is not secure (as `is_secure()` sees it,
so behind a TLS proxy only with SECURE_PROXY_SSL_HEADER) to https://, at SECURE_SSL_HOST or the
request's own host, unless its path (without the leading slash) matches a SECURE_REDIRECT_EXEMPT
regex. On the way out it adds, each unless the response has it already:
Strict-Transport-Security (only on a secure request, SECURE_HSTS_*), X-Content-Type-Options,
Referrer-Policy and Cross-Origin-Opener-Policy.
"""

import re

from django._trace import note
from django.conf import settings
from django.http import HttpResponsePermanentRedirect
from django.utils.deprecation import MiddlewareMixin

_ME = "SecurityMiddleware"


def _referrer_policy_value(policy):
    """'a, b' or ['a', 'b'] as the header wants it: 'a,b'."""
    if isinstance(policy, str):
        policy = (value.strip() for value in policy.split(","))
    return ",".join(policy)


def _proxy_hint(request):
    """Why a request a TLS proxy forwarded still looks insecure, when that is the reason."""
    if request.META.get("HTTP_X_FORWARDED_PROTO") is None or settings.SECURE_PROXY_SSL_HEADER:
        return ""
    return " (X-Forwarded-Proto counts only with SECURE_PROXY_SSL_HEADER)"


class SecurityMiddleware(MiddlewareMixin):
    #: attribute -> the setting it is read from, once, when the middleware is built.
    settings_read = {
        "redirect": "SECURE_SSL_REDIRECT",
        "redirect_host": "SECURE_SSL_HOST",
        "redirect_exempt": "SECURE_REDIRECT_EXEMPT",
        "sts_seconds": "SECURE_HSTS_SECONDS",
        "sts_include_subdomains": "SECURE_HSTS_INCLUDE_SUBDOMAINS",
        "sts_preload": "SECURE_HSTS_PRELOAD",
        "content_type_nosniff": "SECURE_CONTENT_TYPE_NOSNIFF",
        "referrer_policy": "SECURE_REFERRER_POLICY",
        "cross_origin_opener_policy": "SECURE_CROSS_ORIGIN_OPENER_POLICY",
    }

    def __init__(self, get_response):
        MiddlewareMixin.__init__(self, get_response)
        for attribute, setting in self.settings_read.items():
            setattr(self, attribute, getattr(settings, setting))
        self.redirect_exempt = list(map(re.compile, self.redirect_exempt))

    # ---- the way in ----------------------------------------------------------------------------

    def process_request(self, request):
        if not self.redirect or request.is_secure():
            return None
        unslashed = request.path.lstrip("/")
        exempting = next((regex for regex in self.redirect_exempt if regex.search(unslashed)), None)
        if exempting is not None:
            note(_ME, f"no redirect to https: the path matches SECURE_REDIRECT_EXEMPT's {exempting.pattern!r}",
                 setting="SECURE_REDIRECT_EXEMPT")
            return None
        target = "https://%s%s" % (self.redirect_host or request.get_host(), request.get_full_path())
        note(_ME, f"301 to {target} because SECURE_SSL_REDIRECT = True and the request is not secure"
             + _proxy_hint(request), setting="SECURE_SSL_REDIRECT")
        return HttpResponsePermanentRedirect(target)

    # ---- the way out ---------------------------------------------------------------------------

    def process_response(self, request, response):
        self._add_hsts(request, response)
        for header, value, setting in self._plain_headers():
            if header not in response:
                response.headers[header] = value
                note(_ME, f"{header}: {value} ({setting})", setting=setting)
        return response

    def _plain_headers(self):
        """(header, value, setting) of each header the settings turn on."""
        if self.content_type_nosniff:
            yield "X-Content-Type-Options", "nosniff", "SECURE_CONTENT_TYPE_NOSNIFF"
        if self.referrer_policy:
            yield "Referrer-Policy", _referrer_policy_value(self.referrer_policy), "SECURE_REFERRER_POLICY"
        if self.cross_origin_opener_policy:
            yield "Cross-Origin-Opener-Policy", self.cross_origin_opener_policy, "SECURE_CROSS_ORIGIN_OPENER_POLICY"

    def _add_hsts(self, request, response):
        if not self.sts_seconds or "Strict-Transport-Security" in response:
            return
        if not request.is_secure():
            note(_ME, "no Strict-Transport-Security: the request is not secure (HSTS is only sent over HTTPS)"
                 + _proxy_hint(request), setting="SECURE_HSTS_SECONDS")
            return
        parts = [f"max-age={self.sts_seconds}"]
        parts += ["includeSubDomains"] if self.sts_include_subdomains else []
        parts += ["preload"] if self.sts_preload else []
        response.headers["Strict-Transport-Security"] = "; ".join(parts)
        note(_ME, f"Strict-Transport-Security: {'; '.join(parts)} because SECURE_HSTS_SECONDS = {self.sts_seconds}",
             setting="SECURE_HSTS_SECONDS")
