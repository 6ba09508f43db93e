"""The URL checks.

Each pattern of the root URLconf checks itself, include()s recursively (urls.W001, W002, W003,
E004, E009, W010, 2_0.W001); then the namespaces must be unique (urls.W005), the root
URLconf's error handlers must import and take the right arguments (urls.E007, E008), and
STATIC_URL and MEDIA_URL must end with a slash (urls.E006). Importing ROOT_URLCONF runs the
reader's code: an exception there ends the check run.

Every message says what it is about: `source` is where the pattern (or the include(), or the
`handler404 = ...` line) is written; E006 names its setting.
"""

import inspect
from collections import Counter

from django.conf import settings
from django.core.exceptions import ViewDoesNotExist

from . import Error, Tags, Warning, register

# ---- the messages -------------------------------------------------------------------------


def _about(pattern, message):
    """`message`, about where `pattern` is written (when that is known)."""
    site = getattr(pattern, "source_site", None)
    return message.about(source=site) if site is not None else message


def _w001_include_ends_with_dollar(pattern):
    return Warning(
        f"Your URL pattern {pattern.describe()} uses include with a route ending with a '$'. Remove "
        "the dollar from the route to avoid problems including URLs.",
        id="urls.W001",
    )


def _w002_starts_with_slash(pattern):
    return Warning(
        f"Your URL pattern {pattern.describe()} has a route beginning with a '/'. Remove this slash "
        "as it is unnecessary. If this pattern is targeted in an include(), ensure the include() "
        "pattern has a trailing '/'.",
        id="urls.W002",
    )


def _w003_colon_in_name(pattern):
    return Warning(
        f"Your URL pattern {pattern.describe()} has a name including a ':'. Remove the colon, to "
        "avoid ambiguous namespace references.",
        id="urls.W003",
    )


def _e009_view_class(pattern, view):
    name = view.__name__
    return Error(
        f"Your URL pattern {pattern.describe()} has an invalid view, pass {name}.as_view() instead of {name}.",
        id="urls.E009",
    )


def _w010_unmatched(pattern, bracket):
    return Warning(f"Your URL pattern {pattern.describe()} has an unmatched '{bracket}' bracket.", id="urls.W010")


def _w001_2_0_regex_in_route(pattern):
    return Warning(
        f"Your URL pattern {pattern.describe()} has a route that contains '(?P<', begins with a '^', "
        "or ends with a '$'. This was likely an oversight when migrating to django.urls.path().",
        id="2_0.W001",
    )


def _w005_not_unique(namespace):
    return Warning(
        f"URL namespace '{namespace}' isn't unique. You may not be able to reverse all URLs in this namespace",
        id="urls.W005",
    )


def E006(name):
    return Error(f"The {name} setting must end with a slash.", id="urls.E006", setting=name)


# ---- patterns -------------------------------------------------------------------------------


def _slash_messages(pattern):
    # A leading slash can be useful when APPEND_SLASH is off: only warned about when it is on.
    if settings.APPEND_SLASH and pattern._starts_with_slash():
        return [_w002_starts_with_slash(pattern)]
    return []


def _check_regex_pattern(pattern):
    """re_path(): W002, and W001 for an include() whose regex ends with '$' (not '\\$')."""
    messages = _slash_messages(pattern)
    text = pattern._regex
    if not pattern._is_endpoint and text.endswith("$") and not text.endswith(r"\$"):
        messages.append(_w001_include_ends_with_dollar(pattern))
    return [_about(pattern, message) for message in messages]


def _unmatched_brackets(route):
    """The unmatched brackets of a route, in the order they are found: each '>' with no '<'
    open, then one '<' if any is left open."""
    found = []
    open_count = 0
    for ch in route:
        if ch == "<":
            open_count += 1
        elif ch == ">":
            if open_count:
                open_count -= 1
            else:
                found.append(">")
    return found + ["<"] if open_count else found


