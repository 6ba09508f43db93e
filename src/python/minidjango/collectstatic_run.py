"""The `collectstatic` operation inside a laid-out project (see operations/collectstatic.py)."""

import glob
import io
import json
import os
import sys
import time

from minidjango import errors, isolation, limits
from minidjango.project import PROJECT_DIR

#: Every file of the project gets this modification time before the command runs, as the
#: corpus's files all had one: a target in STATIC_ROOT is then "not modified" exactly when the
#: case's files hold it already (2024-01-01 00:00:00 UTC).
PROJECT_FILES_MTIME = 1_704_067_200
#: At most this many paths in `copied` and `sources` (admin alone has 130 files).
MAX_PATHS = 5_000
#: At most this much of one inspected file's text, and of all of them.
MAX_CONTENT = 64 * 1024
MAX_CONTENTS = 1_000_000
MANIFEST_NAME = "staticfiles.json"


def settings_source(settings):
    """mysite/settings.py for a case's `settings`: one line per key; a 2-item list of strings
    inside STATICFILES_DIRS becomes a (prefix, folder) tuple."""
    lines = []
    for name, value in settings.items():
        if name == "STATICFILES_DIRS" and isinstance(value, list):
            value = [tuple(entry) if _is_pair(entry) else entry for entry in value]
        lines.append(f"{name} = {value!r}")
    return "\n".join(lines) + "\n"


def _is_pair(entry):
    return isinstance(entry, list) and len(entry) == 2 and all(isinstance(part, str) for part in entry)


class CollectstaticRun:
    def __init__(self, project, request):
        self.project = project
        self.settings_module = request.get("settings_module") or "mysite.settings"
        self.args = [str(arg) for arg in request.get("args") or []]
        self.inspect = [str(pattern) for pattern in request.get("inspect") or []]
        self.elide = [str(prefix) for prefix in request.get("elide") or []]

    @staticmethod
    def files_of(request):
        files = dict(request["files"])
        if request.get("settings") is not None:
            if not isinstance(request["settings"], dict):
                raise TypeError(f"settings is an object of setting names to values, not {type(request['settings']).__name__}")
            files["mysite/settings.py"] = settings_source(request["settings"])
            files.setdefault("mysite/__init__.py", "")
        return files

    def answer(self):
        for rel in self.project.files:
            os.utime(os.path.join(PROJECT_DIR, rel), (PROJECT_FILES_MTIME, PROJECT_FILES_MTIME))
        out, err = io.StringIO(), io.StringIO()
        streams = sys.stdin, sys.stdout, sys.stderr
        sys.stdin, sys.stdout, sys.stderr = io.StringIO(), out, err
        os.environ["DJANGO_SETTINGS_MODULE"] = self.settings_module
        from django.contrib.staticfiles.management.commands import collectstatic

        collectstatic.last_run = None  # a run that stops before collecting lists no sources
        started = time.perf_counter()
        error, exit_code = None, 0
        try:
            from django.core.management import execute_from_command_line

            execute_from_command_line(["manage.py", "collectstatic", *self.args])
        except SystemExit as exc:
            exit_code = _exit_code(exc.code)
            from django.core.management.base import CommandError

            if isinstance(exc.__context__, CommandError):  # printed by run_from_argv, then sys.exit()
                error = exc.__context__
        except BaseException as exc:  # the reader's code may raise anything
            error, exit_code = exc, 1
        finally:
            sys.stdin, sys.stdout, sys.stderr = streams
        took_ms = (time.perf_counter() - started) * 1000
        command = collectstatic.last_run  # before isolation.end(), which puts the module's globals back
        isolation.end()  # the reader's code has run: put back what it changed
        root = _static_root()
        copied = _files_under(root)
        answer = {
            "error": errors.describe(error, self.project, self.settings_module) if error is not None else None,
            "exit_code": exit_code,
            "output": limits.text(out.getvalue()).splitlines(),
            "stderr": limits.text(err.getvalue()).splitlines(),
            "copied": [],
            "manifest": _manifest(root) if MANIFEST_NAME in copied else None,
        }
        if self.elide:
            elided = {prefix: [path for path in copied if path.startswith(prefix)] for prefix in self.elide}
            answer["copied_elided"] = {prefix: {"count": len(paths), "sample": paths[:5]} for prefix, paths in elided.items()}
            copied = [path for path in copied if not any(path.startswith(prefix) for prefix in self.elide)]
        answer["copied"] = copied[:MAX_PATHS]
        if self.inspect:
            answer["contents"] = _contents(root, self.inspect)
        answer["static_root"] = self.project_path(root) if root else None
        answer["sources"] = self._sources(command)
        answer["ms"] = took_ms
        return answer

    #: Where the project is laid out.
    project_dir = PROJECT_DIR

    def project_path(self, path):
        """`path` relative to the project when it is inside it; else as it is."""
        inside = PROJECT_DIR + "/"
        return path[len(inside):] if path.startswith(inside) else path

    def _sources(self, command):
        """Each file a finder listed, in the order collectstatic met them."""
        if command is None:
            return []
        return [
            {"path": destination, "source": self._origin(storage, path), "finder": finder, "kept": kept}
            for destination, storage, path, kept, finder in command.listed[:MAX_PATHS]
        ]

    def _origin(self, storage, path):
        try:
            full = storage.path(path)
        except Exception:  # a storage without local paths
            return path
        return self.project_path(full) if full.startswith(PROJECT_DIR + "/") else _package_path(full)


def _exit_code(code):
    if code is None:
        return 0
    return code if isinstance(code, int) else 1


def _package_path(full):
    """A file of an installed package, from its package: django/contrib/admin/static/admin/css/base.css."""
    for marker in ("/django/", "/thirdparty/"):
        at = full.find(marker)
        if at >= 0:
            return full[at + 1:] if marker == "/django/" else full[at + len(marker):]
    return full


def _static_root():
    """STATIC_ROOT as an absolute path when the settings name one (and could be read)."""
    try:
        from django.conf import settings

        root = settings.STATIC_ROOT if settings.configured else None
    except Exception:
        return None
    if not root or not isinstance(root, (str, os.PathLike)):
        return None
    return os.path.abspath(os.fspath(root))


def _files_under(root):
    """Every file (or link to one) under `root`, relative, sorted."""
    if not root or not os.path.isdir(root):
        return []
    found = []
    for folder, _dirs, names in os.walk(root):
        # os.walk's folders are root joined to names: the part after root is the relative one.
        inside = folder[len(root):].lstrip(os.sep)
        found.extend(f"{inside}/{name}" if inside else name for name in names)
    return sorted(found)


def _manifest(root):
    try:
        with open(os.path.join(root, MANIFEST_NAME), encoding="utf-8") as manifest:
            return json.load(manifest)
    except (OSError, ValueError):
        return None


def _contents(root, patterns):
    """The text of each file under `root` matching a pattern (glob's rules: * stays in a folder)."""
    found = {}
    if not root or not os.path.isdir(root):
        return found
    budget = MAX_CONTENTS
    for pattern in patterns:
        for rel in sorted(glob.glob(pattern, root_dir=root)):
            full = os.path.join(root, rel)
            if os.path.isfile(full) and rel not in found and budget > 0:
                with open(full, "rb") as data:
                    found[rel.replace(os.sep, "/")] = data.read(min(MAX_CONTENT, budget)).decode("utf-8", "replace")
                budget -= len(found[rel.replace(os.sep, "/")])
    return found
