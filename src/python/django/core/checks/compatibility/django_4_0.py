"""Django 4.0 made CSRF_TRUSTED_ORIGINS entries full origins: each must contain a scheme."""

from django.conf import settings
from django.core.checks import Error, Tags, register

_E001 = Error(
    "As of Django 4.0, the values in the CSRF_TRUSTED_ORIGINS setting must start with a scheme "
    "(usually http:// or https://) but found %s. See the release notes for details.",
    id="4_0.E001",
    setting="CSRF_TRUSTED_ORIGINS",
)


@register(Tags.compatibility)
def check_csrf_trusted_origins(app_configs, **kwargs):
    # The setting is iterated, not validated: a plain string gives one error per character,
    # and each entry is put into the text with %, as Django does (a tuple entry fails there).
    return [
        _E001.replace(msg=_E001.msg % origin, index=position)
        for position, origin in enumerate(settings.CSRF_TRUSTED_ORIGINS)
        if "://" not in origin
    ]
