"""WhiteNoise, as far as a settings file and a wsgi.py name it: its modules import, nothing is served.

Written for the course's engine from WhiteNoise's documentation (6.x). Settings name it by dotted
paths ("whitenoise.middleware.WhiteNoiseMiddleware" in MIDDLEWARE,
"whitenoise.storage.CompressedManifestStaticFilesStorage" in STORAGES,
"whitenoise.runserver_nostatic" in INSTALLED_APPS); a wsgi.py may wrap its application in
WhiteNoise(application, root=..., prefix=...). Serving files is not done here yet.
"""

from whitenoise.base import WhiteNoise

__all__ = ("WhiteNoise",)
__version__ = "6.12.0"
