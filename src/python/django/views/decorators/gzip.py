"""gzip_page: GZipMiddleware for one view (django.views.decorators.gzip)."""

from django.middleware.gzip import GZipMiddleware
from django.utils.decorators import decorator_from_middleware

gzip_page = decorator_from_middleware(GZipMiddleware)
gzip_page.__doc__ = "Compress the view's responses with gzip when the client accepts it."
