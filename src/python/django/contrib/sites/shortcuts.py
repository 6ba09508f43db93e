"""get_current_site(request): the Site a request is for.

With django.contrib.sites installed Django reads it from the database (SITE_ID, or the
request's host); the course's mini Django has no database, so the request's host stands in
either way, as a RequestSite."""

from .requests import RequestSite


def get_current_site(request):
    return RequestSite(request)
