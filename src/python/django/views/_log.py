"""Logging a refused request the way Django's views do (django.utils.log.log_response's
behaviour): once per response, on the "django.request" logger, a warning for 4xx and an error
for 5xx, with the status and request as extra, and the arguments escaped so that a crafted
path cannot forge log lines."""

import logging

_REQUESTS = logging.getLogger("django.request")


def _escaped(arg):
    return arg.encode("unicode_escape").decode("ascii") if isinstance(arg, str) else arg


def log_response(message, *args, response, request, logger=_REQUESTS, level=None):
    if vars(response).get("_has_been_logged"):
        return
    status = response.status_code
    chosen = level or ("error" if status >= 500 else "warning" if status >= 400 else "info")
    extra = {"request": request, "status_code": status}
    getattr(logger, chosen)(message, *map(_escaped, args), extra=extra, exc_info=None)
    response._has_been_logged = True