def _check_route_pattern(pattern):
    """path(): W002, W010, and 2_0.W001 for a route that looks like a regex."""
    messages = _slash_messages(pattern)
    messages += [_w010_unmatched(pattern, bracket) for bracket in _unmatched_brackets(str(pattern._route))]
    route = pattern._route
    if "(?P<" in route or route.startswith("^") or route.endswith("$"):
        messages.append(_w001_2_0_regex_in_route(pattern))
    return [_about(pattern, message) for message in messages]


def _check_url_pattern(url_pattern):
    """An endpoint: its name (W003), its pattern, and its view (E009 for a class-based view
    given without .as_view())."""
    from django.views import View

    pattern = url_pattern.pattern
    messages = []
    if pattern.name is not None and ":" in pattern.name:
        messages.append(_about(pattern, _w003_colon_in_name(pattern)))
    messages += pattern.check()
    view = url_pattern.callback
    if inspect.isclass(view) and issubclass(view, View):
        messages.append(_about(pattern, _e009_view_class(pattern, view)))
    return messages


def _check_include(resolver):
    """An include() (or the root URLconf): each of its patterns; its own prefix only when
    nothing inside was reported."""
    from django.urls.resolvers import _include_depth

    messages = []
    site = None  # where the patterns are written, looked up for the first urls.E004
    _include_depth.enter(resolver)
    try:
        for entry in resolver.url_patterns:
            found = check_resolver(entry)
            if found and not hasattr(entry, "resolve"):
                # urls.E004: an entry that is no pattern has no place of its own.
                site = site or _patterns_site(resolver)
                found = [message.about(source=site) for message in found] if site else found
            messages += found
    finally:
        _include_depth.leave()
    return messages or resolver.pattern.check()


def _patterns_site(resolver):
    """Where the list of `resolver`'s patterns is written: its include(), or, for the root
    URLconf, the `urlpatterns = ...` line."""
    if resolver.source_site is not None:
        return resolver.source_site
    from django.urls._sites import assignment_site

    return assignment_site(resolver.urlconf_module, "urlpatterns")


def check_resolver(resolver):
    """The messages of a URLPattern or URLResolver (recursively); urls.E004 for anything in
    urlpatterns that is not a pattern."""
    check = getattr(resolver, "check", None)
    if check is not None:
        return check()
    if hasattr(resolver, "resolve"):
        return []
    return get_warning_for_invalid_pattern(resolver)


#: urls.E004's hint for the usual mistakes: (kind of entry, its hint).
_E004_HINTS = (
    (str, "Try removing the string '{}'. The list of urlpatterns should not have a prefix string as the first element."),
    (tuple, "Try using path() instead of a tuple."),
)


def get_warning_for_invalid_pattern(pattern):
    """urls.E004 for an entry of urlpatterns that is not a pattern (its repr is all there is)."""
    hint = next((text.format(pattern) for kind, text in _E004_HINTS if isinstance(pattern, kind)), None)
    return [
        Error(
            f"Your URL pattern {pattern!r} is invalid. Ensure that urlpatterns is a list of path() "
            "and/or re_path() instances.",
            hint=hint,
            id="urls.E004",
        )
    ]


# ---- the registered checks ------------------------------------------------------------------


def _root_resolver(first_read=True):
    """The root URLconf's resolver, or None when there is no ROOT_URLCONF.

    Django's registry runs check_url_namespaces_unique before the other URL checks, and that
    check reads the patterns with getattr(..., []): an AttributeError raised while urls.py is
    imported (a view name misspelt) is swallowed there, and the next check imports urls.py
    again, running it a second time (a register_converter() in it then says "already
    registered"). Whatever order our registry runs the checks in, the first of them to read
    the URLconf makes that attempt (`first_read`), so the others see what they see in Django."""
    if not getattr(settings, "ROOT_URLCONF", None):
        return None
    from django.urls import get_resolver

    resolver = get_resolver()
    if first_read and not resolver.__dict__.get("_read_by_checks"):
        resolver._read_by_checks = True
        getattr(resolver, "url_patterns", None)
    return resolver


