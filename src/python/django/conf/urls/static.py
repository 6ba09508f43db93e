import re
from urllib.parse import urlsplit

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.urls import re_path
from django.views.static import serve


def static(prefix, view=serve, **kwargs):
    """The URL pattern that serves files under `prefix` in development:

        urlpatterns = [...] + static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

    Nothing (an empty list) unless DEBUG is on and the prefix is a local path (not
    'https://cdn.example.com/...'); extra keyword arguments go to the view.
    """
    if not prefix:
        raise ImproperlyConfigured("Empty static prefix not permitted")
    if settings.DEBUG and not urlsplit(prefix).netloc:
        local = re.escape(prefix.lstrip("/"))
        return [re_path(r"^%s(?P<path>.*)$" % local, view, kwargs=kwargs)]
    return []
