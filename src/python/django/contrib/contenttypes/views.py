"""The admin's "view on site" redirect: /admin/r/<content type>/<object>/ sends the browser to
the object's page on the site. Content types live in the database, which the course's mini
Django does not have, so every object is one that does not exist.

Like Django's, this module needs ContentType, so its app installed: `shortcut` is given out
through __getattr__, which makes the model first (in every process, see django.contrib._models)."""

from django.contrib._models import needing_models
from django.http import Http404


def _shortcut(request, content_type_id, object_id):
    """Redirect to an object's get_absolute_url()."""
    raise Http404(
        "Content type %(ct_id)s object %(obj_id)s doesn't exist" % {"ct_id": content_type_id, "obj_id": object_id}
    )


_shortcut.__name__ = _shortcut.__qualname__ = "shortcut"

__getattr__ = needing_models(__name__, ["django.contrib.contenttypes.models.ContentType"], shortcut=lambda: _shortcut)
