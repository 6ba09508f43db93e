"""View decorators replacing SECURE_CSP or SECURE_CSP_REPORT_ONLY for one view
(django.views.decorators.csp); ContentSecurityPolicyMiddleware reads what they leave on the
response. An empty dict means no header for that view."""

from django.utils.decorators import _wrap_view


def _policy_for_view(attribute, config):
    if not isinstance(config, dict):
        raise TypeError("CSP config should be a mapping.")

    def mark(response):
        setattr(response, attribute, config)
        return response

    def decorator(view_func):
        return _wrap_view(view_func, after=mark)

    return decorator


def csp_override(config):
    """The view's Content-Security-Policy is built from `config` instead of SECURE_CSP."""
    return _policy_for_view("_csp_config", config)


def csp_report_only_override(config):
    """The view's Content-Security-Policy-Report-Only is built from `config` instead of SECURE_CSP_REPORT_ONLY."""
    return _policy_for_view("_csp_ro_config", config)
