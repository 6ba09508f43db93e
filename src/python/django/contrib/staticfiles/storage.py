"""The storages of collected static files. STATIC_ROOT is their folder and STATIC_URL their
address; building one checks those settings (django.contrib.staticfiles.utils.check_settings).
Collecting (and the manifest's hashed names) is not modelled yet."""

from django._process import forgotten_by_new_process
from django.conf import STATICFILES_STORAGE_ALIAS, settings
from django.contrib.staticfiles.utils import check_settings
from django.core.exceptions import ImproperlyConfigured
from django.core.files.storage import FileSystemStorage, storages
from django.utils.functional import LazyObject, empty


class StaticFilesStorage(FileSystemStorage):
    """Files in STATIC_ROOT, served at STATIC_URL (unless given others)."""

    def __init__(self, location=None, base_url=None, *args, **kwargs):
        folder = settings.STATIC_ROOT if location is None else location
        url = settings.STATIC_URL if base_url is None else base_url
        check_settings(url)
        FileSystemStorage.__init__(self, folder, url, *args, **kwargs)
        if not folder:  # no STATIC_ROOT: not MEDIA_ROOT either, as FileSystemStorage would fall back to
            self.base_location = self.location = None

    def path(self, name):
        if self.location:
            return FileSystemStorage.path(self, name)
        raise ImproperlyConfigured("You're using the staticfiles app without having set the STATIC_ROOT setting to a filesystem path.")


class ManifestStaticFilesStorage(StaticFilesStorage):
    """Stores files under names with a hash of their content, listed in a manifest (in Django)."""

    manifest_name = "staticfiles.json"
    manifest_strict, keep_intermediate_files = True, False


class ConfiguredStorage(LazyObject):
    def _setup(self):
        self._wrapped = storages[STATICFILES_STORAGE_ALIAS]


staticfiles_storage = ConfiguredStorage()  # stands for storages["staticfiles"]


@forgotten_by_new_process
def _forget_staticfiles_storage():
    staticfiles_storage._wrapped = empty  # built again from the next project's STORAGES
