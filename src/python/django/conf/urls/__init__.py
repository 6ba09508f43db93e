"""The error views Django uses when the root URLconf defines no handler400/403/404/500."""

from django.urls import include
from django.views.defaults import bad_request as handler400, page_not_found as handler404, permission_denied as handler403, server_error as handler500  # noqa: E501

__all__ = ["handler400", "handler403", "handler404", "handler500", "include"]
