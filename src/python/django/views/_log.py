"""Logging a refused request the way Django's views do (django.utils.log.log_response's
behaviour): once per response, on the "django.request" logger, a warning for 4xx and an error
for 5xx, with the status and request as extra, and the arguments escaped so that a crafted
path cannot forge log lines."""

import logging

request_logger = logging.getLogger("django.request")


def log_response(message, *args, response, request, logger=request_logger, level=None):
    if getattr(response, "_has_been_logged", False):
        return
    status = response.status_code
    if level is None:
        level = "error" if status >= 500 else "warning" if status >= 400 else "info"
    shown = tuple(arg.encode("unicode_escape").decode("ascii") if isinstance(arg, str) else arg for arg in args)
    getattr(logger, level)(message, *shown, extra={"request": request, "status_code": status}, exc_info=None)
    response._has_been_logged = True
