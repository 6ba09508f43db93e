"""Content Security Policy values and the policy header builder (django.utils.csp)."""

import secrets
from enum import StrEnum

from django.utils.functional import SimpleLazyObject, empty


class CSP(StrEnum):
    """The CSP header names, the quoted keywords of CSP source lists, and NONCE, a placeholder
    the middleware replaces by the request's nonce:

        SECURE_CSP = {"default-src": [CSP.SELF], "script-src": [CSP.SELF, CSP.NONCE]}
    """

    HEADER_ENFORCE = "Content-Security-Policy"
    HEADER_REPORT_ONLY = "Content-Security-Policy-Report-Only"

    NONE = "'none'"
    REPORT_SAMPLE = "'report-sample'"
    SELF = "'self'"
    STRICT_DYNAMIC = "'strict-dynamic'"
    UNSAFE_EVAL = "'unsafe-eval'"
    UNSAFE_HASHES = "'unsafe-hashes'"
    UNSAFE_INLINE = "'unsafe-inline'"
    WASM_UNSAFE_EVAL = "'wasm-unsafe-eval'"

    NONCE = "<CSP_NONCE_SENTINEL>"


class LazyNonce(SimpleLazyObject):
    """A random nonce made the first time it is used; false until then, so a template can
    ask whether anything needed one."""

    def __init__(self):
        super().__init__(_new_nonce)

    def __bool__(self):
        """Whether the nonce has been made (used) yet."""
        return self._wrapped is not empty


def _new_nonce():
    return secrets.token_urlsafe(16)


def build_policy(config, nonce=None):
    """The header value of a policy dict: 'directive source source; directive ...'.

    A directive whose value is None or False is left out; True gives the bare directive
    (upgrade-insecure-requests); a set is sorted, so the header stays the same between
    requests. CSP.NONCE becomes 'nonce-<nonce>', or is dropped when there is no nonce.
    """
    rendered = (_directive(name, value, nonce) for name, value in config.items())
    return "; ".join(directive for directive in rendered if directive is not None)


def _directive(name, value, nonce):
    if value in (None, False):  # (so 0 is left out too, as in Django)
        return None
    if value is True:  # a directive without sources (upgrade-insecure-requests)
        return name.rstrip()
    sources = _sources(value)
    if CSP.NONCE in sources:
        nonce_source = f"'nonce-{nonce}'" if nonce else None
        sources = [nonce_source if source == CSP.NONCE else source for source in sources]
        sources = [source for source in sources if source is not None]
    if not sources:
        return None
    return f"{name} {' '.join(sources)}".rstrip()


def _sources(value):
    if isinstance(value, set):
        return sorted(value)
    return [*value] if isinstance(value, list | tuple) else [value]
