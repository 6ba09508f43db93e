"""Matching request paths to views (resolve), and views back to paths (reverse).

A URLconf is a tree. Its leaves are URLPatterns (a path() or re_path() with a view); its inner
nodes are URLResolvers (an include(), or the root URLconf itself). Each holds a pattern that
matches the start of what is left of the path: a RoutePattern (path() syntax) or a RegexPattern
(re_path() syntax).

resolve() walks the tree depth first, in order, noting every pattern it tries, and builds one
ResolverMatch for the first leaf that matches, merging what each level on the way captured.

reverse() reads tables that each URLResolver builds once (per language): every way to write
each view name (normalize() of the regexes, joined along the way), the namespaces under it and
the instances of each application namespace.

Course additions, invisible to Django code: patterns and resolvers carry `source_site` (where
their path() call is written), a match carries its pattern's, and an error about one pattern
(an invalid regex, an include() nested too deeply) carries that pattern's.
"""

import functools
import re
from collections import namedtuple
from importlib import import_module
from pickle import PicklingError
from urllib.parse import quote

from django._process import forgotten_by_new_process
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.utils.datastructures import MultiValueDict
from django.utils.functional import cached_property
from django.utils.http import RFC3986_SUBDELIMS, escape_leading_slashes
from django.utils.regex_helper import normalize

from ._routes import route_to_regex
from ._sites import include_depth as _include_depth
from ._sites import with_site
from .exceptions import NoReverseMatch, Resolver404
from .utils import get_callable

#: What reverse() leaves unquoted: RFC 3986's `pchar` characters besides the unreserved ones.
_SAFE_IN_PATH = RFC3986_SUBDELIMS + "/~:@"


def _language():
    """The language the reverse tables are built for. Nothing activates a translation here,
    so it is always LANGUAGE_CODE (Django keys its tables by language; so do we)."""
    return settings.LANGUAGE_CODE


def _dotted_path(view):
    """How a match names its view: the view class of an as_view() function, a function by
    its module and name, any other callable (an instance, a partial) by its class."""
    view = getattr(view, "view_class", view)
    if hasattr(view, "__name__"):
        return f"{view.__module__}.{view.__name__}"
    kind = type(view)
    return f"{kind.__module__}.{kind.__name__}"


class ResolverMatch:
    """What resolve() found: the view, its arguments, and the names and namespaces on the way."""

    source_site = None

    def __init__(self, func, args, kwargs, url_name=None, app_names=None, namespaces=None, route=None, tried=None,
                 captured_kwargs=None, extra_kwargs=None):
        self.func, self.args, self.kwargs = func, args, kwargs
        self.url_name, self.route, self.tried = url_name, route, tried
        self.captured_kwargs, self.extra_kwargs = captured_kwargs, extra_kwargs
        # A resolver without an app_name or namespace contributes None: it does not count.
        self.app_names = [name for name in app_names or () if name]
        self.namespaces = [name for name in namespaces or () if name]
        self.app_name, self.namespace = ":".join(self.app_names), ":".join(self.namespaces)
        self._func_path = _dotted_path(func)
        self.view_name = ":".join([*self.namespaces, url_name or self._func_path])

    def __getitem__(self, index):
        # func, args, kwargs = resolve(path)
        return [self.func, self.args, self.kwargs][index]

    def __repr__(self):
        shown_func = repr(self.func) if isinstance(self.func, functools.partial) else self._func_path
        extras = "".join(
            f", {label}={value!r}"
            for label, value in (("captured_kwargs", self.captured_kwargs), ("extra_kwargs", self.extra_kwargs))
            if value
        )
        return (
            f"ResolverMatch(func={shown_func}, args={self.args!r}, kwargs={self.kwargs!r}, "
            f"url_name={self.url_name!r}, app_names={self.app_names!r}, "
            f"namespaces={self.namespaces!r}, route={self.route!r}{extras})"
        )

    def __reduce_ex__(self, protocol):
        raise PicklingError(f"Cannot pickle {type(self).__qualname__}.")


# ---- the resolvers of a process ---------------------------------------------------------------


