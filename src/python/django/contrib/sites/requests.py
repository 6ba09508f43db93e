"""A Site made from a request (its host), for when django.contrib.sites is not installed."""


class RequestSite:
    """A Site's `domain` and `name`, both the request's host; it cannot be saved or deleted."""

    def __init__(self, request):
        self.domain = self.name = request.get_host()

    def __str__(self):
        return self.domain

    def save(self, force_insert=False, force_update=False):
        raise NotImplementedError("RequestSite cannot be saved.")

    def delete(self):
        raise NotImplementedError("RequestSite cannot be deleted.")