@register(Tags.urls)
def check_url_config(app_configs, **kwargs):
    resolver = _root_resolver()
    return [] if resolver is None else check_resolver(resolver)


def _namespaces_with_sites(resolver, parents=()):
    """(full namespace 'outer:inner', where its include() is written) for every namespaced
    include() under `resolver`: those of its own patterns first, then those under each."""
    from django.urls.resolvers import _include_depth

    patterns = getattr(resolver, "url_patterns", [])
    found = [
        (":".join((*parents, entry.namespace)), getattr(entry, "source_site", None))
        for entry in patterns
        if getattr(entry, "namespace", None) is not None
    ]
    _include_depth.enter(resolver)
    try:
        for entry in patterns:
            namespace = getattr(entry, "namespace", None)
            found += _namespaces_with_sites(entry, parents if namespace is None else (*parents, namespace))
    finally:
        _include_depth.leave()
    return found


def _load_all_namespaces(resolver, parents=()):
    """Every namespace under `resolver`, written in full ('outer:inner')."""
    return [namespace for namespace, _ in _namespaces_with_sites(resolver, parents)]


@register(Tags.urls)
def check_url_namespaces_unique(app_configs, **kwargs):
    """urls.W005 for each namespace that two include()s end up with, about the last of them."""
    resolver = _root_resolver(first_read=False)
    if resolver is None:
        return []
    resolver._read_by_checks = True  # the attempt is this check's own (see _root_resolver)
    found = _namespaces_with_sites(resolver)
    counts = Counter(namespace for namespace, _ in found)
    last_site = dict(found)
    messages = []
    for namespace in (namespace for namespace, count in counts.items() if count > 1):
        site = last_site[namespace]
        warning = _w005_not_unique(namespace)
        messages.append(warning.about(source=site) if site is not None else warning)
    return messages


@register(Tags.urls)
def check_url_settings(app_configs, **kwargs):
    return [E006(name) for name in ("STATIC_URL", "MEDIA_URL") if _lacks_final_slash(getattr(settings, name))]


def _lacks_final_slash(value):
    return bool(value) and not value.endswith("/")


#: (status code, the arguments its handler is called with)
_HANDLER_ARGUMENTS = [
    (400, ("request", "exception")),
    (403, ("request", "exception")),
    (404, ("request", "exception")),
    (500, ("request",)),
]

#: Django's own default handlers never change: their verdicts are kept (inspect.signature is slow).
_default_handler_verdicts = {}


def _takes(handler, count):
    """Whether `handler` can be called with `count` positional arguments."""
    if getattr(handler, "__module__", "") != "django.views.defaults":
        return _binds(handler, count)
    key = (handler, count)
    if key not in _default_handler_verdicts:
        _default_handler_verdicts[key] = _binds(handler, count)
    return _default_handler_verdicts[key]


def _binds(handler, count):
    try:
        inspect.signature(handler).bind(*[None] * count)
    except TypeError:
        return False
    return True


@register(Tags.urls)
def check_custom_error_handlers(app_configs, **kwargs):
    """The root URLconf's handler400/403/404/500 must import (urls.E008) and take (request,
    exception), or (request) for handler500 (urls.E007)."""
    resolver = _root_resolver()
    if resolver is None:
        return []
    from django.urls._sites import assignment_site

    messages = []
    for status_code, arguments in _HANDLER_ARGUMENTS:
        name = f"handler{status_code}"
        try:
            handler = resolver.resolve_error_handler(status_code)
        except (ImportError, ViewDoesNotExist) as error:
            path = getattr(resolver.urlconf_module, name)
            message = Error(
                f"The custom {name} view '{path}' could not be imported.", hint=str(error), id="urls.E008"
            )
        else:
            if _takes(handler, len(arguments)):
                continue
            message = Error(
                f"The custom {name} view '{handler.__module__}.{handler.__qualname__}' does not take the "
                f"correct number of arguments ({', '.join(arguments)}).",
                id="urls.E007",
            )
        site = assignment_site(resolver.urlconf_module, name)
        messages.append(message.about(source=site) if site is not None else message)
    return messages
