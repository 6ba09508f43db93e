"""whitenoise.WhiteNoise: the WSGI wrapper that serves static files before the application.

Written for the course's engine from WhiteNoise's documentation (6.x, docs/base.rst). Folders
are added with a URL prefix (`root=`/`prefix=`, or add_files()). Normally every file under them
is found once, at start-up, so a file added later is not served until a restart; with
autorefresh (development) each request looks on disk, later folders first, refusing URLs that
are not canonical ('..', '//', backslashes) or would leave the folder. A .gz or .br file beside
another is its compressed copy, never served under its own name. With an index file
(index_file=True is 'index.html'), /dir/ serves /dir/index.html, and /dir and /dir/index.html
redirect (302) to /dir/.
"""

import os
import re
import warnings
from posixpath import normpath
from wsgiref.headers import Headers

from whitenoise._served import MissingFileError, IsDirectoryError, Redirect, StaticFile
from whitenoise.media_types import MediaTypes

_STATUS_LINES = {200: "200 OK", 206: "206 Partial Content", 302: "302 Found", 304: "304 Not Modified",
                 405: "405 Method Not Allowed", 416: "416 Range Not Satisfiable"}


def url_prefix(prefix):
    """'static' and '/static' are '/static/'; no prefix is '/'."""
    inner = (prefix or "").strip("/")
    return f"/{inner}/" if inner else "/"


def decode_path_info(path_info):
    """PATH_INFO as WSGI gives it (latin-1) read as UTF-8, as Django reads URLs."""
    return path_info.encode("iso-8859-1", "replace").decode("utf-8", "replace")


def _is_compressed_copy(path, exists):
    return path[-3:] in (".gz", ".br") and exists(path[:-3])


def _files_under(root):
    """(path, os.stat) of every file under `root`, in sub-folders too."""
    for entry in os.scandir(root):
        if entry.is_dir():
            yield from _files_under(entry.path)
        else:
            yield entry.path, entry.stat()


