"""environ.Env, environ.FileAwareEnv and environ.Path (see the package docstring)."""

import json
import logging
import os
import sys
from urllib.parse import urlparse

from django.core.exceptions import ImproperlyConfigured

from environ import _casts, _envfile, _urls

logger = logging.getLogger(__name__)


class NoValue:
    def __repr__(self):
        return f"<{type(self).__name__}>"


_NOTSET = NoValue()


def _reader(cast, name):
    """Env's method for one plain type: env.<name>(var, default=NOTSET)."""

    def read(self, var, default=_NOTSET):
        return self.get_value(var, cast, default)

    read.__name__ = read.__qualname__ = name
    read.__doc__ = f"The variable as {name}."
    return read


class Env:
    """Typed access to os.environ: env("DEBUG"), env.bool("DEBUG", default=False), env.db().

    Env(NAME=cast) or Env(NAME=(cast, default)) gives each variable a cast and a default.
    """

    ENVIRON = os.environ
    NOTSET = _NOTSET
    BOOLEAN_TRUE_STRINGS = _casts.TRUE_WORDS
    URL_CLASS = type(urlparse(""))
    DEFAULT_DATABASE_ENV = "DATABASE_URL"
    DEFAULT_CACHE_ENV = "CACHE_URL"
    DB_SCHEMES = _urls.DATABASE_ENGINES
    CACHE_SCHEMES = _urls.CACHE_BACKENDS

    def __init__(self, **scheme):
        self.scheme = scheme
        self.smart_cast = True
        self.escape_proxy = False
        self.prefix = ""

    def __call__(self, var, cast=None, default=NOTSET, parse_default=False):
        return self.get_value(var, cast=cast, default=default, parse_default=parse_default)

    def __contains__(self, var):
        return f"{self.prefix}{var}" in self.ENVIRON  # the prefix applies here too, as it does to lookups

    # ---- one method a type ----

    def str(self, var, default=NOTSET, multiline=False):
        value = self.get_value(var, str, default)
        if multiline and isinstance(value, str):  # the docs show line breaks only; \t and others stay
            value = value.replace("\\r\\n", "\n").replace("\\n", "\n")
        return value

    def bytes(self, var, default=NOTSET, encoding="utf8"):
        value = self.get_value(var, str, default)
        return value.encode(encoding) if isinstance(value, str) else value

    bool = _reader(bool, "bool")
    int = _reader(int, "int")
    float = _reader(float, "float")
    json = _reader(json.loads, "json")

    def list(self, var, cast=None, default=NOTSET):
        return self.get_value(var, [cast] if cast else list, default)

    def tuple(self, var, cast=None, default=NOTSET):
        return self.get_value(var, (cast,) if cast else tuple, default)

    def dict(self, var, cast=dict, default=NOTSET):
        return self.get_value(var, cast, default)

    def url(self, var, default=NOTSET):
        return self.get_value(var, urlparse, default, parse_default=True)

    def path(self, var, default=NOTSET, **kwargs):
        return Path(self.get_value(var, default=default), **kwargs)

    def db_url(self, var=DEFAULT_DATABASE_ENV, default=NOTSET, engine=None):
        """The DATABASES entry for the URL in var (DATABASE_URL)."""
        return self.db_url_config(self.get_value(var, default=default), engine=engine)

    db = db_url

    def cache_url(self, var=DEFAULT_CACHE_ENV, default=NOTSET, backend=None):
        """The CACHES entry for the URL in var (CACHE_URL)."""
        return self.cache_url_config(self.url(var, default=default), backend=backend)

    cache = cache_url

    @classmethod
    def db_url_config(cls, url, engine=None):
        return _urls.database(url, engine)

    @classmethod
    def cache_url_config(cls, url, backend=None):
        return _urls.cache(url, backend)

    @classmethod
    def parse_value(cls, value, cast):
        return _casts.parse(value, cast, cls.BOOLEAN_TRUE_STRINGS)

    # ---- the lookup ----

    def _scheme_of(self, name):
        """(cast, default) that Env(NAME=...) gave the variable."""
        entry = self.scheme.get(name, None)
        if isinstance(entry, (tuple, list)) and len(entry) == 2:
            return entry[0], entry[1]
        return entry, self.NOTSET

    def _raw(self, name):
        """The variable's text, or NOTSET."""
        return self.ENVIRON.get(name, self.NOTSET)

    def get_value(self, var, cast=None, default=NOTSET, parse_default=False):
        """The variable cast; its default (as given, unless parse_default) when it is unset."""
        name = f"{self.prefix}{var}"
        scheme_cast, scheme_default = self._scheme_of(name)
        cast = cast if cast is not None else scheme_cast
        default = default if default is not self.NOTSET else scheme_default
        if self.smart_cast and cast is None and default is not None and default is not self.NOTSET:
            cast = default.__class__

        value = self._raw(name)
        if value is self.NOTSET:
            if default is self.NOTSET:
                raise ImproperlyConfigured(f"Set the {name} environment variable") from KeyError(name)
            # The docs are silent on casting a default: it is returned as given, unless parse_default.
            if parse_default and default is not None:
                return self.parse_value(default, cast)
            return default
        if isinstance(value, str) and value.startswith("\\$") and self.escape_proxy:
            value = value[1:]
        elif isinstance(value, str) and value.startswith("$"):  # a proxy: the value of another variable
            return self.get_value(value[1:], cast=cast, default=default, parse_default=parse_default)
        if value == "" and default is None:
            return None
        return self.parse_value(value, cast)

    # ---- .env files ----

    @classmethod
    def read_env(cls, env_file=None, overwrite=False, parse_comments=False, encoding="utf8", **overrides):
        """Put a .env file's variables into os.environ (those already set stay, unless overwrite).

        Without env_file, the .env in the folder of the file that calls; keyword arguments are
        more variables, which win over the file's.
        """
        if env_file is None:
            caller = sys._getframe(1).f_code.co_filename
            env_file = os.path.join(os.path.dirname(os.path.abspath(caller)), ".env")
            if not os.path.exists(env_file):
                logger.info("%s doesn't exist - if you're not configuring your environment separately, create one.",
                            env_file)
                return
        try:
            text = cls._text_of(env_file, encoding)
        except OSError:
            logger.info("%s not found - if you're not configuring your environment separately, check this.", env_file)
            return
        found = dict(_envfile.variables(text, parse_comments))
        found.update((key, str(value)) for key, value in overrides.items())  # docs silent: the keywords override
        for key, value in found.items():
            if overwrite or key not in cls.ENVIRON:
                cls.ENVIRON[key] = value

    @staticmethod
    def _text_of(env_file, encoding):
        if isinstance(env_file, (str, os.PathLike)):
            with open(env_file, encoding=encoding) as file:
                return file.read()
        with env_file as stream:  # an open file
            return stream.read()