def get_resolver(urlconf=None):
    """The resolver of a URLconf (a dotted module path, by default ROOT_URLCONF), made once."""
    return _get_cached_resolver(settings.ROOT_URLCONF if urlconf is None else urlconf)


def _root_pattern():
    return RegexPattern(r"^/")


@functools.cache
def _get_cached_resolver(urlconf=None):
    return URLResolver(_root_pattern(), urlconf)


@functools.cache
def get_ns_resolver(ns_pattern, resolver, converters):
    """A resolver that reverses the names of `resolver`'s patterns as if they were mounted at
    `ns_pattern` (the joined prefixes of the namespaced include()s on the way; `converters`
    the (name, converter) pairs of their parameters)."""
    mount = RegexPattern(ns_pattern)
    mount.converters = dict(converters)
    return URLResolver(_root_pattern(), [URLResolver(mount, resolver.url_patterns)])


@forgotten_by_new_process
def _forget_resolvers():
    for cache in (_get_cached_resolver, get_ns_resolver):
        cache.cache_clear()


# ---- patterns --------------------------------------------------------------------------------


class LocaleRegexDescriptor:
    """`pattern.regex`: the compiled regex, compiled the first time it is asked for (so an
    invalid re_path() regex is only reported by the first resolve() that reaches it, or by
    reverse(), which reads them all). The compiled regex then lives on the instance."""

    def __get__(self, instance, cls=None):
        if instance is None:  # the class's attribute: the descriptor itself
            return self
        compiled = instance.__dict__["regex"] = instance._compile()
        return compiled


class LocaleRegexRouteDescriptor(LocaleRegexDescriptor):
    """`pattern.regex` of a path() route (the regex its converters make)."""


class CheckURLMixin:
    """What both kinds of pattern share: how check messages show them, and where they are."""

    source_site = None

    def describe(self):
        """The pattern as messages show it: 'route', then [name='name'] when it has one."""
        shown = f"'{self}'"
        return f"{shown} [name='{self.name}']" if self.name else shown

    def _starts_with_slash(self):
        """A leading '/' can never match (the path a pattern sees has lost it), unless the
        pattern ends with '/' as an include()'s prefix does. Read from the regex's text."""
        text = self._regex
        return text.startswith(("/", "^/", "^\\/")) and not text.endswith("/")


class RegexPattern(CheckURLMixin):
    """A re_path() regex. It is searched for, so without '^' it may match anywhere; an endpoint
    ending in '$' must match the whole path (so '$' cannot match before a final newline)."""

    regex = LocaleRegexDescriptor()

    def __init__(self, regex, name=None, is_endpoint=False):
        self._regex, self.name, self._is_endpoint = regex, name, is_endpoint
        self.converters = {}  # a regex has no converters (but see get_ns_resolver())

    def _compile(self):
        text = str(self._regex)
        try:
            return re.compile(text)
        except re.error as error:
            problem = ImproperlyConfigured(f'"{text}" is not a valid regular expression: {error}')
            raise with_site(problem, self.source_site) from error

    @cached_property
    def _find(self):
        regex = self.regex
        return regex.fullmatch if self._is_endpoint and regex.pattern.endswith("$") else regex.search

    def match(self, path):
        """(rest of the path, args, kwargs), or None. Named groups are passed by name (those
        that took part); only when there are none are the unnamed groups passed in order."""
        found = self._find(path)
        if found is None:
            return None
        named = found.groupdict()
        if named:
            return path[found.end() :], (), {name: value for name, value in named.items() if value is not None}
        return path[found.end() :], found.groups(), {}

    def check(self):
        from django.core.checks.urls import _check_regex_pattern

        return _check_regex_pattern(self)

    def __str__(self):
        return f"{self._regex}"


