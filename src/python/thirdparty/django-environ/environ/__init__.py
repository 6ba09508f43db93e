"""django-environ, as much of it as a settings file uses.

Written for the course's engine from django-environ's documentation (0.12): `env = environ.Env(
DEBUG=(bool, False))`, `env("X")`, `env.str/bool/int/float/list/tuple/dict/json/url/path/bytes`,
`env.db()` / `env.cache()` turning a URL into Django's DATABASES / CACHES entry,
`environ.Env.read_env()` (the .env beside the calling file, or a given path; variables already set
win unless overwrite=True), ImproperlyConfigured("Set the X environment variable") for a missing
variable without a default, environ.FileAwareEnv and environ.Path.
"""

from environ.environ import Env, FileAwareEnv, NoValue, Path

__all__ = ["Env", "FileAwareEnv", "Path", "NoValue"]
__version__ = "0.12.0"