class FileAwareEnv(Env):
    """An Env that reads NAME from the file NAME_FILE names, when that is set (Docker secrets)."""

    def _raw(self, name):
        path = self.ENVIRON.get(f"{name}_FILE")
        if path is None:
            return super()._raw(name)
        with open(path) as file:
            return file.read()  # the file's contents exactly (the docs say nothing of a final newline)


class Path:
    """A folder as a callable: root = environ.Path(__file__) - 2; root("static") is a path in it.

    `- n` goes n levels up (a file counts as one), `~` one level, `+ "sub"` down; str(), os.fspath()
    and comparisons use the absolute path. required=True raises ImproperlyConfigured when it is missing.
    """

    def __init__(self, start="", *paths, **kwargs):
        if kwargs.get("is_file"):
            start = os.path.dirname(start)
        self._root = self._join(start, *paths, **kwargs)

    @staticmethod
    def _join(base, *paths, **kwargs):
        joined = os.path.abspath(os.path.join(os.fspath(base), *map(os.fspath, paths)))
        if kwargs.get("required") and not os.path.exists(joined):
            raise ImproperlyConfigured(f"Create required path: {joined}")
        return joined

    @property
    def root(self):
        return self._root

    def __call__(self, *paths, **kwargs):
        return self._join(self._root, *paths, **kwargs)

    def path(self, *paths, **kwargs):
        return Path(self._root, *paths, **kwargs)

    def file(self, name, *args, **kwargs):
        return open(self(name), *args, **kwargs)

    def __add__(self, other):
        return Path(self._root, other)

    def __sub__(self, other):
        if isinstance(other, int):
            return Path(self._root, *[os.pardir] * other)
        # Minus a string takes that string off the end (the docs only show minus a number).
        suffix = os.fspath(other) if isinstance(other, (str, Path)) else None
        if suffix is not None and self._root.endswith(suffix):
            return Path(self._root[:len(self._root) - len(suffix)] or os.sep)
        raise TypeError(f"unsupported operand type(s) for -: {type(self).__name__!r} and {type(other).__name__!r}")

    def __invert__(self):
        return self.path(os.pardir)

    def __contains__(self, item):
        inner = os.fspath(item)
        return inner == self._root or inner.startswith(os.path.join(self._root, ""))

    def __eq__(self, other):
        return self._root == (other._root if isinstance(other, Path) else other)

    def __ne__(self, other):
        return not self == other

    def __hash__(self):
        return hash(self._root)

    def __fspath__(self):
        return self._root

    def __str__(self):
        return self._root

    def __repr__(self):
        return f"<Path:{self._root}>"

    def __getitem__(self, index):
        return self._root[index]

    def find(self, *args):
        return self._root.find(*args)

    def rfind(self, *args):
        return self._root.rfind(*args)


__all__ = ["Env", "FileAwareEnv", "Path", "NoValue"]
