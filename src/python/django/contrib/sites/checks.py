"""sites.E101: SITE_ID, when set, must be an integer (None means: from the request's host)."""

from django.conf import settings
from django.core.checks import Error


def check_site_id(app_configs, **kwargs):
    site_id = getattr(settings, "SITE_ID", None)
    if site_id is None or isinstance(site_id, int):
        return []
    return [Error("The SITE_ID setting must be an integer", id="sites.E101", setting="SITE_ID")]
