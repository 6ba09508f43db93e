"""DEBUG's technical pages (django.views.debug): what a stranger sees when DEBUG = True.

technical_500_response() is the page of an unhandled exception (also DisallowedHost's 400 and
the other SuspiciousOperations): the exception, where it was raised, every frame of the
traceback with the source around it and its local variables, the request (GET, POST, cookies,
META) and the whole settings module. technical_404_response() is the 404 page with the URL
patterns tried, default_urlconf() the "install worked" page of a project without URLs.

What the pages show passes through SafeExceptionReporterFilter: settings whose name says
API, AUTH, TOKEN, KEY, SECRET, PASS, SIGNATURE or HTTP_COOKIE become stars, as does the session
cookie; marked variables and POST parameters (django.views.decorators.debug) only when DEBUG is
off. The pages themselves are built by django.views._debug_pages, without the template engine,
so that a broken TEMPLATES setting still gets its page.
"""

import functools
import itertools
import re
import sys
import warnings
from datetime import datetime, timezone

from django._process import forgotten_by_new_process
from django._trace import note
from django.conf import settings
from django.http import Http404, HttpResponse, HttpResponseNotFound
from django.utils.datastructures import MultiValueDict
from django.utils.module_loading import import_string
from django.views import _debug_pages as pages
from django.views.decorators.debug import hidden_names_of_stack, is_sensitive_variables_frame

_STARS = "********************"
_ALL = "__ALL__"
_CONTEXT_LINES = 7
_LONGEST_VALUE = 4096


class ExceptionCycleWarning(UserWarning):
    pass


class CallableSettingWrapper:
    """A callable setting as the settings dump shows it: its repr, never called."""

    def __init__(self, callable_setting):
        self._callable = callable_setting

    def __repr__(self):
        return repr(self._callable)


def _without_csp(response):
    """The technical pages carry their own inline style: no Content-Security-Policy for them
    (what Django's csp_override({}) does to these views)."""
    response._csp_config = {}
    response._csp_ro_config = {}
    return response


def technical_500_response(request, exc_type, exc_value, tb, status_code=500):
    """The DEBUG page of an exception (the sys.exc_info() triple): HTML, or plain text for a
    client that prefers text/plain to text/html."""
    reporter_class = get_exception_reporter_class(request)
    reporter = reporter_class(request, exc_type, exc_value, tb)
    if _preferred_type(request, ["text/html", "text/plain"]) == "text/html":
        body, content_type = reporter.get_traceback_html(), "text/html"
    else:
        body, content_type = reporter.get_traceback_text(), "text/plain; charset=utf-8"
        note("Technical 500", "plain text: the request's Accept header does not prefer text/html")
    return _without_csp(HttpResponse(body, status=status_code, content_type=content_type))


def _preferred_type(request, offered):
    chooser = getattr(request, "get_preferred_type", None)
    if chooser is not None:
        return chooser(offered)
    return pages.preferred_type(request.META.get("HTTP_ACCEPT", "*/*"), offered)


@functools.cache
def get_default_exception_reporter_filter():
    """The DEFAULT_EXCEPTION_REPORTER_FILTER instance, made once."""
    filter_class = import_string(settings.DEFAULT_EXCEPTION_REPORTER_FILTER)
    return filter_class()


@forgotten_by_new_process
def _forget_default_filter():
    get_default_exception_reporter_filter.cache_clear()


def get_exception_reporter_filter(request):
    return getattr(request, "exception_reporter_filter", get_default_exception_reporter_filter())


def get_exception_reporter_class(request):
    return getattr(request, "exception_reporter_class", import_string(settings.DEFAULT_EXCEPTION_REPORTER))


def get_caller(request):
    """The dotted path of the view the request went to ('' when its path resolves to none)."""
    found = request.resolver_match
    if found is None:
        from django.urls import resolve

        try:
            found = resolve(request.path)
        except Http404:
            return ""
    return found._func_path


# ---- what is hidden ---------------------------------------------------------------------------


