import re

from django.utils.csp import CSP, build_policy

from minidjango.exercises import goal

CSP_MIDDLEWARE = "django.middleware.csp.ContentSecurityPolicyMiddleware"
CSP_CONTEXT = "django.template.context_processors.csp"
#: Sources that let an injected script run: inline code, or a file from anywhere.
LOOSE = {CSP.UNSAFE_INLINE, "*", "https:", "http:", "data:"}


def policy(run, name="SECURE_CSP"):
    value = run.setting(name, None)
    return value if isinstance(value, dict) else None


def script_sources(run, name="SECURE_CSP"):
    """The sources the policy allows scripts from: script-src, or default-src without it."""
    config = policy(run, name)
    if config is None:
        return None
    # The header as ContentSecurityPolicyMiddleware writes it (build_policy), read back.
    directives = {}
    for directive in build_policy(config, nonce="NONCE").split(";"):
        if directive.split():
            name, *sources = directive.split()
            directives.setdefault(name, sources)
    return directives.get("script-src", directives.get("default-src"))


def context_processors(run):
    try:
        return [name for engine in run.setting("TEMPLATES") for name in engine.get("OPTIONS", {}).get("context_processors", [])]
    except Exception:
        return []


@goal("The policy is enforced: SECURE_CSP is a dict of directives (no security.E026) and ContentSecurityPolicyMiddleware is in MIDDLEWARE")
def enforced(run):
    return not run.has("security.E026") and bool(policy(run)) and CSP_MIDDLEWARE in run.setting("MIDDLEWARE", [])


@goal("A script injected into a page does not run: the sources for scripts (script-src, else default-src) allow no 'unsafe-inline', *, https: or data:")
def no_inline(run):
    sources = script_sources(run)
    return CSP_MIDDLEWARE in run.setting("MIDDLEWARE", []) and bool(sources) and not LOOSE & set(sources)


@goal('The shop\'s own inline script still runs: script-src has CSP.NONCE, the csp context processor is installed, and its <script> in base.html carries nonce="{{ csp_nonce }}"')
def nonce(run):
    sources = script_sources(run) or script_sources(run, "SECURE_CSP_REPORT_ONLY") or []
    inline_scripts = [tag for tag in re.findall(r"<script\b[^>]*>", run.source("templates/base.html")) if "src=" not in tag]
    return (
        "'nonce-NONCE'" in sources
        and CSP_CONTEXT in context_processors(run)
        and bool(inline_scripts)
        and all(re.search(r"""\bnonce=["']\{\{ *csp_nonce *\}\}["']""", tag) for tag in inline_scripts)
    )


@goal("Nothing is silenced")
def nothing_silenced(run):
    return run.error is None and not run.setting("SILENCED_SYSTEM_CHECKS")
