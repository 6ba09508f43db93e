"""The GDAL library, which GeoDjango's geometry (and every spatial backend) loads when it is
imported. The course's environment has no GDAL, so importing this fails as Django's does on a
server without it: the library named by GDAL_LIBRARY_PATH cannot be opened, or, without that
setting, none of the names Django looks for on Linux is found."""

from django.core.exceptions import ImproperlyConfigured

#: The names Django looks the library up by on Linux, in its order.
_NAMES_ON_LINUX = ("gdal", "GDAL", *(f"gdal3.{minor}.0" for minor in range(11, 0, -1)))


def _configured_path():
    try:
        from django.conf import settings

        return settings.GDAL_LIBRARY_PATH
    except (AttributeError, ImportError, ImproperlyConfigured, OSError):  # unset, or no settings yet
        return None


def _why_not_loaded():
    path = _configured_path()
    if path:
        return OSError(f"{path}: cannot open shared object file: No such file or directory")
    tried = '", "'.join(_NAMES_ON_LINUX)
    return ImproperlyConfigured(
        f'Could not find the GDAL library (tried "{tried}"). Is GDAL installed? If it is, try setting GDAL_LIBRARY_PATH in your settings.'
    )


raise _why_not_loaded()
