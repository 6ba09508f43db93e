"""FILE_UPLOAD_TEMP_DIR, when set, must name an existing folder (files.E001, always checked)."""

from pathlib import Path

from django.conf import settings

from . import Error, Tags, register

_E001 = Error(
    "The FILE_UPLOAD_TEMP_DIR setting refers to the nonexistent directory '%s'.",
    id="files.E001",
    setting="FILE_UPLOAD_TEMP_DIR",
)


@register(Tags.files)
def check_setting_file_upload_temp_dir(app_configs, **kwargs):
    folder = getattr(settings, "FILE_UPLOAD_TEMP_DIR", None)
    # Path() takes a str or a path; any other truthy value fails there, as in Django.
    if not folder or Path(folder).is_dir():
        return []
    return [_E001.replace(msg=_E001.msg % (folder,))]