class SafeExceptionReporterFilter:
    """Hides secrets in what an error report shows: settings and request data by their names
    (always), variables and POST parameters marked by the sensitive_* decorators (when active)."""

    cleansed_substitute = _STARS
    hidden_settings = re.compile("API|AUTH|TOKEN|KEY|SECRET|PASS|SIGNATURE|HTTP_COOKIE", flags=re.I)

    def _is_secret_name(self, key):
        """A name that says secret, or the session cookie's (a non-string key says nothing)."""
        if isinstance(key, str) and self.hidden_settings.search(key):
            return True
        return key == settings.SESSION_COOKIE_NAME

    def cleanse_setting(self, key, value):
        """`value` as shown under the name `key`: stars for a secret name; a dict's entries,
        a list's or tuple's items, cleansed in turn; a callable wrapped so it is not called."""
        if self._is_secret_name(key):
            return self.cleansed_substitute
        match value:
            case dict():
                shown = {name: self.cleanse_setting(name, item) for name, item in value.items()}
            case list():
                shown = [self.cleanse_setting("", item) for item in value]
            case tuple():
                shown = tuple(self.cleanse_setting("", item) for item in value)
            case _:
                shown = value
        return CallableSettingWrapper(shown) if callable(shown) else shown

    def get_safe_settings(self):
        """Every setting (the upper-case names), cleansed."""
        return {name: self.cleanse_setting(name, getattr(settings, name)) for name in dir(settings) if name.isupper()}

    def get_safe_request_meta(self, request):
        meta = getattr(request, "META", None)
        return {} if meta is None else {name: self.cleanse_setting(name, value) for name, value in meta.items()}

    def get_safe_cookies(self, request):
        cookies = getattr(request, "COOKIES", None)
        return {} if cookies is None else {name: self.cleanse_setting(name, value) for name, value in cookies.items()}

    def is_active(self, request):
        """Marked values are hidden only when DEBUG is off: with DEBUG on, the site is not safe
        anyway."""
        debug = settings.DEBUG
        return debug is False  # not merely false: DEBUG = 0 leaves the filter off, as in Django

    def _marked_post(self, request):
        marked = getattr(request, "sensitive_post_parameters", [])
        return marked if marked and self.is_active(request) else None

    def get_cleansed_multivaluedict(self, request, multivaluedict):
        """A copy with the marked POST parameters as stars (for a QueryDict met as a variable).
        "All" marks nothing here: only named parameters are looked for."""
        marked = self._marked_post(request)
        return multivaluedict if marked is None else self._starred(multivaluedict, marked)

    def _starred(self, values, names):
        copy = values.copy()
        for name in names:
            if name in copy:
                copy[name] = self.cleansed_substitute
        return copy

    def get_post_parameters(self, request):
        """request.POST with the marked parameters (or all) as stars."""
        marked = None if request is None else self._marked_post(request)
        if marked is None:
            return {} if request is None else request.POST
        posted = request.POST
        return self._starred(posted, list(posted) if marked == _ALL else marked)

    def cleanse_special_types(self, request, value):
        try:
            is_multivalue = isinstance(value, MultiValueDict)
        except Exception as error:  # a lazy object may fail even to say what it is
            return f"{error!r} while evaluating {value!r}"
        return self.get_cleansed_multivaluedict(request, value) if is_multivalue else value

    def get_traceback_frame_variables(self, request, tb_frame):
        """(name, value) of the frame's locals, the sensitive ones as stars."""
        marked = hidden_names_of_stack(tb_frame)
        hiding = bool(marked) and self.is_active(request)
        frame_locals = tb_frame.f_locals
        shown = {}
        for name in frame_locals:
            hidden = hiding and (marked == _ALL or name in marked)
            shown[name] = self.cleansed_substitute if hidden else self.cleanse_special_types(request, frame_locals[name])
        if is_sensitive_variables_frame(tb_frame):
            # The wrapper holds the decorated function's arguments: hidden whatever DEBUG says.
            shown["func_args"] = shown["func_kwargs"] = self.cleansed_substitute
        return shown.items()


# ---- the report --------------------------------------------------------------------------------


def _shown_value(value):
    """A variable's value as the page shows it: pretty-printed, a long one cut."""
    text = pages.pretty(value)
    if len(text) > _LONGEST_VALUE:
        text = f"{text[:_LONGEST_VALUE]}… <trimmed {len(text)} bytes string>"
    return text


def _cause_of(exception):
    """The exception this one was raised from, or during the handling of (unless suppressed)."""
    if exception.__cause__ is not None:
        return exception.__cause__
    return None if exception.__suppress_context__ else exception.__context__


def _unicode_hint(exc_type, exc_value):
    """For a UnicodeError: the text around what could not be encoded or decoded."""
    if not (exc_type and issubclass(exc_type, UnicodeError)):
        return ""
    start, end = getattr(exc_value, "start", None), getattr(exc_value, "end", None)
    if start is None or end is None:
        return ""
    around = exc_value.args[1][max(start - 5, 0) : end + 5]
    return around.decode("ascii", errors="replace") if isinstance(around, bytes) else str(around)


