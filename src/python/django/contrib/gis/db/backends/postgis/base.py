from django.db.backends.postgresql.base import DatabaseWrapper  # noqa: F401
import django.contrib.gis.gdal  # noqa: E402, F401  (fails: no GDAL library)
