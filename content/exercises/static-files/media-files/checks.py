import os

from minidjango.exercises import goal
from minidjango.project import PROJECT_DIR


def folder(value):
    return os.path.normpath(os.fspath(value)) if isinstance(value, (str, os.PathLike)) and os.fspath(value) else None


def inside(path, parent):
    return path == parent or path.startswith(parent.rstrip("/") + "/")


@goal("MEDIA_URL is a URL of its own: it ends with a slash and is neither STATIC_URL nor inside it (no urls.E006)")
def media_url(run):
    if run.error is not None or run.has("urls.E006"):
        return False
    media, static = run.setting("MEDIA_URL"), run.setting("STATIC_URL")
    return isinstance(media, str) and media.endswith("/") and media != static and not media.startswith(static)


@goal("MEDIA_ROOT is an absolute folder that neither is, contains nor sits inside STATIC_ROOT or a STATICFILES_DIRS folder")
def media_root_apart(run):
    if run.error is not None:
        return False
    media = folder(run.setting("MEDIA_ROOT"))
    if media is None or not os.path.isabs(media):
        return False
    others = [folder(run.setting("STATIC_ROOT"))] + [folder(entry[1] if isinstance(entry, (list, tuple)) else entry) for entry in run.setting("STATICFILES_DIRS")]
    return not any(other and (inside(media, other) or inside(other, media)) for other in others)


@goal("MEDIA_ROOT is the folder DJANGO_MEDIA_ROOT names, outside the project's code, which every deploy replaces")
def media_root_from_environment(run):
    if run.error is not None:
        return False
    media = folder(run.setting("MEDIA_ROOT"))
    return media == os.path.normpath(run.env["DJANGO_MEDIA_ROOT"]) and not inside(media, os.path.normpath(PROJECT_DIR))


@goal('Uploads have a storage: STORAGES["default"] is FileSystemStorage, which saves under MEDIA_ROOT, and "staticfiles" is kept')
def default_storage(run):
    if run.error is not None or run.has("staticfiles.E005"):
        return False
    storages = run.setting("STORAGES")
    default = storages.get("default") if isinstance(storages, dict) else None
    return (
        isinstance(default, dict)
        and default.get("BACKEND") == "django.core.files.storage.FileSystemStorage"
        and not (default.get("OPTIONS") or {}).get("location")
        and isinstance(storages.get("staticfiles"), dict)
    )
