"""The check registry: every rule is a function registered with its tags; run_checks() runs them.

    @register                          # no tag
    @register(Tags.security, deploy=True)
    register(my_check, "mytag")

A check receives `app_configs` and `databases` as keywords (and must accept **kwargs) and
returns an iterable of messages. Deployment checks run only for `check --deploy`.

Django keeps its checks in sets, so they run in an order its process happens to give them;
ours run in that same order as it is observed for a typical project (`_DJANGO_ORDER`), so
that when two checks would both crash on a setting, the crash the reader sees is the one
Django shows. Checks Django does not have run after them, in the order they were registered.
"""

import bisect
import inspect
from collections.abc import Iterable

from django._process import forgotten_by_new_process


class Tags:
    """Built-in tags for internal checks."""

    admin = "admin"
    async_support = "async_support"
    caches = "caches"
    commands = "commands"
    compatibility = "compatibility"
    database = "database"
    files = "files"
    models = "models"
    security = "security"
    signals = "signals"
    sites = "sites"
    staticfiles = "staticfiles"
    templates = "templates"
    translation = "translation"
    urls = "urls"


_DJANGO_ORDER = {
    name: rank
    for rank, name in enumerate(
        """
        core.checks.caches.check_file_based_cache_is_absolute
        core.checks.commands.migrate_and_makemigrations_autodetector
        contrib.auth.checks.check_user_model
        core.checks.security.base.check_csp_settings
        contrib.staticfiles.checks.check_storages
        core.checks.compatibility.django_4_0.check_csrf_trusted_origins
        core.checks.translation.check_setting_languages
        contrib.auth.checks.check_models_permissions
        core.checks.urls.check_url_config
        core.checks.urls.check_custom_error_handlers
        contrib.auth.checks.check_middleware
        core.checks.model_checks.check_all_models
        core.checks.templates.check_templates
        core.checks.translation.check_setting_language_code
        core.checks.translation.check_setting_languages_bidi
        core.checks.security.csrf.check_csrf_failure_view
        core.checks.translation.check_language_settings_consistent
        contrib.contenttypes.checks.check_generic_foreign_keys
        contrib.contenttypes.checks.check_model_name_lengths
        core.checks.model_checks.check_lazy_references
        contrib.admin.checks.check_admin_app
        core.checks.database.check_database_backends
        contrib.staticfiles.checks.check_finders
        core.checks.urls.check_url_namespaces_unique
        contrib.admin.checks.check_dependencies
        core.checks.files.check_setting_file_upload_temp_dir
        core.checks.caches.check_default_cache_is_configured
        core.checks.urls.check_url_settings
        core.checks.security.base.check_sts
        core.checks.security.base.check_sts_include_subdomains
        core.checks.security.base.check_sts_preload
        core.checks.security.base.check_content_type_nosniff
        core.checks.security.base.check_ssl_redirect
        core.checks.async_checks.check_async_unsafe
        core.checks.security.base.check_secret_key
        core.checks.security.base.check_security_middleware
        core.checks.security.csrf.check_csrf_cookie_secure
        core.checks.security.base.check_debug
        core.checks.security.base.check_xframe_deny
        core.checks.security.base.check_xframe_options_middleware
        core.checks.security.base.check_allowed_hosts
        core.checks.security.sessions.check_session_cookie_secure
        core.checks.security.csrf.check_csrf_middleware
        core.checks.security.base.check_referrer_policy
        core.checks.security.sessions.check_session_cookie_httponly
        core.checks.caches.check_cache_location_not_exposed
        core.checks.security.base.check_secret_key_fallbacks
        core.checks.security.base.check_cross_origin_opener_policy
        """.split()
    )
}


class _Ranks(dict):
    """check -> its place in _DJANGO_ORDER (len(_DJANGO_ORDER) for checks Django does not have).
    Django's own checks are remembered (they live as long as the interpreter); a reader's are
    looked up each time."""

    def __missing__(self, check):
        name = f"{getattr(check, '__module__', '')}.{getattr(check, '__qualname__', '')}"
        rank = _DJANGO_ORDER.get(name.removeprefix("django."), len(_DJANGO_ORDER))
        if rank < len(_DJANGO_ORDER):
            self[check] = rank
        return rank


_rank = _Ranks().__getitem__


_known_to_take_keywords = set()  # Django's own check functions, once inspected


