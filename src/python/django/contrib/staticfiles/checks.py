"""The staticfiles app's checks, registered by its ready(): each finder's own check(), and a
'staticfiles' storage in STORAGES (staticfiles.E005)."""

from django.conf import STATICFILES_STORAGE_ALIAS, settings
from django.contrib.staticfiles.finders import get_finders
from django.core.checks import Error

E005 = Error(
    f"The STORAGES setting must define a '{STATICFILES_STORAGE_ALIAS}' storage.",
    id="staticfiles.E005",
    setting="STORAGES",
)


def check_finders(app_configs, **kwargs):
    """What each finder of STATICFILES_FINDERS reports (building each one first)."""
    found = []
    for each in get_finders():
        try:
            reported = each.check()
        except NotImplementedError:  # a finder without a check()
            continue
        found.extend(reported)
    return found


def check_storages(app_configs, **kwargs):
    return [] if STATICFILES_STORAGE_ALIAS in settings.STORAGES else [E005]
