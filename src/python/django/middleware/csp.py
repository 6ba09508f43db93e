"""ContentSecurityPolicyMiddleware: the Content-Security-Policy headers, from SECURE_CSP and
SECURE_CSP_REPORT_ONLY (or what @csp_override / @csp_report_only_override left on the response).

Each request gets a nonce, made only if something uses it (`request._csp_nonce`, read by the
csp context processor and CSP.NONCE in a policy). A header the response has already is kept; an
empty policy sends no header.
"""

from django._trace import note
from django.conf import settings
from django.utils.csp import CSP, LazyNonce, build_policy
from django.utils.deprecation import MiddlewareMixin

_UNSET = object()

#: (header, the attribute a view decorator sets on the response, the setting otherwise)
_POLICIES = (
    (CSP.HEADER_ENFORCE, "_csp_config", "SECURE_CSP"),
    (CSP.HEADER_REPORT_ONLY, "_csp_ro_config", "SECURE_CSP_REPORT_ONLY"),
)


def get_nonce(request):
    """The request's CSP nonce (a LazyNonce), or None outside the middleware."""
    return vars(request).get("_csp_nonce")


class ContentSecurityPolicyMiddleware(MiddlewareMixin):
    def process_request(self, request):
        request._csp_nonce = LazyNonce()

    def process_response(self, request, response):
        for header, attribute, setting in _POLICIES:
            given = getattr(response, attribute, _UNSET)
            config = getattr(settings, setting) if given is _UNSET else given
            if not config or header in response:
                continue
            response.headers[header.value] = build_policy(config, get_nonce(request))
            source = setting if given is _UNSET else "the view's decorator"
            note("ContentSecurityPolicyMiddleware", f"{header} from {source}",
                 setting=setting if given is _UNSET else None)
        return response
