"""Everything the mini Django remembers between two calls, forgotten before each project runs.

Django keeps state for the life of a process (the settings object, the app registry, URL
resolver caches, checks that apps register in ready()). A reader's project is a new process
each time, so the engine puts each of these back to what it is when Django is first imported.
"""

import logging
import sys

import django.core.checks  # noqa: F401  (registers Django's own checks before they are noted below)
from django import _process
from django.apps import apps
from django.conf import settings
from django.core.checks.registry import registry
from django.db import connections
from django.urls import clear_script_prefix, clear_url_caches, converters, resolvers, set_urlconf
from django.utils.functional import empty

_checks_at_import = (frozenset(registry.registered_checks), frozenset(registry.deployment_checks))
_resets = []


def on_reset(func):
    """Register a function that forgets some other piece of Django state (e.g. URL caches)."""
    _resets.append(func)
    return func


def reset():
    settings._wrapped = empty
    apps.reset()
    connections.reset()
    registry.registered_checks = set(_checks_at_import[0])
    registry.deployment_checks = set(_checks_at_import[1])
    clear_script_prefix()
    _reset_urls()
    _reset_on_demand_modules()
    _reset_logging()
    for func in _resets:
        func()
    _process.new_process()  # what the modules that register with django._process remember


def _reset_on_demand_modules():
    """Forget what Django modules loaded on demand remember: built caches, the cached
    staticfiles finders and CSRF_FAILURE_VIEW lookups.
    Each only if a previous run imported the module, so a run does not pay for the others."""
    modules = sys.modules
    if cache := modules.get("django.core.cache"):
        cache.caches.reset()
    if finders := modules.get("django.contrib.staticfiles.finders"):
        finders.get_finder.cache_clear()
    if url_utils := modules.get("django.urls.utils"):
        url_utils.get_callable.cache_clear()


def _reset_urls():
    """Forget the URL resolvers built for the last ROOT_URLCONF and the converters it registered."""
    clear_url_caches()
    set_urlconf(None)
    converters.REGISTERED_CONVERTERS.clear()
    converters._forget_converter_caches()
    resolvers._include_depth.depth = 0


def _reset_logging():
    """Undo a LOGGING setting's dictConfig(): no handlers, no filters, nothing disabled."""
    loggers = [logging.getLogger()] + [
        logger for logger in logging.Logger.manager.loggerDict.values() if isinstance(logger, logging.Logger)
    ]
    for logger in loggers:
        for handler in list(logger.handlers):
            logger.removeHandler(handler)
            handler.close()
        logger.filters.clear()
        logger.setLevel(logging.WARNING if logger is logging.getLogger() else logging.NOTSET)
        logger.propagate = True
        logger.disabled = False
