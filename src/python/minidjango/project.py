"""A reader's project, laid out on Pyodide's in-memory filesystem and imported as Python would.

Django's behaviour depends on real files (STATICFILES_DIRS must exist, settings may read a
secret_key.txt, a package needs its __init__.py), so the project's files are written into one
directory that is the first entry of sys.path and the working directory, exactly as
`manage.py` sees a project. Between runs everything the previous project left behind is taken
away: its modules, its environment, the state of Django, and the files it wrote: the standard
library, the engine and the devices are read-only (src/engine/filesystem.ts), and each run finds
the rest of the filesystem (/tmp, /home, the folders a cache or MEDIA_ROOT made, such as
/var/cache/...) as the engine found it at start-up. Only the packages a run declares installed
stay loaded, as their code left them, for the next run that installs the same ones.
"""

import base64
import contextlib
import os
import shutil
import sys

from minidjango import isolation, project_loader

#: Where a project lives. Messages that show absolute paths show this one.
PROJECT_DIR = "/home/learner/project"
isolation.readers_folder(PROJECT_DIR)

#: Folders holding packages a run may declare installed (python-dotenv, django-environ, WhiteNoise).
THIRD_PARTY_DIR = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "thirdparty")
#: The database drivers of Django's PostgreSQL and MySQL backends (psycopg, MySQLdb): installed
#: wherever a project is checked, so always importable, as in the cases' environment.
DRIVERS_DIR = os.path.join(THIRD_PARTY_DIR, "database-drivers")


class Project:
    """One run's project: its files, its environment and the third-party packages it may import."""

    def __init__(self, files, env=None, installed=()):
        self.files = {normalize_path(path): file_content(content) for path, content in files.items()}
        self.env = dict(env or {})
        self.installed = frozenset(installed)

    def relative(self, filename):
        """The project-relative path of a filename, or None when it is not one of the project's files."""
        if not filename:
            return None
        prefix = PROJECT_DIR + "/"
        if filename.startswith(prefix):
            rel = filename[len(prefix):]
            if rel in self.files:
                return rel
        return None

    def source(self, rel_path):
        text = self.files.get(rel_path)
        return text.decode("utf-8", "replace") if isinstance(text, bytes) else text

    def sys_path(self):
        """sys.path as the project's server has it: the project first, then the packages installed
        (the database drivers always)."""
        return [PROJECT_DIR, *isolation.BASE_SYS_PATH, DRIVERS_DIR] + [
            os.path.join(THIRD_PARTY_DIR, name) for name in sorted(self.installed)
            if os.path.isdir(os.path.join(THIRD_PARTY_DIR, name))
        ]

    def __enter__(self):
        isolation.begin()
        if not _last_run["cleaned_up"] or self.installed != _last_run["installed"] or self._shadows_a_package():
            # Everything of the last project goes, the packages it had installed with it.
            isolation.forget(forget_project_modules())
        _last_run["cleaned_up"] = False
        _last_run["installed"] = self.installed
        self._modules_before = frozenset(sys.modules)
        _reset_scratch()
        tree_changed = _write_tree(self.files)
        os.chdir(PROJECT_DIR)
        os.environ.clear()
        os.environ.update(self.env)
        sys.path[:] = self.sys_path()
        if tree_changed:  # the import system's directory listings are stale only when files came or went
            _forget_project_listings()
        from minidjango import django_state
        django_state.reset()
        return self

    def _shadows_a_package(self):
        """Whether a file of the project has the name of an installed package still loaded
        (the project comes first on sys.path: its module must be the one imported)."""
        names = {path.partition("/")[0].removesuffix(".py") for path in self.files}
        return any(_is_from(sys.modules.get(name), (THIRD_PARTY_DIR + "/",)) for name in names)

    def __exit__(self, *exc):
        try:
            _clean_up(self._modules_before)
        except KeyboardInterrupt:  # the time limit landed just as the run ended: finish cleaning up
            _clean_up(self._modules_before)
        return False


#: Whether the last run's modules were forgotten (if not, the next run looks at every module),
#: and the third-party packages it had installed.
_last_run = {"cleaned_up": False, "installed": None}


def _clean_up(modules_before):
    isolation.end()  # first: the reader may have replaced os.environ itself
    os.environ.clear()
    # Only modules the run imported can be the project's: looking at these few is much faster.
    new = list(sys.modules.keys() - modules_before)
    # What stays is part of every later run: the standard library, and the installed packages'
    # modules (their files never change) until a run installs another set; unless this run,
    # which imported them, also changed one of them.
    changed = any(project_loader.changed_since_loaded(sys.modules[name]) for name in new if name in sys.modules)
    forget_project_modules(new, third_party=changed)
    isolation.adopt_new_modules(new)
    _last_run["cleaned_up"] = True