class RoutePattern(CheckURLMixin):
    """A path() route. Its parameters and converters are read when it is made, so a bad
    converter name fails as soon as the URLconf is imported."""

    regex = LocaleRegexRouteDescriptor()

    def __init__(self, route, name=None, is_endpoint=False):
        self._route, self.name, self._is_endpoint = route, name, is_endpoint
        self._text = str(route)
        self._regex, self.converters = route_to_regex(self._text, is_endpoint)

    def _compile(self):
        # A converter's regex that does not compile fails with re's own error.
        return re.compile(self._regex)

    def match(self, path):
        """(rest of the path, (), kwargs), or None. A converter whose to_python raises
        ValueError means no match."""
        if not self.converters:
            # Plain text: an endpoint is the whole path, an include()'s prefix a start of it.
            if self._is_endpoint:
                return ("", (), {}) if path == self._text else None
            return (path[len(self._text) :], (), {}) if path.startswith(self._text) else None
        found = self.regex.match(path)
        if found is None:
            return None
        values = {}
        converters = self.converters
        for name, text in found.groupdict().items():
            try:
                values[name] = converters[name].to_python(text)
            except ValueError:  # the converter's way of saying "not this one"
                return None
        return path[found.end() :], (), values

    def check(self):
        from django.core.checks.urls import _check_route_pattern

        return _check_route_pattern(self)

    def __str__(self):
        return f"{self._route}"


# ---- endpoints and includes --------------------------------------------------------------------


class URLPattern:
    """One endpoint: a pattern, the view it leads to, extra kwargs for the view, a name."""

    source_site = None

    def __init__(self, pattern, callback, default_args=None, name=None):
        self.pattern, self.callback, self.name = pattern, callback, name
        self.default_args = {} if default_args is None else default_args

    def __repr__(self):
        return f"<{type(self).__name__} {self.pattern.describe()}>"

    def check(self):
        from django.core.checks.urls import _check_url_pattern

        return _check_url_pattern(self)

    def resolve(self, path):
        found = self.pattern.match(path)
        if found:
            return _combined_match([], _leaf_of(self, found[1], found[2]), None)
        return None

    @cached_property
    def lookup_str(self):
        """The dotted path of the view ('blog.views.index'), for telling views apart: a partial
        by its function, an as_view() function by its class, an instance by its class's name."""
        view = getattr(self.callback, "func", None) if isinstance(self.callback, functools.partial) else self.callback
        view = getattr(view, "view_class", view)
        name = view.__qualname__ if hasattr(view, "__name__") else type(view).__name__
        return f"{view.__module__}.{name}"


class _Leaf(namedtuple("_Leaf", "func args kwargs url_name route captured_kwargs extra_kwargs source_site app_names namespaces")):
    """The match found at the bottom of the walk, as its own level sees it: a URLPattern that
    matched (see _leaf_of()), or what an entry of another kind answered, its route joined to
    the entry's."""

    __slots__ = ()


_new_leaf = functools.partial(tuple.__new__, _Leaf)  # without namedtuple's argument handling: resolve() is hot


def _leaf_of(endpoint, args, captured):
    extra = endpoint.default_args  # extra kwargs win over captured ones
    view_kwargs = {**captured, **extra}
    pattern = endpoint.pattern
    return _new_leaf((endpoint.callback, args, view_kwargs, pattern.name, str(pattern), captured, extra, endpoint.source_site, (), ()))


def _join_routes(outer, inner):
    """An include()'s route and the route under it, without the inner one's leading '^'."""
    if not outer:
        return inner
    return outer + inner.removeprefix("^")


def _combined_match(levels, found, tried):
    """The ResolverMatch seen from the outermost level: each level's captured kwargs and extra
    kwargs merged outside in (inner ones winning), its positional captures kept only while no
    kwargs at all are involved, the routes joined, the names and namespaces collected."""
    args, kwargs = found.args, found.kwargs
    extra, route = found.extra_kwargs, found.route
    for depth in range(len(levels) - 1, -1, -1):
        resolver, level_args, level_kwargs = levels[depth]
        merged = {**level_kwargs, **resolver.default_kwargs, **kwargs}
        if not merged:
            args = level_args + args
        kwargs = merged
        extra = {**resolver.default_kwargs, **extra}
        if depth:  # an include() on the way (the root's own '^/' is no part of the route)
            route = _join_routes(str(resolver.pattern), route)
    match = ResolverMatch(
        found.func,
        args,
        kwargs,
        found.url_name,
        [*(level[0].app_name for level in levels), *found.app_names],
        [*(level[0].namespace for level in levels), *found.namespaces],
        route,
        tried,
        captured_kwargs=found.captured_kwargs,
        extra_kwargs=extra,
    )
    match.source_site = found.source_site
    return match


