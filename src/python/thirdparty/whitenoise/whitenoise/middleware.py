"""whitenoise.middleware.WhiteNoiseMiddleware: WhiteNoise as a Django middleware (docs/django.rst).

Placed right after SecurityMiddleware, it answers a request for a static file itself (the
middleware after it and the view never run) and passes every other request on. It serves
STATIC_ROOT (what collectstatic filled) at the path of STATIC_URL (or WHITENOISE_STATIC_PREFIX)
and WHITENOISE_ROOT at /; with WHITENOISE_USE_FINDERS (DEBUG by default) also what the
staticfiles finders find, as runserver would. Its options come from WHITENOISE_<OPTION>
settings: AUTOREFRESH (DEBUG), MAX_AGE (60, 0 with DEBUG), ALLOW_ALL_ORIGINS, CHARSET,
MIMETYPES, ADD_HEADERS_FUNCTION, INDEX_FILE, IMMUTABLE_FILE_TEST. Files whose name carries the
hash the manifest storage gave them are cached for ten years ('immutable').
"""

import os
from posixpath import basename
from urllib.parse import urlsplit

from django.http import FileResponse
from whitenoise.base import WhiteNoise, url_prefix

_ME = "WhiteNoiseMiddleware"


def _note(text, setting=None):
    try:
        from django._trace import note
    except ImportError:  # (a Django without the course's trace)
        return
    note(_ME, text, setting=setting)


class WhiteNoiseFileResponse(FileResponse):
    """A FileResponse that adds no headers of its own: WhiteNoise has worked them all out."""

    def set_headers(self, *args, **kwargs):
        pass


def _static_prefix(settings):
    path = urlsplit(settings.STATIC_URL or "").path
    script_name = (settings.FORCE_SCRIPT_NAME or "").rstrip("/")
    if script_name and path.startswith(script_name):
        path = path[len(script_name):]
    return path


class WhiteNoiseMiddleware(WhiteNoise):
    def __init__(self, get_response=None, settings=None):
        if settings is None:
            from django.conf import settings
        self.get_response = get_response
        debug = settings.DEBUG
        defaults = {"autorefresh": debug, "max_age": 0 if debug else 60, "allow_all_origins": True, "charset": "utf-8",
                    "mimetypes": None, "add_headers_function": None, "index_file": None, "immutable_file_test": None}
        options = {name: getattr(settings, f"WHITENOISE_{name.upper()}", default) for name, default in defaults.items()}
        super().__init__(None, **options)
        self.use_finders = getattr(settings, "WHITENOISE_USE_FINDERS", debug)
        prefix = getattr(settings, "WHITENOISE_STATIC_PREFIX", None)
        self.static_prefix = url_prefix(_static_prefix(settings) if prefix is None else prefix)
        self.static_root = settings.STATIC_ROOT
        if self.static_root:
            self.add_files(self.static_root, prefix=self.static_prefix)
        extra_root = getattr(settings, "WHITENOISE_ROOT", None)
        if extra_root:
            self.add_files(extra_root)
        if self.use_finders and not self.autorefresh:
            self.add_files_from_finders()

    def __call__(self, request):
        served = self._served_at(request.path_info)
        if served is None:
            return self.get_response(request)
        response = self.serve(served, request)
        from_static_root = bool(self.static_root) and request.path_info.startswith(self.static_prefix)
        _note(f"{response.status_code} for {request.path_info}: a static file, answered before the view",
              setting="STATIC_ROOT" if from_static_root else "WHITENOISE_ROOT")
        return response

    @staticmethod
    def serve(static_file, request):
        answer = static_file.answer(request.method, request.META)
        body = [answer.read_body()] if answer.path is not None else ()
        response = WhiteNoiseFileResponse(body, status=answer.status)
        del response["Content-Type"]
        for name, value in answer.headers:
            response[name] = value
        return response

    # ---- the staticfiles finders ---------------------------------------------------------------

    def add_files_from_finders(self):
        from django.contrib.staticfiles import finders

        found = {}
        for finder in finders.get_finders():
            for path, storage in finder.list(None):
                storage_prefix = (getattr(storage, "prefix", None) or "").strip("/")
                url = self.static_prefix + (storage_prefix + "/" if storage_prefix else "") + path.replace("\\", "/")
                found.setdefault(url, storage.path(path))  # the first finder's file wins
        stats = {path: os.stat(path) for path in found.values()}
        for url, path in found.items():
            self.add_file_to_dictionary(url, path, stat_cache=stats)

    def candidate_paths_for_url(self, url):
        if self.use_finders and url.startswith(self.static_prefix):
            from django.contrib.staticfiles import finders

            path = finders.find(url[len(self.static_prefix):])
            if path:
                yield path
        yield from super().candidate_paths_for_url(url)

    # ---- files whose name carries their content's hash -----------------------------------------

    def immutable_file_test(self, path, url):
        """Whether `url` names a file the manifest storage renamed with its hash
        (css/app.f3ea4bcc2.css): the storage's URL for the unhashed name is that very file."""
        if not url.startswith(self.static_prefix):
            return False
        name = url[len(self.static_prefix):]
        unhashed = self.get_name_without_hash(name)
        if unhashed == name:
            return False
        static_url = self.get_static_url(unhashed)
        return bool(static_url) and basename(static_url) == basename(url)

    def get_name_without_hash(self, filename):
        """'css/app.f3ea4bcc2.css' -> 'css/app.css' (the manifest storage's naming)."""
        stem, extension = os.path.splitext(filename)
        return os.path.splitext(stem)[0] + extension

    def get_static_url(self, name):
        from django.contrib.staticfiles.storage import staticfiles_storage

        url_of = getattr(staticfiles_storage, "url", None)  # (a storage here may not give URLs yet)
        try:
            return url_of(name) if url_of is not None else None
        except ValueError:
            return None


__all__ = ("WhiteNoiseMiddleware",)