def file_content(content):
    """A file's text, or its exact bytes when given as {"base64": ...} (a student's file as it is)."""
    if isinstance(content, dict) and isinstance(content.get("base64"), str):
        return base64.b64decode(content["base64"], validate=True)
    if not isinstance(content, str):
        raise TypeError(f"A file is a string or {{'base64': ...}}, not {type(content).__name__}")
    return content


def normalize_path(path):
    path = path.replace("\\", "/").lstrip("/")
    parts = [part for part in path.split("/") if part not in ("", ".")]
    if not parts or ".." in parts:
        raise ValueError(f"A project file path must stay inside the project: {path!r}")
    return "/".join(parts)


def _forget_project_listings():
    """What importlib.invalidate_caches() does, for the project's folders only: the rest never
    changes (/lib and /opt are read-only), and invalidating the stdlib's zip would make the next
    import of a module found after it (an installed package) read its table of 600 entries
    again, and in the browser download the zip for it (src/engine/stdlib-later.ts)."""
    for path, finder in list(sys.path_importer_cache.items()):
        if project_loader.in_folder(path, PROJECT_DIR):
            if finder is None:
                del sys.path_importer_cache[path]
            else:
                finder.invalidate_caches()


def _write_tree(files):
    """Make PROJECT_DIR hold exactly `files`: unchanged files are left alone, the rest rewritten.

    Returns whether a file or folder came or went (not just changed). The last run's files are
    remembered, so an unchanged file costs one stat; what the reader's code created (a cache
    folder, a log file) is found by walking the tree, which is a few stat calls.
    """
    wanted_dirs = {PROJECT_DIR}
    for rel in files:
        parent = os.path.dirname(os.path.join(PROJECT_DIR, rel))
        while parent not in wanted_dirs and parent.startswith(PROJECT_DIR):
            wanted_dirs.add(parent)
            parent = os.path.dirname(parent)
    changed = False
    left_as_they_were = _folders_as_left(wanted_dirs)
    for rel in [rel for rel in _written_last_run if rel not in files]:  # the last run's, gone from this one
        del _written_last_run[rel]
        try:
            os.remove(os.path.join(PROJECT_DIR, rel))
            changed = True
        except OSError:
            pass
    if os.path.isdir(PROJECT_DIR) and not left_as_they_were:
        for root, dirs, names in os.walk(PROJECT_DIR, topdown=False):
            for name in names:
                full = os.path.join(root, name)
                if full[len(PROJECT_DIR) + 1:] not in files:
                    os.remove(full)
                    changed = True
            for name in dirs:
                full = os.path.join(root, name)
                if full not in wanted_dirs:
                    shutil.rmtree(full, ignore_errors=True)
                    changed = True
    for directory in sorted(wanted_dirs):
        if not os.path.isdir(directory):
            os.makedirs(directory, exist_ok=True)
            changed = True
    written = _written_last_run
    for rel, content in files.items():
        full = os.path.join(PROJECT_DIR, rel)
        data = content if isinstance(content, bytes) else content.encode("utf-8", "surrogatepass")
        try:
            size = os.stat(full).st_size
        except OSError:
            changed = True
        else:
            # The reader's code may have rewritten a file: trust the memory only if the size agrees.
            if written.get(rel) == data and size == len(data):
                continue
        with open(full, "wb") as out:
            out.write(data)
        written[rel] = data
    project_loader.ProjectSourceLoader.written = {os.path.join(PROJECT_DIR, rel): data for rel, data in written.items()}
    _folder_stamps.clear()
    _folder_stamps.update(_stamps(wanted_dirs))
    return changed


#: What a run cannot write (src/engine/filesystem.ts makes them read-only once the engine has started).
READ_ONLY_DIRS = ("/lib", "/opt", "/dev", "/proc")
#: What the rest of the filesystem held when the engine started: path -> a folder's mode (None for a file).
_scratch_baseline = {}
#: The folders the project lives in (made by the first run, kept by all).
_PROJECT_PARENTS = {os.path.dirname(PROJECT_DIR), os.path.dirname(os.path.dirname(PROJECT_DIR))}


def _scratch_tree():
    """Every file and folder a run may write, the project's own excepted: path -> mode (None for a file)."""
    found = {}
    skipped = (PROJECT_DIR, *READ_ONLY_DIRS)
    for root, dirs, names in os.walk("/"):
        dirs[:] = [d for d in dirs if os.path.join(root, d) not in skipped]
        for name in dirs:
            full = os.path.join(root, name)
            found[full] = None if os.path.islink(full) else os.lstat(full).st_mode
        for name in names:
            found[os.path.join(root, name)] = None
    return found