class URLResolver:
    """An include() (or the root URLconf): a prefix pattern and the patterns under it."""

    source_site = None

    def __init__(self, pattern, urlconf_name, default_kwargs=None, app_name=None, namespace=None):
        self.pattern = pattern
        self.urlconf_name = urlconf_name  # a module's dotted path, a module, or a list of patterns
        self.callback = None  # only endpoints have a view
        self.default_kwargs = {} if default_kwargs is None else default_kwargs
        self.app_name, self.namespace = app_name, namespace
        self._tables = {}  # language -> _ReverseTables
        self._building = False

    def __repr__(self):
        urlconf = self.urlconf_name
        if isinstance(urlconf, list) and urlconf:
            shown = f"<{type(urlconf[0]).__name__} list>"  # not the whole list: it can be long
        else:
            shown = repr(urlconf)
        return f"<{type(self).__name__} {shown} ({self.app_name}:{self.namespace}) {self.pattern.describe()}>"

    def check(self):
        from django.core.checks.urls import _check_include

        return _check_include(self)

    @cached_property
    def urlconf_module(self):
        name = self.urlconf_name
        return import_module(name) if isinstance(name, str) else name

    @cached_property
    def url_patterns(self):
        # The module's urlpatterns, or the urlconf itself when it is a list of patterns.
        module = self.urlconf_module
        patterns = getattr(module, "urlpatterns", module)
        try:
            iter(patterns)
        except TypeError as error:
            problem = ImproperlyConfigured(
                f"The included URLconf '{self.urlconf_name}' does not appear to have any patterns in "
                "it. If you see the 'urlpatterns' variable with valid patterns in the file then the "
                "issue is probably caused by a circular import."
            )
            raise with_site(problem, self.source_site) from error
        return patterns

    def resolve_error_handler(self, view_type):
        """The view for an error status (400, 403, 404, 500): the URLconf's handlerNNN, else
        Django's default."""
        handler = getattr(self.urlconf_module, f"handler{view_type}", None)
        if not handler:
            from django.conf import urls  # it imports this module

            handler = getattr(urls, f"handler{view_type}")
        return get_callable(handler)

    # ---- resolving ----

    def resolve(self, path):
        path = str(path)  # it may be a reverse_lazy() object
        found = self.pattern.match(path)
        if not found:  # not even our prefix: nothing was tried
            raise Resolver404({"path": path})
        rest, args, kwargs = found
        tried = []
        levels = [(self, args, kwargs)]
        leaf = self._search(rest, (), tried, levels)
        if leaf is None:
            raise Resolver404({"tried": tried, "path": rest})
        return _combined_match(levels, leaf, tried)

    def _search(self, path, trail, tried, levels):
        """The match of the first of our patterns that matches `path` (what is left after our
        prefix), seen from its own level; None when none does. Every pattern tried is noted in
        `tried`, after `trail` (the include()s on the way); `levels` gets the include()s the
        match is under, ours last."""
        _include_depth.enter(self)
        try:
            for entry in self.url_patterns:
                kind = type(entry)
                if kind is URLPattern:
                    found = entry.pattern.match(path)
                    tried.append([*trail, entry])
                    if found:
                        return _leaf_of(entry, found[1], found[2])
                elif kind is URLResolver:
                    found = entry.pattern.match(path)
                    if not found:
                        tried.append([*trail, entry])
                        continue
                    levels.append((entry, found[1], found[2]))
                    leaf = entry._search(found[0], (*trail, entry), tried, levels)
                    if leaf is not None:
                        return leaf
                    levels.pop()
                else:
                    leaf = _search_foreign(entry, path, trail, tried)
                    if leaf is not None:
                        return leaf
        finally:
            _include_depth.leave()
        return None

    # ---- reverse tables ----

    def _build_tables(self):
        """Build this resolver's reverse tables for the current language, unless they are
        built or being built (an include() of itself: the caller then finds them missing)."""
        language = _language()
        if language in self._tables or self._building:
            return
        self._building = True
        try:
            self._tables[language] = _ReverseTables.build(self)
        finally:
            self._building = False

    def _current_tables(self):
        language = _language()
        if language not in self._tables:
            self._build_tables()
        try:
            return self._tables[language]
        except KeyError as missing:
            # Still missing: this resolver is inside its own patterns. Django's KeyError,
            # pointing at the include().
            raise with_site(missing, self.source_site)

    @property
    def reverse_dict(self):
        """{view callable or URL name: [(spellings, regex text, defaults, converters), ...]}."""
        return self._current_tables().lookups

    @property
    def namespace_dict(self):
        """{namespace: (regex text of the prefix, the include()'s resolver)}."""
        return self._current_tables().namespaces

    @property
    def app_dict(self):
        """{app_name: [its instance namespaces, the last included first]}."""
        return self._current_tables().apps

    # ---- reversing ----

    def reverse(self, lookup_view, *args, **kwargs):
        """The path of `lookup_view` under this resolver, without the script prefix."""
        return self._reverse_with_prefix(lookup_view, "", *args, **kwargs)

    def _reverse_with_prefix(self, lookup_view, _prefix, *args, **kwargs):
        """The first candidate of `lookup_view` (the last pattern written first) that the
        arguments fit, converted and checked against its regex, under `_prefix`."""
        if kwargs and args:
            raise ValueError("Don't mix *args and **kwargs in call to reverse()!")
        candidates = self.reverse_dict.getlist(lookup_view)
        for spellings, regex_text, defaults, converters in candidates:
            for template, params in spellings:
                url = _filled_in(_prefix, template, params, regex_text, defaults, converters, args, kwargs)
                if url is not None:
                    return url
        raise NoReverseMatch(_no_reverse_match_message(lookup_view, args, kwargs, candidates))