def _server_time():
    """Now, in TIME_ZONE when the machine knows that zone (the page shows it as an RFC 5322
    date), else in UTC."""
    try:
        from zoneinfo import ZoneInfo

        zone = ZoneInfo(settings.TIME_ZONE or "UTC")
    except Exception:  # no zoneinfo database (Pyodide), or a zone it lacks
        zone = timezone.utc
    return datetime.now(zone)


class ExceptionReporter:
    """Gathers what the technical 500 page (or a mailed report) shows about an exception."""

    def __init__(self, request, exc_type, exc_value, tb, is_email=False):
        self.request, self.is_email = request, is_email
        self.filter = get_exception_reporter_filter(request)
        self.exc_type, self.exc_value, self.tb = exc_type, exc_value, tb
        self.template_info = getattr(exc_value, "template_debug", None)
        # A TemplateDoesNotExist says which templates were tried (set by get_traceback_data()).
        self.template_does_not_exist, self.postmortem = False, None

    def _get_raw_insecure_uri(self):
        """The request's URL from the host it claims, unchecked (the page of a DisallowedHost
        must still say where the request went)."""
        request = self.request
        return f"{request.scheme}://{pages.claimed_host(request)}{request.get_full_path()}"

    def _user_str(self):
        try:
            return str(self.request.user)
        except Exception:  # no user at all, or a user backend that fails
            return "[unable to retrieve the current user]"

    def get_traceback_data(self):
        """Everything the page shows, by the names Django's templates use."""
        from django import get_version

        self._note_missing_template()
        frames = list(self.get_traceback_frames())
        for frame in (frame for frame in frames if "vars" in frame):
            frame["vars"] = [(name, _shown_value(value)) for name, value in frame["vars"]]
        request, filter_ = self.request, self.filter
        exc_type, exc_value = self.exc_type, self.exc_value
        data = {
            "is_email": self.is_email,
            "unicode_hint": _unicode_hint(self.exc_type, self.exc_value),
            "frames": frames,
            "request": request,
            "request_meta": filter_.get_safe_request_meta(request),
            "request_COOKIES_items": filter_.get_safe_cookies(request).items(),
            "user_str": None if request is None else self._user_str(),
            "filtered_POST_items": list(filter_.get_post_parameters(request).items()),
            "settings": filter_.get_safe_settings(),
            "sys_executable": sys.executable,
            "sys_version_info": "%d.%d.%d" % sys.version_info[:3],
            "server_time": _server_time(),
            "django_version_info": get_version(),
            "sys_path": sys.path,
            "template_info": self.template_info,
            "template_does_not_exist": self.template_does_not_exist,
            "postmortem": self.postmortem,
        }
        if request is not None:
            data["request_GET_items"] = request.GET.items()
            data["request_FILES_items"] = request.FILES.items()
            data["request_insecure_uri"] = self._get_raw_insecure_uri()
            data["raising_view_name"] = get_caller(request)
        if exc_type:
            data["exception_type"] = exc_type.__name__
        if exc_value:
            # A template's syntax error: its message without the "Template: name," prefix.
            data["exception_value"] = getattr(exc_value, "raw_error_message", exc_value)
            notes = getattr(exc_value, "__notes__", None)
            if notes:
                data["exception_notes"] = "\n" + "\n".join(notes)
        if frames:
            data["lastframe"] = frames[-1]
        return data

    def _note_missing_template(self):
        from django.template import TemplateDoesNotExist

        missing = self.exc_type is not None and issubclass(self.exc_type, TemplateDoesNotExist)
        if missing:
            self.template_does_not_exist = True
            self.postmortem = getattr(self.exc_value, "chain", None) or [self.exc_value]

    def get_traceback_html(self):
        """The HTML page (technical_500_response's body)."""
        return pages.server_error_html(self.get_traceback_data())

    def get_traceback_text(self):
        """The plain-text report (for a client that asks for text, and for mail)."""
        return pages.server_error_text(self.get_traceback_data())

    def _exception_chain(self):
        """The exception and those it was raised from, outermost first, each once."""
        chain, current = [], self.exc_value
        while current is not None:
            chain.append(current)
            current = _cause_of(current)
            if current is not None and current in chain:
                message = f"Cycle in the exception chain detected: exception '{current}' encountered again."
                warnings.warn(message, ExceptionCycleWarning)
                break
        return chain

    def get_traceback_frames(self):
        """The frames of every exception of the chain, the innermost cause's first."""
        chain = self._exception_chain()
        frames = []
        for exception in reversed(chain):
            tb = self.tb if len(chain) == 1 else exception.__traceback__
            frames.extend(self.get_exception_traceback_frames(exception, tb))
        return frames

    def get_exception_traceback_frames(self, exc_value, tb):
        cause = _cause_of(exc_value)
        explicit = getattr(exc_value, "__cause__", True)
        if tb is None:
            yield {"exc_cause": cause, "exc_cause_explicit": explicit, "tb": None, "type": "user"}
        for tb in _tracebacks_from(tb):
            frame = tb.tb_frame
            if frame.f_locals.get("__traceback_hide__"):
                continue
            yield {
                "exc_cause": cause,
                "exc_cause_explicit": explicit,
                "tb": tb,
                **self._frame_source(tb),
                "vars": self.filter.get_traceback_frame_variables(self.request, frame),
                "id": id(tb),
            }

    def _frame_source(self, tb):
        """Where the frame is and the source lines around the line it was at."""
        frame = tb.tb_frame
        module = frame.f_globals.get("__name__") or ""
        index = tb.tb_lineno - 1
        found = pages.source_around(frame.f_code.co_filename, index, _CONTEXT_LINES,
                                    frame.f_globals.get("__loader__"), module)
        first, before, line, after = found or (index, [], "<source code not available>", [])
        return {
            "type": "django" if module.startswith("django.") else "user",
            "filename": frame.f_code.co_filename,
            "function": frame.f_code.co_name,
            "lineno": index + 1,
            "pre_context": before,
            "context_line": line,
            "post_context": after,
            "pre_context_lineno": first + 1,
            **_carets(tb, index + 1, line),
        }