def _reset_scratch():
    """The writable filesystem as the engine found it: what a run wrote is gone by the next."""
    if _scratch_baseline and _folders_unchanged_since(_scratch_stamps):
        return
    found = _scratch_tree()
    if not _scratch_baseline:
        _scratch_baseline.update(found)
        _scratch_stamps.update(_stamps(_scratch_folders()))
        return
    put_back = False
    for path in sorted(found.keys() - _scratch_baseline.keys() - _PROJECT_PARENTS, reverse=True):  # inside first
        put_back = True
        try:
            if os.path.isdir(path) and not os.path.islink(path):
                shutil.rmtree(path, ignore_errors=True)
            else:
                os.remove(path)
        except OSError:
            pass
    for path, mode in _scratch_baseline.items():
        if mode is not None and found.get(path, mode) != mode:  # a folder a run made unusable (chmod 000)
            put_back = True
            os.chmod(path, mode)
        elif mode is not None and path not in found:
            put_back = True
            os.makedirs(path, exist_ok=True)
    _scratch_stamps.clear()
    if not put_back:
        # Only stamps of folders this function did not just change: a folder's time has a
        # millisecond's grain, and a run writing in the same millisecond would go unseen.
        _scratch_stamps.update(_stamps(_scratch_folders()))


#: Each folder a run may write in, with its modification time and mode (see _stamps) when the
#: writable filesystem was last found as the engine found it.
_scratch_stamps = {}


def _scratch_folders():
    return ["/", *_PROJECT_PARENTS, *(path for path, mode in _scratch_baseline.items() if mode is not None)]


def _stamps(folders):
    """folder -> (modification time, mode): while a folder's stamp stays, no entry came into it
    or left it (either changes its time), and it was not made unusable (chmod)."""
    found = {}
    for folder in folders:
        try:
            info = os.lstat(folder)
        except OSError:
            continue
        found[folder] = (info.st_mtime_ns, info.st_mode)
    return found


def _folders_unchanged_since(stamps):
    return bool(stamps) and _stamps(stamps) == stamps


#: What the last run wrote (path -> bytes), so unchanged files are not read back to compare.
_written_last_run = {}
#: Each project folder's modification time and mode when the last run's files were in place.
_folder_stamps = {}


def _folders_as_left(wanted_dirs):
    """Whether the project's folders are exactly the ones the last run left, with nothing
    created or deleted in them since (a folder's mtime changes when an entry comes or goes)."""
    return set(_folder_stamps) == wanted_dirs and _folders_unchanged_since(_folder_stamps)


project_loader.install(PROJECT_DIR, THIRD_PARTY_DIR)


def _search_locations(spec):
    """A package's folders. A namespace package's are recomputed from its parent package, which
    may be forgotten already (blog/templatetags/ without __init__.py): then its last known ones."""
    locations = getattr(spec, "submodule_search_locations", None) if spec else None
    try:
        return list(locations or [])
    except KeyError:
        return list(getattr(locations, "_path", []))


@contextlib.contextmanager
def files_hidden(paths):
    """The project's files `paths` (e.g. [".env"]) absent while the block runs, as on a server
    they were never copied to; back afterwards."""
    hidden = []
    try:
        for path in paths:
            full = os.path.join(PROJECT_DIR, path)
            if os.path.exists(full):
                os.rename(full, full + ".hidden")
                hidden.append(full)
        yield
    finally:
        for full in hidden:
            os.rename(full + ".hidden", full)


def forget_project_modules(names=None, *, third_party=True):
    """Drop every module (of `names`, if given) imported from the project, or from a third-party
    folder unless `third_party` is false. Returns the names dropped."""
    roots = (PROJECT_DIR + "/", THIRD_PARTY_DIR + "/") if third_party else (PROJECT_DIR + "/",)
    modules = list(sys.modules.items()) if names is None else [(n, sys.modules.get(n)) for n in names if n in sys.modules]
    dropped = [name for name, module in modules if module is None or _is_from(module, roots)]
    for name in dropped:
        del sys.modules[name]
    return dropped


def _is_from(module, roots):
    """Whether a module was loaded from a folder under one of `roots`."""
    if module is None:
        return False
    spec = getattr(module, "__spec__", None)
    origin = getattr(module, "__file__", None) or (spec.origin if spec else None)
    return any(isinstance(p, str) and p.startswith(roots) for p in [origin, *_search_locations(spec)])