def _search_foreign(entry, path, trail, tried):
    """resolve() on an entry of urlpatterns that is neither of our pattern classes (it may
    be a broken one: AttributeError, as in Django)."""
    try:
        match = entry.resolve(path)
    except Resolver404 as not_found:
        inner = not_found.args[0].get("tried")
        _note_tried(tried, trail, entry, inner)
        return None
    if match:
        _note_tried(tried, trail, entry, match.tried)
        route = _join_routes(str(entry.pattern), match.route)
        return _Leaf(match.func, match.args, match.kwargs, match.url_name, route, match.captured_kwargs,
                     match.extra_kwargs, match.source_site, match.app_names, match.namespaces)
    tried.append([*trail, entry])
    return None


def _note_tried(tried, trail, entry, inner):
    if inner is None:
        tried.append([*trail, entry])
    else:
        tried.extend([*trail, entry, *attempt] for attempt in inner)


# ---- reverse tables ------------------------------------------------------------------------


class _ReverseTables:
    """What reverse() reads in one resolver (see the properties of URLResolver)."""

    __slots__ = ("lookups", "namespaces", "apps")

    def __init__(self):
        self.lookups = MultiValueDict()
        self.namespaces = {}
        self.apps = {}

    @classmethod
    def build(cls, resolver):
        """The tables of `resolver`'s patterns. Patterns are read last to first, so the last
        pattern with a name is tried first, and the first include() of a namespace wins."""
        tables = cls()
        for entry in reversed(resolver.url_patterns):
            prefix = entry.pattern.regex.pattern.removeprefix("^")
            if isinstance(entry, URLPattern):
                tables._add_endpoint(entry, prefix)
            else:
                entry._build_tables()
                if entry.app_name:
                    tables.apps.setdefault(entry.app_name, []).append(entry.namespace)
                    tables.namespaces[entry.namespace] = (prefix, entry)
                else:
                    tables._merge(resolver, entry, prefix)
        return tables

    def _add_endpoint(self, entry, prefix):
        candidate = (normalize(entry.pattern.regex.pattern), prefix, entry.default_args, entry.pattern.converters)
        self.lookups.appendlist(entry.callback, candidate)
        if entry.name is not None:
            self.lookups.appendlist(entry.name, candidate)

    def _merge(self, resolver, include, prefix):
        """Take in the tables of an include() without a namespace, its prefix in front of each
        of its patterns (and its extra kwargs as defaults, which win over the patterns' own)."""
        inner = include.reverse_dict
        converters_above = {**resolver.pattern.converters, **include.pattern.converters}
        for key in inner:
            for spellings, regex_text, defaults, converters in inner.getlist(key):
                joined = prefix + regex_text
                self.lookups.appendlist(
                    key,
                    (normalize(joined), joined, {**defaults, **include.default_kwargs}, {**converters_above, **converters}),
                )
        for namespace, (inner_prefix, namespaced) in include.namespace_dict.items():
            # reverse() reads a namespace's converters from its include()'s pattern: it learns
            # those of the prefixes above it here.
            namespaced.pattern.converters.update(include.pattern.converters)
            self.namespaces[namespace] = (prefix + inner_prefix, namespaced)
        for app_name, instances in include.app_dict.items():
            self.apps.setdefault(app_name, []).extend(instances)


