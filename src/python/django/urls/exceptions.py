from django.http import Http404


class Resolver404(Http404):
    """resolve() found no pattern for the path; args[0] is {"path": ..., "tried": [...]}."""


class NoReverseMatch(Exception):
    """reverse() found no pattern that the name and arguments fit."""
