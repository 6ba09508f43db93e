"""Everything the mini Django remembers between two calls, forgotten before each project runs.

Django keeps state for the life of a process (the settings object, the app registry, URL
resolver caches, checks that apps register in ready()). A reader's project is a new process
each time: `django._process.new_process()` has every module that keeps such state forget it
(each registers how, beside that state).

`_not_yet_registered()` forgets what some modules keep without registering it yet (the URL
resolvers, the template engines, the admin's registry); it goes as they register their own.
"""

import sys

import django.core.checks  # noqa: F401  (Django's own checks are registered before any project runs)
from django._process import new_process


def reset():
    new_process()
    _not_yet_registered()


def _not_yet_registered():
    """Forget the state of modules that do not register with django._process yet, each only
    if a previous run imported it (so a run does not pay for the others)."""
    modules = sys.modules
    if urls := modules.get("django.urls"):
        urls.clear_script_prefix()
        urls.clear_url_caches()
        urls.set_urlconf(None)
    if converters := modules.get("django.urls.converters"):
        converters.REGISTERED_CONVERTERS.clear()
        converters._forget_converter_caches()
    if resolvers := modules.get("django.urls.resolvers"):
        resolvers._include_depth.depth = 0
    if url_utils := modules.get("django.urls.utils"):
        url_utils.get_callable.cache_clear()
    if admin_sites := modules.get("django.contrib.admin.sites"):
        admin_sites.site._registry.clear()
    if template := modules.get("django.template"):
        template.engines.reset()
    if django_templates := modules.get("django.template.backends.django"):
        django_templates._template_tag_modules.cache_clear()