class WhiteNoise:
    #: Ten years, nginx's 'expires max', for files whose name changes with their content.
    FOREVER = 10 * 365 * 24 * 60 * 60

    def __init__(self, application, root=None, prefix=None, *, autorefresh=False, max_age=60,
                 allow_all_origins=True, charset="utf-8", mimetypes=None, add_headers_function=None,
                 index_file=None, immutable_file_test=None):
        self.application = application
        self.autorefresh, self.max_age, self.charset = autorefresh, max_age, charset
        self.allow_all_origins, self.add_headers_function = allow_all_origins, add_headers_function
        self.index_file = "index.html" if index_file is True else index_file if isinstance(index_file, str) else None
        if immutable_file_test is not None:
            self.immutable_file_test = _as_immutable_test(immutable_file_test)
        self.media_types = MediaTypes(extra_types=mimetypes)
        #: URL -> StaticFile or Redirect, found at start-up (without autorefresh).
        self.files = {}
        #: (root with a trailing separator, prefix), the last added first (with autorefresh).
        self.directories = []
        if root is not None:
            self.add_files(root, prefix)

    # ---- WSGI --------------------------------------------------------------------------------

    def __call__(self, environ, start_response):
        served = self._served_at(decode_path_info(environ.get("PATH_INFO", "")))
        if served is None:
            return self.application(environ, start_response)
        answer = served.answer(environ["REQUEST_METHOD"], environ)
        start_response(_STATUS_LINES.get(answer.status, str(answer.status)), answer.headers)
        return [answer.read_body()] if answer.path is not None else []

    def _served_at(self, url):
        return self.find_file(url) if self.autorefresh else self.files.get(url)

    # ---- the folders served ------------------------------------------------------------------

    def add_files(self, root, prefix=None):
        """Serve the files under `root` at `prefix` (a folder that does not exist: a warning)."""
        root = os.path.abspath(root).rstrip(os.path.sep) + os.path.sep
        prefix = url_prefix(prefix)
        if self.autorefresh:
            self.directories.insert(0, (root, prefix))
        elif os.path.isdir(root):
            self._add_folder(root, prefix)
        else:
            warnings.warn(f"No directory at: {root}", stacklevel=3)

    def _add_folder(self, root, prefix):
        stats = dict(_files_under(root))
        for path in stats:
            url = prefix + path[len(root):].replace("\\", "/")
            self.add_file_to_dictionary(url, path, stat_cache=stats)

    def add_file_to_dictionary(self, url, path, stat_cache=None):
        if _is_compressed_copy(path, stat_cache.__contains__ if stat_cache is not None else os.path.isfile):
            return
        index = self.index_file
        if index is not None and url.endswith("/" + index):
            folder_url = url[: -len(index)]
            self.files[url] = self.redirect(url, folder_url)
            self.files[folder_url.rstrip("/")] = self.redirect(folder_url.rstrip("/"), folder_url)
            url = folder_url
        self.files[url] = self.get_static_file(path, url, stat_cache=stat_cache)

    # ---- looking on disk for each request (autorefresh) --------------------------------------

    def find_file(self, url):
        """The StaticFile or Redirect for `url` found on disk now, or None."""
        if (self.index_file is None and url.endswith("/")) or not self.url_is_canonical(url):
            return None
        for path in self.candidate_paths_for_url(url):
            try:
                return self._found_at(path, url)
            except MissingFileError:
                continue
        return None

    def candidate_paths_for_url(self, url):
        for root, prefix in self.directories:
            if url.startswith(prefix):
                path = os.path.join(root, url[len(prefix):])
                if _inside(path, root):
                    yield path

    def _found_at(self, path, url):
        if _is_compressed_copy(path, os.path.isfile):
            raise MissingFileError(path)
        index = self.index_file
        if index is None:
            return self.get_static_file(path, url)
        if url.endswith("/"):
            return self.get_static_file(os.path.join(path, index), url)
        if url.endswith("/" + index):
            if os.path.isfile(path):
                return self.redirect(url, url[: -len(index)])
            raise MissingFileError(path)
        try:
            return self.get_static_file(path, url)
        except IsDirectoryError:
            if os.path.isfile(os.path.join(path, index)):
                return self.redirect(url, url + "/")
            raise MissingFileError(path) from None

    @staticmethod
    def url_is_canonical(url):
        """No backslash, no '.', '..' or '//' (what normpath would change)."""
        if "\\" in url:
            return False
        tidy = normpath(url)
        return (tidy + "/" if url.endswith("/") and url != "/" else tidy) == url

    # ---- what a file is sent with ------------------------------------------------------------

    def get_static_file(self, path, url, stat_cache=None):
        if stat_cache is None and not os.path.exists(path):
            raise MissingFileError(path)
        headers = Headers([])
        self.add_mime_headers(headers, path, url)
        self.add_cache_headers(headers, path, url)
        if self.allow_all_origins:
            headers["Access-Control-Allow-Origin"] = "*"
        if self.add_headers_function is not None:
            self.add_headers_function(headers, path, url)
        return StaticFile(path, headers.items(), stat_of=os.stat if stat_cache is None else stat_cache.__getitem__)

    def add_mime_headers(self, headers, path, url):
        media_type = self.media_types.get_type(path)
        charset = {"charset": str(self.charset)} if media_type.startswith("text/") else {}
        headers.add_header("Content-Type", str(media_type), **charset)

    def add_cache_headers(self, headers, path, url):
        if self.immutable_file_test(path, url):
            headers["Cache-Control"] = f"max-age={self.FOREVER}, public, immutable"
        elif self.max_age is not None:
            headers["Cache-Control"] = f"max-age={self.max_age}, public"

    def immutable_file_test(self, path, url):
        """Whether the file never changes (so may be cached forever): no, unless told."""
        return False

    def redirect(self, from_url, to_url):
        """A relative 302 from /dir or /dir/index.html to /dir/."""
        if to_url == from_url + "/":
            relative = from_url.split("/")[-1] + "/"
        elif from_url == to_url + self.index_file:
            relative = "./"
        else:
            raise ValueError(f"Cannot handle redirect: {from_url} > {to_url}")
        cache = [("Cache-Control", f"max-age={self.max_age}, public")] if self.max_age is not None else []
        return Redirect(relative, headers=cache)


def _inside(path, root):
    try:
        return os.path.commonpath((path, root)) + os.path.sep == root
    except ValueError:
        return False


def _as_immutable_test(test):
    """WHITENOISE_IMMUTABLE_FILE_TEST as a function: itself, or a regex the URL is searched with."""
    if callable(test):
        return test
    pattern = re.compile(test)
    return lambda path, url: bool(pattern.search(url))
