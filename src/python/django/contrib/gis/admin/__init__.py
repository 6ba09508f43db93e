"""GeoDjango's admin (GISModelAdmin, its map widgets): Django's imports GDAL, so the admin's
autodiscovery fails here (no GDAL library) as it does on a server without one."""

import django.contrib.gis.gdal  # noqa: F401
