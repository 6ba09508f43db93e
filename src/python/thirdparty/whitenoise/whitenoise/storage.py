"""whitenoise.storage: the storage classes STORAGES names (importable; they store nothing here)."""

from django.contrib.staticfiles.storage import ManifestStaticFilesStorage, StaticFilesStorage


class MissingFileError(ValueError):
    """A file that a CSS file refers to is missing (raised by collectstatic with the manifest storage)."""


class CompressedStaticFilesStorage(StaticFilesStorage):
    """Static files with gzip and Brotli copies beside them."""


class CompressedManifestStaticFilesStorage(ManifestStaticFilesStorage):
    """Hashed names (Django's manifest storage) plus compressed copies; WHITENOISE_MANIFEST_STRICT
    sets manifest_strict."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        from django.conf import settings

        if settings.configured:
            self.manifest_strict = getattr(settings, "WHITENOISE_MANIFEST_STRICT", True)


__all__ = ["CompressedStaticFilesStorage", "CompressedManifestStaticFilesStorage", "MissingFileError"]
