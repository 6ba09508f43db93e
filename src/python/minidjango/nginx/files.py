"""The files an nginx configuration may read: the reader's, under the prefix they give.

nginx names every file by its absolute path: `include` and the TLS files are relative to the
directory of the main configuration file, log files to the prefix (`-p`). A file given with a
relative key lives under the prefix. Directories exist when a file is under them, and a few
every Debian machine with nginx has (/var/log/nginx, /tmp, ...) exist too.
"""

import fnmatch
import posixpath

from minidjango.nginx import debian
from minidjango.nginx.lexer import tokenize

#: Directories every machine that runs nginx has, where logs and sockets usually go.
SYSTEM_DIRS = ("/", "/bin", "/boot", "/dev", "/etc", "/etc/nginx", "/home", "/lib", "/media", "/mnt", "/opt", "/proc",
               "/root", "/run", "/sbin", "/srv", "/sys", "/tmp", "/usr", "/usr/bin", "/usr/lib", "/usr/local",
               "/usr/local/bin", "/usr/local/lib", "/usr/local/share", "/usr/sbin", "/usr/share", "/var", "/var/cache",
               "/var/lib", "/var/lib/nginx", "/var/lib/nginx/body", "/var/lib/nginx/proxy", "/var/lib/nginx/fastcgi",
               "/var/lib/nginx/uwsgi", "/var/lib/nginx/scgi", "/var/local", "/var/lock", "/var/log", "/var/log/nginx",
               "/var/mail", "/var/opt", "/var/run", "/var/spool", "/var/tmp", "/var/www", "/var/www/html")
SYSTEM_FILES = ("/dev/null", "/dev/stderr", "/dev/stdout")
GLOB_CHARS = frozenset("*?[")


class Source:
    """One file: its text, cut into directives once however often it is included."""

    def __init__(self, path, key, text):
        self.path = path  # as nginx names it
        self.key = key  # as the request named it
        self.text = text
        self._tokens = None

    @property
    def directives(self):
        """[(words, end)]: see lexer.tokenize."""
        if self._tokens is None:
            self._tokens = tokenize(self.text)
        return self._tokens[0]

    @property
    def lines(self):
        self.directives
        return self._tokens[1]


_DEBIAN = None


def _debian():
    """(Debian's files as Sources, the directories every machine has with theirs)."""
    global _DEBIAN
    if _DEBIAN is None:
        sources = {path: Source(path, None, text) for path, text in debian.files().items()}
        dirs = set(SYSTEM_DIRS) | set(debian.DIRS)
        _add_parents(dirs, sources)
        _DEBIAN = sources, frozenset(dirs)
    return _DEBIAN


def _add_parents(dirs, paths):
    for path in paths:
        parent = posixpath.dirname(path)
        while parent not in dirs:
            dirs.add(parent)
            parent = posixpath.dirname(parent)


class FileSystem:
    """The machine's files: Debian's nginx package (debian.py), then the reader's over them."""

    def __init__(self, files, prefix, conf, extra_dirs=()):
        self.prefix = _as_dir(prefix)
        debian_sources, machine_dirs = _debian()
        self.sources = dict(debian_sources)
        for key, text in (files or {}).items():
            path = self.full_path(key, self.prefix)
            self.sources[path] = Source(path, key, text)
        self.conf_path = self.full_path(conf, self.prefix)
        self.conf_prefix = _as_dir(posixpath.dirname(self.conf_path))
        self.dirs = set(machine_dirs)
        self.dirs.update((self.prefix.rstrip("/") or "/", self.prefix + "logs"))
        self.dirs.update(_as_dir(d).rstrip("/") for d in extra_dirs)
        _add_parents(self.dirs, self.sources.keys() - debian_sources.keys())

    @staticmethod
    def full_path(name, base):
        """nginx's ngx_conf_full_name: absolute names stay, others go under `base`."""
        if name.startswith("/"):
            return name
        return base + name

    def source(self, path):
        return self.sources.get(path)

    def is_file(self, path):
        return path in self.sources or path in SYSTEM_FILES

    def is_dir(self, path):
        return path.rstrip("/") in self.dirs or path == "/"

    def can_create(self, path):
        """Whether a file could be opened for writing there (its directory exists)."""
        if self.is_dir(path):
            return False
        return self.is_dir(posixpath.dirname(path) or "/")

    def glob(self, pattern):
        """Paths matching a glob(3) pattern, sorted; `*` does not match a leading dot."""
        parts = pattern.split("/")
        found = [p for p in self._entries() if _matches(p.split("/"), parts)]
        return sorted(found, key=lambda p: p.encode("utf-8", "surrogatepass"))

    def _entries(self):
        return list(self.sources) + sorted(self.dirs)


def _matches(path_parts, pattern_parts):
    if len(path_parts) != len(pattern_parts):
        return False
    for name, pattern in zip(path_parts, pattern_parts):
        if name.startswith(".") and not pattern.startswith(".") and GLOB_CHARS & set(pattern):
            return False
        if not fnmatch.fnmatchcase(name, pattern):
            return False
    return True


def has_glob(name):
    return bool(GLOB_CHARS & set(name))


def _as_dir(path):
    path = path or "/"
    return path if path.endswith("/") else path + "/"
