"""The default error views (handler400, handler403, handler404, handler500).

Each renders its template (404.html...) when one is found, and otherwise Django's built-in page;
a missing template that is not the default one is an error, as in Django."""

from urllib.parse import quote

from django.http import HttpResponseBadRequest, HttpResponseForbidden, HttpResponseNotFound
from django.http import HttpResponseServerError
from django.template import TemplateDoesNotExist, loader
from django.views.decorators.csrf import requires_csrf_token

ERROR_404_TEMPLATE_NAME = "404.html"
ERROR_403_TEMPLATE_NAME = "403.html"
ERROR_400_TEMPLATE_NAME = "400.html"
ERROR_500_TEMPLATE_NAME = "500.html"
ERROR_PAGE_TEMPLATE = '\n<!doctype html>\n<html lang="en">\n<head>\n  <title>%(title)s</title>\n</head>\n<body>\n  <h1>%(title)s</h1><p>%(details)s</p>\n</body>\n</html>\n'


def _error_page(response_class, template_name, default_name, title, details="", fallback_on_render=False, **render):
    """`response_class` with `template_name` rendered (with `render` as its arguments), or the
    built-in page when the default template does not exist (or, with fallback_on_render, when
    rendering it misses a template: the 404 and 400 pages do that)."""
    try:
        found = loader.get_template(template_name)
        body = found.render(**render) if fallback_on_render else None
    except TemplateDoesNotExist:
        if template_name != default_name:
            raise
        return response_class(ERROR_PAGE_TEMPLATE % {"title": title, "details": details})
    return response_class(found.render(**render) if body is None else body)


def _exception_message(exception):
    """The exception's message when it has a plain one (not Resolver404's dict), else its class name."""
    message = getattr(exception, "args", None) or (None,)
    return message[0] if isinstance(message[0], str) else type(exception).__name__


@requires_csrf_token
def page_not_found(request, exception, template_name=ERROR_404_TEMPLATE_NAME):
    """404: the template gets request_path (quoted, against content injection) and exception."""
    context = {"request_path": quote(request.path), "exception": _exception_message(exception)}
    details = "The requested resource was not found on this server."
    page = (HttpResponseNotFound, template_name, ERROR_404_TEMPLATE_NAME, "Not Found", details)
    return _error_page(*page, fallback_on_render=True, context=context, request=request)


@requires_csrf_token
def server_error(request, template_name=ERROR_500_TEMPLATE_NAME):
    """500: the template gets no context (the error may lie in what would fill it)."""
    return _error_page(HttpResponseServerError, template_name, ERROR_500_TEMPLATE_NAME, "Server Error (500)")


@requires_csrf_token
def bad_request(request, exception, template_name=ERROR_400_TEMPLATE_NAME):
    """400: nothing of the exception is shown, lest it disclose something."""
    page = (HttpResponseBadRequest, template_name, ERROR_400_TEMPLATE_NAME, "Bad Request (400)")
    return _error_page(*page, fallback_on_render=True, request=request)


@requires_csrf_token
def permission_denied(request, exception, template_name=ERROR_403_TEMPLATE_NAME):
    """403: the template gets the exception's message as `exception`."""
    page = (HttpResponseForbidden, template_name, ERROR_403_TEMPLATE_NAME, "403 Forbidden")
    return _error_page(*page, request=request, context={"exception": str(exception)})
