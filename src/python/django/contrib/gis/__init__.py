"""GeoDjango, as far as settings reach it: the app can be installed, and its database backends
load as Django's do on a machine without the GDAL library (the course's environment has none)."""
