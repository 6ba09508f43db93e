"""DJANGO_ALLOW_ASYNC_UNSAFE switches off Django's guard against running synchronous database
code in an event loop; a deployment must not set it (async.E001, only with --deploy). It is an
environment variable, not a setting, so the message is about no setting."""

import os

from . import Error, Tags, register

E001 = Error(
    "You should not set the DJANGO_ALLOW_ASYNC_UNSAFE environment variable in deployment. This disables "
    "async safety protection.",
    id="async.E001",
)


@register(Tags.async_support, deploy=True)
def check_async_unsafe(app_configs, **kwargs):
    return [E001] if os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE") else []