def _tracebacks_from(step):
    while step:
        yield step
        step = step.tb_next


def _carets(tb, lineno, line):
    """The ^^^ under the part of the line that raised: `colno` for the page (after the line
    number), `tb_area_colno` for the text report (indented as its 4-space lines are)."""
    positions = next(itertools.islice(tb.tb_frame.f_code.co_positions(), tb.tb_lasti // 2, None), None)
    start, end = (positions or (None, None, None, None))[2:]
    if not (start and end):
        return {"colno": "", "tb_area_colno": ""}
    underline = "^" * (end - start)
    indent = len(line) - len(line.lstrip())
    return {
        "colno": "\n" + " " * (start + len(str(lineno)) + 2) + underline,
        "tb_area_colno": "\n" + " " * (4 + start - indent) + underline,
    }


# ---- 404 ---------------------------------------------------------------------------------------


def _details_of(exception):
    """(path, tried) from a Resolver404's argument; None for what it does not give."""
    argument = exception.args[0] if exception.args else None
    if not isinstance(argument, dict):
        return None, None, False
    return argument.get("path"), argument.get("tried"), "tried" in argument


def technical_404_response(request, exception):
    """The DEBUG 404 page: the patterns tried (up to the one that matched, when a view raised
    Http404), or the "install worked" page for a URLconf without patterns."""
    path, tried, from_resolver = _details_of(exception)
    if from_resolver and (not tried or _only_the_admin(request, tried)):
        note("Technical 404", "the URLconf has no URL patterns: Django's \"install worked\" page, 200", setting="ROOT_URLCONF")
        return _without_csp(default_urlconf(request))
    if not from_resolver:  # a view raised it: the patterns tried on the way to that view
        tried = getattr(request.resolver_match, "tried", None)
    page = {
        "urlconf": _urlconf_name(request),
        "request_path": request.path_info[1:] if path is None else path,
        "tried": [[pages.tried_part(entry) for entry in attempt] for attempt in tried or ()],
        "resolved": not from_resolver,
        "reason": str(exception),
        "request": request,
        "raising_view_name": get_caller(request),
        # Not shown, but read as Django reads them: an empty SECRET_KEY breaks this page too.
        "settings": get_default_exception_reporter_filter().get_safe_settings(),
    }
    return _without_csp(HttpResponseNotFound(pages.not_found_html(page)))


def _urlconf_name(request):
    """The URLconf the request was resolved with (a middleware may set request.urlconf)."""
    chosen = vars(request).get("urlconf", settings.ROOT_URLCONF)
    return getattr(chosen, "__name__", chosen)


def _only_the_admin(request, tried):
    """The URLconf startproject writes (just the admin), asked for /: the welcome page."""
    if request.path_info != "/" or len(tried) != 1 or len(tried[0]) != 1:
        return False
    only = tried[0][0]
    return getattr(only, "app_name", "") == getattr(only, "namespace", "") == "admin"


def default_urlconf(request):
    """The "install worked" page (200) of a project whose URLconf has no patterns."""
    from django import VERSION

    docs_version = "dev" if VERSION[3] != "final" else "%d.%d" % VERSION[:2]
    return HttpResponse(pages.welcome_html(docs_version))

