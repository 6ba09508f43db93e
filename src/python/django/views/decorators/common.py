"""View decorators about URLs (django.views.decorators.common)."""

from django.utils.decorators import _wrap_view


def no_append_slash(view_func):
    """Exclude a view from CommonMiddleware's APPEND_SLASH redirect (the wrapper carries
    should_append_slash = False)."""
    return _wrap_view(view_func, should_append_slash=False)
