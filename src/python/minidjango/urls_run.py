"""The `urls` operation: what Django's URL system makes of a project's URLconf.

In one run, as in one Django process: settings configured (ROOT_URLCONF, INSTALLED_APPS = [],
ALLOWED_HOSTS = ['*'], a valid SECRET_KEY, then the request's settings), django.setup(), the
system checks (without --deploy), each resolve() in order, then each reverse() in order. The
answer has the conformance corpus's shapes (FORMAT.md, "URL cases"), plus where each finding is
written in the reader's files: `location` on a match, on a check message and on an error,
`tried_locations` on a 404.
"""

import django
from django.conf import settings

from minidjango import errors, limits, locations
from minidjango.findings import level_name, present

#: 50+ characters, 5+ distinct ones, no "django-insecure-" prefix: a key security.W009 accepts.
SECRET_KEY = "urls-run-" + "k3y-for-resolving-urls-only-never-for-signing-0123456789"


class UrlsRun:
    def __init__(self, project, request):
        self.project = project
        self.request = request

    def answer(self):
        try:
            self._setup()
        except BaseException as exc:  # a setting that breaks setup: nothing else can run
            error = self.error(exc)
            return {
                "checks": {"error": error, "messages": []},
                "resolve": [{"error": error} for _ in self.request.get("resolve", ())],
                "reverse": [{"error": error} for _ in self.request.get("reverse", ())],
            }
        return {
            "checks": self.checks(),
            "resolve": [self.resolve(path) for path in self.request.get("resolve", ())],
            "reverse": [self.reverse(call) for call in self.request.get("reverse", ())],
        }

    def _setup(self):
        options = {
            "ROOT_URLCONF": self.request["root_urlconf"],
            "INSTALLED_APPS": [],
            "ALLOWED_HOSTS": ["*"],
            "SECRET_KEY": SECRET_KEY,
        }
        options.update(self.request.get("settings") or {})
        settings.configure(**options)
        django.setup()

    # ---- the three steps ----------------------------------------------------------------------

    def checks(self):
        from django.core import checks

        try:
            messages = checks.run_checks(include_deployment_checks=False)
        except BaseException as exc:  # importing the URLconf runs the reader's code
            return {"error": self.error(exc), "messages": []}
        shown, left_out = limits.first_messages([m for m in messages if not m.is_silenced()])
        return {"error": None, "messages": [self.message(m) for m in shown] + limits.left_out(left_out, level_name)}

    def resolve(self, path):
        from django.urls import Resolver404, resolve

        try:
            try:
                match = resolve(path)
            except Resolver404 as not_found:
                return self.not_found(path, not_found)
        except BaseException as exc:
            return {"error": self.error(exc)}
        return {
            "match": True,
            "view": match._func_path,
            "args": [typed(value) for value in match.args],
            "kwargs": typed_dict(match.kwargs),
            "captured_kwargs": typed_dict(match.captured_kwargs or {}),
            "extra_kwargs": typed_dict(match.extra_kwargs or {}),
            "url_name": match.url_name,
            "route": match.route,
            "app_names": list(match.app_names),
            "namespaces": list(match.namespaces),
            "view_name": match.view_name,
            "location": self.site_location(match.source_site),
        }

    def not_found(self, path, not_found):
        tried = not_found.args[0].get("tried", []) if not_found.args else []
        return {
            "match": False,
            "tried": [[str(pattern.pattern) for pattern in entry] for entry in tried],
            "tried_display": [tried_display(entry) for entry in tried],
            "append_slash_redirect": append_slash_redirect(path),
            "tried_locations": [self.site_location(getattr(entry[-1], "source_site", None)) for entry in tried],
        }

    def reverse(self, call):
        from django.urls import reverse
        from django.utils.module_loading import import_string

        try:
            viewname = import_string(call["callable"]) if "callable" in call else call["viewname"]
            options = {key: call[key] for key in ("args", "kwargs", "current_app", "query", "fragment") if key in call}
            return {"path": reverse(viewname, **options)}
        except BaseException as exc:
            return {"error": self.error(exc)}

    # ---- presenting ---------------------------------------------------------------------------

    def message(self, message):
        presented = present(message)
        source = getattr(message, "source", None)
        presented["location"] = locations.of_code_site(self.project, source) if source else None
        return presented

    def error(self, exc):
        """The corpus's Error; when Django raised it about a pattern (an invalid regex, an
        include() nested too deeply) without the reader's code on the stack, the location is
        that pattern's path() call, while file and line stay what Django's traceback says."""
        described = errors.describe(exc, self.project)
        if described.get("location") is None:
            described["location"] = self.site_location(getattr(exc, "source_site", None))
        return described

    def site_location(self, site):
        """The place of a path()/re_path() call (a django.urls SourceSite), or None."""
        return locations.of_code_site(self.project, site) if site is not None else None


def typed(value):
    """A value as the corpus writes it: [type name, repr]."""
    try:
        text = repr(value)
    except Exception:  # a converter's value whose __repr__ fails
        text = f"<unprintable {type(value).__name__} object>"
    return [type(value).__name__, text]


def typed_dict(values):
    return {str(name): typed(value) for name, value in values.items()}


def tried_display(entry):
    """An item of the DEBUG 404 page's list: the patterns' text, then the name or namespace."""
    from django.urls import URLPattern, URLResolver

    text = " ".join(s for s in (str(pattern.pattern) for pattern in entry) if s)
    last = entry[-1]
    if isinstance(last, URLPattern) and last.name:
        suffix = "[name='%s']" % last.name
    elif isinstance(last, URLResolver) and last.namespace:
        suffix = "[namespace='%s']" % last.namespace
    else:
        return text
    return "%s %s" % (text, suffix) if text else suffix


def append_slash_redirect(path):
    """Where CommonMiddleware sends a GET of `path` whose view answered 404, or None."""
    from django.http import HttpRequest, HttpResponseNotFound
    from django.middleware.common import CommonMiddleware

    request = HttpRequest()
    request.method = "GET"
    request.path = request.path_info = path
    not_found = HttpResponseNotFound()
    response = CommonMiddleware(lambda request: not_found).process_response(request, not_found)
    return response["Location"] if response is not not_found else None
