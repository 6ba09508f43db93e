"""serve(): the development-only view that django.conf.urls.static.static() mounts, sending the
files under document_root (and, with show_indexes, a list of a folder's files).

Only for development (static() adds it only when DEBUG is on): it is slow, and has none of the
care a web server or WhiteNoise takes."""

import html
import mimetypes
import os
import posixpath
from pathlib import Path
from urllib.parse import quote

from django.core import exceptions as _core_exceptions
from django.http import FileResponse, Http404, HttpResponse, HttpResponseNotModified
from django.template import TemplateDoesNotExist, loader
from django.utils.http import http_date, parse_http_date_safe

# django.core.exceptions.SuspiciousFileOperation; a stand-in while that module lacks it.
SuspiciousFileOperation = getattr(_core_exceptions, "SuspiciousFileOperation", None) or type(
    "SuspiciousFileOperation", (_core_exceptions.SuspiciousOperation,), {}
)


def serve(request, path, document_root=None, show_indexes=False):
    """The file at `path` under `document_root` (404 if missing; never a file outside it).

        path("media/<path:path>", serve, {"document_root": settings.MEDIA_ROOT})
    """
    relative = posixpath.normpath(path).lstrip("/")
    target = Path(_inside(document_root, relative))
    if target.is_dir() and show_indexes:
        return directory_index(relative, target)
    if target.is_dir():
        raise Http404("Directory indexes are not allowed here.")
    if not target.exists():
        raise Http404("“%(path)s” does not exist" % {"path": target})
    modified = target.stat().st_mtime
    if not was_modified_since(request.META.get("HTTP_IF_MODIFIED_SINCE"), modified):
        return HttpResponseNotModified()
    guessed_type, compression = mimetypes.guess_type(str(target))
    sent = FileResponse(target.open("rb"), content_type=guessed_type or "application/octet-stream")
    sent["Last-Modified"] = http_date(modified)
    if compression:
        sent["Content-Encoding"] = compression
    return sent


def _inside(base, relative):
    """The absolute path of `relative` under `base`; SuspiciousFileOperation if it leaves `base`
    (as django.utils._os.safe_join refuses it)."""
    root = os.path.abspath(base)
    target = os.path.abspath(os.path.join(base, relative))
    leaves_root = target != root and not target.startswith(root + os.sep)
    if leaves_root and os.path.dirname(root) != root:  # (nothing is outside '/')
        raise SuspiciousFileOperation(f"The joined path ({target}) is located outside of the base path component ({root})")
    return target


def directory_index(path, fullpath):
    """The list of a folder's files (hidden ones left out), from static/directory_index.html if
    the project has one, else Django's page."""
    files = [entry.name + ("/" if entry.is_dir() else "") for entry in fullpath.iterdir() if not entry.name.startswith(".")]
    directory = path + "/"
    try:
        project_template = loader.select_template(["static/directory_index.html", "static/directory_index"])
    except TemplateDoesNotExist:
        return HttpResponse(_builtin_index(directory, files))
    return HttpResponse(project_template.render({"directory": directory, "file_list": files}))


def _builtin_index(directory, files):
    """Django's own directory_index.html, rendered: its whitespace included."""
    title = html.escape(f"Index of {directory}")
    row = '\n      <li><a href="{}">{}</a></li>\n      '
    parent = row.format("../", "../") if directory != "/" else ""
    rows = "".join(row.format(html.escape(quote(name)), html.escape(name)) for name in files)
    return (
        '\n<!DOCTYPE html>\n<html lang="en">\n  <head>\n'
        '    <meta http-equiv="Content-type" content="text/html; charset=utf-8">\n'
        '    <meta http-equiv="Content-Language" content="en-us">\n'
        '    <meta name="robots" content="NONE,NOARCHIVE">\n'
        f"    <title>{title}</title>\n  </head>\n  <body>\n    <h1>{title}</h1>\n"
        f"    <ul>\n      {parent}\n      {rows}\n    </ul>\n  </body>\n</html>\n"
    )


def was_modified_since(header=None, mtime=0):
    """Whether a file last modified at `mtime` changed since the If-Modified-Since date `header`
    (True when there is no header, or one that cannot be read)."""
    since = parse_http_date_safe(header) if header is not None else None
    return since is None or int(mtime) > since