def _takes_keywords(func):
    if func in _known_to_take_keywords:
        return True
    found = _signature_takes_keywords(func)
    if found and getattr(func, "__module__", "").startswith("django."):
        _known_to_take_keywords.add(func)
    return found


def _signature_takes_keywords(func):
    try:
        signature = inspect.signature(func)
    except (TypeError, ValueError):  # no signature to read (some builtins)
        return False
    return any(parameter.kind is inspect.Parameter.VAR_KEYWORD for parameter in signature.parameters.values())


class CheckRegistry:
    def __init__(self):
        # Each kind of check twice: a dict (an ordered set, for membership) and a list in the
        # order they run (kept sorted as checks come, since apps register theirs on every setup).
        self._always, self._deploy = {}, {}
        self._always_order, self._deploy_order = [], []

    def register(self, check=None, *tags, **kwargs):
        """Register `check` with `tags`; as a decorator, `check` may be the first tag instead."""
        if not callable(check):
            tags = (*tags, check) if check else tags
            return lambda func: self._add(func, tags, bool(kwargs.get("deploy")))
        return self._add(check, tags, bool(kwargs.get("deploy")))

    def _add(self, check, tags, deploy):
        if not _takes_keywords(check):
            raise TypeError("Check functions must accept keyword arguments (**kwargs).")
        self._enter(check, tags, deploy)
        return check

    def _enter(self, check, tags, deploy):
        if check in _built_in["tags"]:
            _built_in["retagged"] = True
        check.tags = tags
        entered, order = (self._deploy, self._deploy_order) if deploy else (self._always, self._always_order)
        if check not in entered:
            entered[check] = None
            bisect.insort(order, check, key=_rank)  # after the checks of the same rank: registration order

    def run_checks(self, app_configs=None, tags=None, include_deployment_checks=False, databases=None):
        """Every message of every check (with those tags, when given)."""
        wanted = None if tags is None else set(tags)
        messages = []
        for check in self.get_checks(include_deployment_checks):
            if wanted is not None and wanted.isdisjoint(check.tags):
                continue
            found = check(app_configs=app_configs, databases=databases)
            if not isinstance(found, Iterable):
                raise TypeError(f"The function {check!r} did not return a list. All functions registered with the checks registry must return a list.")
            messages.extend(found)
        return messages

    def tag_exists(self, tag, include_deployment_checks=False):
        return tag in self.tags_available(deployment_checks=include_deployment_checks)

    def tags_available(self, deployment_checks=False):
        return {tag for check in self.get_checks(deployment_checks) for tag in check.tags}

    def get_checks(self, include_deployment_checks=False):
        return self._always_order + self._deploy_order if include_deployment_checks else list(self._always_order)

    # Django's attribute names for the two sets (its tests replace them wholesale).
    @property
    def registered_checks(self):
        return set(self._always)

    @registered_checks.setter
    def registered_checks(self, checks):
        self._always = dict.fromkeys(checks)
        self._always_order = sorted(self._always, key=_rank)

    @property
    def deployment_checks(self):
        return set(self._deploy)

    @deployment_checks.setter
    def deployment_checks(self, checks):
        self._deploy = dict.fromkeys(checks)
        self._deploy_order = sorted(self._deploy, key=_rank)


registry = CheckRegistry()
register, run_checks, tag_exists = registry.register, registry.run_checks, registry.tag_exists

#: Django's own checks, registered when django.core.checks was first imported, with their tags.
_built_in = {"state": ({}, {}, [], []), "tags": {}, "retagged": False}


def _keep_built_in_checks():
    """Note the checks registered so far as Django's own (called once django.core.checks has
    imported its modules): a new process has these, and none that an app or a reader added."""
    _built_in["state"] = (dict(registry._always), dict(registry._deploy), list(registry._always_order), list(registry._deploy_order))
    _built_in["tags"] = {check: check.tags for check in (*registry._always, *registry._deploy)}


@forgotten_by_new_process
def _forget_added_checks():
    always, deploy, always_order, deploy_order = _built_in["state"]
    registry._always, registry._deploy = dict(always), dict(deploy)
    registry._always_order, registry._deploy_order = list(always_order), list(deploy_order)
    if _built_in["retagged"]:  # a reader registered one of Django's checks again, with other tags
        for check, tags in _built_in["tags"].items():
            check.tags = tags
        _built_in["retagged"] = False
