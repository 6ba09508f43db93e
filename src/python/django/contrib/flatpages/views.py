"""The flat page view: the FlatPage whose url is the request's path, rendered.

Flat pages live in the database, which the course's mini Django does not have: every URL is
one without a flat page (404), as in an empty database. Like Django's, this module needs
FlatPage, so flatpages (and sites) installed: `flatpage` is given out through __getattr__,
which makes the model first (in every process, see django.contrib._models)."""

from django.contrib._models import needing_models
from django.http import Http404


def _flatpage(request, url):
    """Public interface to the flat page view."""
    raise Http404("No FlatPage matches the given query.")


_flatpage.__name__ = _flatpage.__qualname__ = "flatpage"

__getattr__ = needing_models(__name__, ["django.contrib.flatpages.models.FlatPage"], flatpage=lambda: _flatpage)
