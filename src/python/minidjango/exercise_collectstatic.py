"""`run.collectstatic(args)` for an exercise's goals: the reader's project collected, as the
collectstatic operation does it, and what STATIC_ROOT holds afterwards."""

import os

from minidjango import isolation
from minidjango.collectstatic_run import CollectstaticRun


class Collected:
    """What one collectstatic left: `exit_code`, `error` (the corpus's Error, or None), `output`
    and `stderr` (lines), `copied` (every file under STATIC_ROOT, sorted), `manifest` (the parsed
    staticfiles.json, or None), `sources` (each file a finder listed: path, source, finder,
    kept), and text(path), source_of(path), shadowed()."""

    def __init__(self, answer, static_root):
        self.exit_code = answer["exit_code"]
        self.error = answer["error"]
        self.output = answer["output"]
        self.stderr = answer["stderr"]
        self.copied = answer["copied"]
        self.manifest = answer["manifest"]
        self.sources = answer["sources"]
        self._root = static_root

    @property
    def ok(self):
        """The command finished (exit code 0, nothing raised)."""
        return self.exit_code == 0 and self.error is None

    def text(self, path):
        """The text of the collected file STATIC_ROOT/path, or None when there is none."""
        if not self._root or path not in self.copied:
            return None
        with open(os.path.join(self._root, path), "rb") as collected:
            return collected.read().decode("utf-8", "replace")

    def source_of(self, path):
        """Where the file collected as `path` came from (project-relative), or None."""
        return next((entry["source"] for entry in self.sources if entry["path"] == path and entry["kept"]), None)

    def shadowed(self):
        """The files a finder listed that an earlier file with the same destination hid."""
        return [entry for entry in self.sources if not entry["kept"]]

    def __repr__(self):
        return f"<Collected exit_code={self.exit_code} copied={len(self.copied)} output={self.output[-1:]!r}>"


def collect(project, settings_module, args):
    """Run collectstatic ARGS in the exercise's project, as laid out for this run (STATIC_ROOT
    holds what the exercise's files put there; a second call in a run sees what the first
    left), and return a Collected."""
    isolation.begin()  # the reader's code runs again: what it changes is put back after
    run = CollectstaticRun(project, {"settings_module": settings_module, "args": list(args)})
    answer = run.answer()
    root = answer["static_root"]
    full_root = None if root is None else root if os.path.isabs(root) else os.path.join(run.project_dir, root)
    return Collected(answer, full_root)
