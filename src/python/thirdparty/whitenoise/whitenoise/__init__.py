"""WhiteNoise, written for the course's engine from WhiteNoise's documentation (6.x): it serves
static files, as a WSGI wrapper (a wsgi.py's WhiteNoise(application, root=..., prefix=...)) or
as Django middleware ("whitenoise.middleware.WhiteNoiseMiddleware" in MIDDLEWARE, serving
STATIC_ROOT). Settings also name "whitenoise.storage.CompressedManifestStaticFilesStorage" in
STORAGES and "whitenoise.runserver_nostatic" in INSTALLED_APPS; those import (the storage
compresses nothing here).
"""

from whitenoise.base import WhiteNoise

__all__ = ("WhiteNoise",)
__version__ = "6.12.0"