# ---- filling in a candidate ------------------------------------------------------------------


def _filled_in(prefix, template, params, regex_text, defaults, converters, args, kwargs):
    """The URL of one spelling of a candidate, or None when the arguments do not fit it."""
    values = _values_for(params, args, kwargs, defaults)
    texts = None if values is None else _url_texts(values, converters)
    return None if texts is None else _url_if_it_matches(prefix, template, texts, regex_text)


def _values_for(params, args, kwargs, defaults):
    """The values for a spelling's parameters, or None when the arguments do not fit it.

    Positional arguments must be exactly one per parameter. Keyword arguments must name every
    parameter and nothing else, except names the pattern has defaults (extra kwargs) for; a
    default that is not a parameter must, if given, be given its own value."""
    if args:
        return dict(zip(params, args)) if len(args) == len(params) else None
    given, wanted = set(kwargs), set(params)
    if ((given - wanted) | (wanted - given)) - set(defaults):
        return None
    for name, default in defaults.items():
        if name not in wanted and kwargs.get(name, default) != default:
            return None
    return kwargs


def _url_texts(values, converters):
    """Each value as URL text: its converter's to_url(), or str(). None when a to_url() says
    ValueError (this candidate does not fit)."""
    texts = {}
    for name, value in values.items():
        if name in converters:
            try:
                texts[name] = converters[name].to_url(value)
            except ValueError:
                return None
        else:
            texts[name] = str(value)
    return texts


def _url_if_it_matches(prefix, template, texts, regex_text):
    """The quoted URL when the filled-in path matches the pattern's regex, else None.

    Paths are resolved decoded, so the check is made on the decoded path; only then is it
    percent-encoded. It never starts with '//', which a browser would read as another host."""
    candidate = (prefix.replace("%", "%%") + template) % texts
    if re.search("^" + re.escape(prefix) + regex_text, candidate) is None:
        return None
    return escape_leading_slashes(quote(candidate, safe=_SAFE_IN_PATH))


def _no_reverse_match_message(lookup_view, args, kwargs, candidates):
    module = getattr(lookup_view, "__module__", None)
    name = getattr(lookup_view, "__name__", None)
    shown = f"{module}.{name}" if module is not None and name is not None else lookup_view
    if not candidates:
        return f"Reverse for '{shown}' not found. '{shown}' is not a valid view function or pattern name."
    if args:
        given = "arguments '%s'" % (args,)
    elif kwargs:
        given = "keyword arguments '%s'" % (kwargs,)
    else:
        given = "no arguments"
    tried = [regex_text for _, regex_text, _, _ in candidates]
    return "Reverse for '%s' with %s not found. %d pattern(s) tried: %s" % (shown, given, len(tried), tried)
