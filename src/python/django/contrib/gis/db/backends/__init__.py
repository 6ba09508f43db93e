"""GeoDjango's database backends. Each first imports the plain backend it extends (so a missing
driver fails first, as in Django), then GDAL, which fails here (see django.contrib.gis.gdal)."""
