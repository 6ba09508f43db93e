"""The shortcuts views use (django.shortcuts): render(), redirect(), resolve_url(), and the
lookups that turn "no such object" into a 404."""

from django.http import Http404, HttpResponse, HttpResponsePermanentRedirect, HttpResponseRedirect
from django.template import loader
from django.urls import NoReverseMatch, reverse
from django.utils.functional import Promise

_RELATIVE_PREFIXES = ("./", "../")
_NOT_QUERYABLE = "First argument to {}() must be a Model, Manager, or QuerySet, not '{}'."


def render(request, template_name, context=None, content_type=None, status=None, using=None):
    """An HttpResponse of the template (or the first found of a list) rendered with `context`."""
    return HttpResponse(loader.render_to_string(template_name, context, request, using=using), content_type, status)


def redirect(to, *args, permanent=False, preserve_request=False, **kwargs):
    """A redirect to what `to` stands for (see resolve_url()): 302, or 301 when permanent;
    307/308 instead with preserve_request (the browser repeats the method and body)."""
    response_class = HttpResponsePermanentRedirect if permanent else HttpResponseRedirect
    return response_class(resolve_url(to, *args, **kwargs), preserve_request=preserve_request)


def resolve_url(to, *args, **kwargs):
    """The URL of `to`: an object's get_absolute_url(), a URL name or view reversed with the
    arguments, or `to` itself when it looks like a URL ('./', '../', or holding '/' or '.')."""
    if hasattr(to, "get_absolute_url"):
        return to.get_absolute_url()
    target = str(to) if isinstance(to, Promise) else to  # urlsplit() and friends take no lazy string
    if isinstance(target, str) and target.startswith(_RELATIVE_PREFIXES):
        return target
    try:
        return reverse(target, args=args, kwargs=kwargs)
    except NoReverseMatch:
        # A view or a plain name that does not reverse is an error; something URL-like is a URL.
        if callable(target) or not any(mark in target for mark in "/."):
            raise
    return target


# ---- lookups that 404 ------------------------------------------------------------------------


def _lookup_source(klass, function_name, needs):
    """What to query: a model's default manager (all()), or a manager or queryset itself; a
    ValueError naming `function_name` when it has no `needs` method."""
    source = klass._default_manager.all() if hasattr(klass, "_default_manager") else klass
    if not hasattr(source, needs):
        kind = klass if isinstance(klass, type) else type(klass)
        raise ValueError(_NOT_QUERYABLE.format(function_name, kind.__name__))
    return source


def _no_match(source):
    return Http404("No %s matches the given query." % source.model._meta.object_name)


def get_object_or_404(klass, *args, **kwargs):
    """klass.get(...) (a model, manager or queryset), raising Http404 when nothing matches."""
    source = _lookup_source(klass, "get_object_or_404", "get")
    try:
        return source.get(*args, **kwargs)
    except source.model.DoesNotExist:
        raise _no_match(source) from None


async def aget_object_or_404(klass, *args, **kwargs):
    """The async get_object_or_404()."""
    source = _lookup_source(klass, "aget_object_or_404", "aget")
    try:
        return await source.aget(*args, **kwargs)
    except source.model.DoesNotExist:
        raise _no_match(source) from None


def get_list_or_404(klass, *args, **kwargs):
    """list(klass.filter(...)), raising Http404 when it is empty."""
    source = _lookup_source(klass, "get_list_or_404", "filter")
    found = list(source.filter(*args, **kwargs))
    if not found:
        raise _no_match(source)
    return found


async def aget_list_or_404(klass, *args, **kwargs):
    """The async get_list_or_404()."""
    source = _lookup_source(klass, "aget_list_or_404", "filter")
    found = [obj async for obj in source.filter(*args, **kwargs)]
    if not found:
        raise _no_match(source)
    return found
