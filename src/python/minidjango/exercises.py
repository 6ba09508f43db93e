"""Exercises: a reader's project, checked as `manage.py check` would, then against the goals
the exercise's `checks.py` declares.

An exercise's checks.py is plain Python using this module:

    from minidjango.exercises import goal

    @goal("DEBUG is off in production")
    def debug_off(run):
        return run.setting("DEBUG") is False

Each goal gets an ExerciseRun and returns whether it is met. Goals are shown, in the order they
are declared, as the checklist that turns green item by item.
"""

import base64
import hashlib
import os
import sys
from contextlib import contextmanager


_MISSING = object()
_compiled = {}


class Goal:
    def __init__(self, title, func):
        self.title = title
        self.func = func


_declaring = None


def goal(title):
    """Declare a goal of the exercise whose checks.py is being loaded."""

    def register(func):
        if _declaring is None:
            raise RuntimeError("@goal is only used in an exercise's checks.py")
        _declaring.append(Goal(title, func))
        return func

    return register


def load_goals(source):
    """The goals a checks.py declares (compiled once per distinct source)."""
    global _declaring
    key = hashlib.sha1(source.encode("utf-8")).hexdigest()
    if key not in _compiled:
        goals = []
        _declaring = goals
        try:
            exec(compile(source, "checks.py", "exec"), {"__name__": "exercise_checks"})
        finally:
            _declaring = None
        _compiled[key] = goals
    return _compiled[key]


class ExerciseRun:
    """What a goal can look at: the check's result, the settings as Django loaded them, the files,
    the project's answers to requests (request()), for a URL exercise what resolve() and reverse() give, and for an exercise with an nginx.conf
    what `nginx -t` says of it and where nginx sends requests."""

    def __init__(self, project, result, urls=None, nginx=None, settings_module="mysite.settings", fixtures=()):
        self.project = project
        self._settings_module = settings_module
        #: The exercise's fixtures: each request (and run.query) starts from their rows.
        self._fixtures = list(fixtures or ())
        self._responses = {}
        self._urls = urls
        self._nginx_options = nginx if isinstance(nginx, dict) else {"conf": nginx} if nginx else None
        #: With `nginx`: {ok, errors, conf, upstreams}, `nginx -t` on the project's configuration (nginx_beside.py).
        self.nginx = result.get("nginx")
        self.error = result["error"]
        self.messages = result["messages"]
        self.ids = {message["id"] for message in self.messages}
        for message in self.messages:  # the note on messages left out of a long answer (limits.py)
            self.ids.update(message.get("left_out_ids", ()))
        #: The server's environment variables, as the exercise declares them.
        self.env = dict(project.env)

    def has(self, message_id):
        """Whether the check reported this id (e.g. "security.W018")."""
        return message_id in self.ids

    @property
    def settings_loaded(self):
        from django.conf import settings

        return self.error is None and settings.configured

    def setting(self, name, default=_MISSING):
        """A setting's value as Django sees it (defaults included); `default` if settings did not load."""
        if not self.settings_loaded:
            if default is _MISSING:
                raise LookupError(f"the settings did not load, so {name} has no value")
            return default
        from django.conf import settings

        return getattr(settings, name)

    def source(self, path):
        """The text of one of the reader's files ('' when it does not exist)."""
        return self.project.source(path) or ""

    # ---- restarts: how the settings behave in another environment -----------------------------

    @contextmanager
    def new_process(self, env, without=()):
        """Run code as a new server process of the reader's project would: with exactly the
        environment `env`, the project's files minus `without` (e.g. [".env"]), its installed
        packages importable; whatever that code changes is put back afterwards."""
        from minidjango import isolation
        from minidjango.project import files_hidden

        saved_env = dict(os.environ)
        isolation.begin()
        try:
            sys.path[:] = self.project.sys_path()
            os.environ.clear()
            os.environ.update(env)
            with files_hidden(without):
                yield
        finally:
            isolation.end()
            os.environ.clear()
            os.environ.update(saved_env)

    def restart(self, env, without=(), settings_module="mysite.settings"):
        """The settings module's variables after a restart with the environment `env` (and
        without the files `without`). Raises what the settings raise."""
        module = sys.modules[settings_module]
        code = module.__spec__.loader.get_code(settings_module)
        namespace = {"__name__": settings_module, "__file__": module.__file__, "__package__": settings_module.rpartition(".")[0]}
        with self.new_process(env, without):
            exec(code, namespace)
        return namespace

    def dotenv_environment(self):
        """The variables the settings can see when python-dotenv reads .env under the server's own."""
        from minidjango.project import PROJECT_DIR

        with self.new_process(self.env):
            from dotenv import dotenv_values

            values = dotenv_values(os.path.join(PROJECT_DIR, ".env"))
        return {**{name: value for name, value in values.items() if value is not None}, **self.env}

    def restarts_with(self, name, value):
        """The settings' variables after two restarts where the server's environment sets `name`
        to `value`: with .env in place, and (for settings that let .env win over the environment)
        with .env's values moved into the environment instead. None for a start that raised."""
        results = []
        for env, without in ((dict(self.env), ()), (self.dotenv_environment(), [".env"])):
            try:
                results.append(self.restart({**env, name: value}, without))
            except Exception:
                results.append(None)
        return results

    # ---- requests -----------------------------------------------------------------------------

    def request(self, method, url, headers=None, body=None):
        """What the reader's project answers to one request sent as gunicorn hands it to Django
        (the `request` operation's rules: an absolute URL, headers as a browser or nginx sends
        them, a UTF-8 body), in this run's process, with no cookies. A Response; the same request
        asked twice in a run is sent once."""
        line = _line(method, url, headers, body)
        key = repr(sorted(line.items()))
        if key not in self._responses:
            self._responses[key] = self._send(line)
        return self._responses[key]

    def requests(self, requests):
        """run.request() of each of `requests` ((method, url) or (method, url, headers, body)), all
        sent in one process, one after another, as a running server answers them: the database
        holds the exercise's fixtures at the first and keeps what each request wrote. A list of
        Responses, in order (the time limit or a crash leaves the rest unsent: status 0)."""
        lines = [_line(*request) for request in requests]
        return self._send_all(lines)

    def _send(self, line):
        return self._send_all([line])[0]

    def _send_all(self, lines):
        from minidjango import isolation
        from minidjango.request_run import RequestRun

        if self.error is not None:  # the settings did not load: nothing answers
            return [Response({"status": 0, "reason": "", "headers": [], "body": "", "trace": [], "error": self.error}) for _ in lines]
        isolation.begin()  # the reader's views run now: what they change is put back after
        from minidjango.exercise_db import forget_database

        forget_database()  # each request starts from the exercise's rows (an empty database without fixtures)
        answer = RequestRun(self.project, {"settings_module": self._settings_module, "requests": lines,
                                           "fixtures": self._fixtures}).answer()
        if answer["error"] is not None:
            return [Response({"status": 0, "reason": "", "headers": [], "body": "", "trace": [], "error": answer["error"]}) for _ in lines]
        return [Response(response) for response in answer["responses"]]

    # ---- the database -----------------------------------------------------------------------

    def query(self, code, **names):
        """The value of `code` (statements, then an expression; or set `result`) run with `names`
        against the project's models on a fresh database with the exercise's fixtures, as a
        request's starts: what a view should answer, computed from the data (exercise_db.py)."""
        from minidjango.exercise_db import query

        return query(self.project, self._settings_module, self._fixtures, code, names)

    def cache_timeline(self, requests, servers=None, database=None):
        """The reader's project answering `requests` ([{at, url, server?, method?}]) at moments
        of the engine's clock, on app servers `servers` (each its own process, its own
        LocMemCache), counting each call of `database` (a dotted path) as a query: a Timeline
        (minidjango/cache_timeline.py) with each event's queries, hits, misses and response."""
        from minidjango.cache_timeline import timeline_for_exercise

        return timeline_for_exercise(self, requests, servers, database)
    # ---- collectstatic ------------------------------------------------------------------------

    def collectstatic(self, args=("--noinput",)):
        """`manage.py collectstatic ARGS` in the reader's project (minidjango/exercise_collectstatic.py):
        a Collected, with .ok, .output, .copied, .text(path), .source_of(path), .shadowed(). The
        same arguments asked twice in a run are run once."""
        from minidjango.exercise_collectstatic import collect

        key = ("collectstatic", tuple(args))
        if key not in self._responses:
            self._responses[key] = collect(self.project, self._settings_module, args)
        return self._responses[key]

    # ---- nginx ------------------------------------------------------------------------------

    def balance(self, requests, down=(), upstream_name=None):
        """Where nginx sends these requests ({client, down?, delay_ms?...}, as the balance
        operation takes them) through an upstream of the project's nginx.conf (default: the
        first); `down`: backends (their addresses) stopped for the whole run. The balance
        operation's answer: served_by and tried name servers by address, or "HTTP 502"."""
        from minidjango.nginx.balance import balance
        from minidjango.nginx.checker import DEFAULT_PREFIX, run_check

        if self._nginx_options is None:
            raise LookupError("balance() is for exercises with an nginx configuration (nginx: in exercise.md)")
        options = self._nginx_options
        files = {path: self.project.source(path) for path in self.project.files}
        request = {"files": files, "conf": options.get("conf", "nginx.conf"), "prefix": options.get("prefix", DEFAULT_PREFIX),
                   "hosts": options.get("hosts"), "upstream_name": upstream_name, "down": list(down), "requests": requests}
        return balance(request, run_check)

    # ---- logging ------------------------------------------------------------------------------

    def log_handlers(self, logger, level="ERROR", created_later=False):
        """The handlers a record of `level` logged on `logger` reaches, as LOGGING set them up:
        [{"class", "journal" (writes to stderr or stdout), "mails_admins"}] (minidjango/log_routes.py)."""
        from minidjango.log_routes import handlers_for

        return handlers_for(logger, level, created_later)

    # ---- URL exercises ----------------------------------------------------------------------

    def resolve(self, path):
        """URL exercises: resolve(path) as the urls operation answers it (a match, a 404 or an error)."""
        return self._url_run().resolve(path)

    def reverse(self, viewname, **options):
        """URL exercises: reverse() as the urls operation answers it ({"path": ...} or {"error": ...})."""
        return self._url_run().reverse({"viewname": viewname, **options})

    def _url_run(self):
        if self._urls is None:
            raise LookupError("resolve() and reverse() are for URL exercises (kind: urls)")
        return self._urls


def _line(method, url, headers=None, body=None):
    """A request line of the `request` operation."""
    line = {"method": method, "url": url}
    if headers:
        line["headers"] = {str(name): str(value) for name, value in headers.items()}
    if body:
        line["body"] = body
    return line


class Headers:
    """A response's headers, looked up by name in any case; a header sent twice reads as its
    values joined by ", " (getlist gives them apart)."""

    def __init__(self, pairs):
        self.pairs = [(str(name), str(value)) for name, value in pairs]

    def getlist(self, name):
        return [value for key, value in self.pairs if key.lower() == name.lower()]

    def get(self, name, default=None):
        values = self.getlist(name)
        return ", ".join(values) if values else default

    def __getitem__(self, name):
        values = self.getlist(name)
        if not values:
            raise KeyError(name)
        return ", ".join(values)

    def __contains__(self, name):
        return bool(self.getlist(name))

    def __iter__(self):
        return iter(dict.fromkeys(key for key, _ in self.pairs))

    def __len__(self):
        return len(set(key.lower() for key, _ in self.pairs))

    def __repr__(self):
        return f"Headers({self.pairs!r})"


class Response:
    """One answer of run.request(): `status`, `reason`, `headers`, `text` (the body; bytes that
    are not UTF-8 are decoded with replacement), `content` (its bytes), `trace` (the steps that
    decided it: {actor, text, setting, location}), `error` (what the handler, or the settings,
    raised instead of answering; None when Django answered) and `queries` (the SQL it ran)."""

    def __init__(self, answer):
        self.status = answer["status"]
        self.reason = answer["reason"]
        self.headers = Headers(answer["headers"])
        if "body_base64" in answer:
            self.content = base64.b64decode(answer["body_base64"])
            self.text = self.content.decode("utf-8", "replace")
        else:
            self.text = answer.get("body") or ""
            self.content = self.text.encode("utf-8", "surrogateescape")
        self.trace = list(answer.get("trace") or [])
        self.error = answer.get("error")
        #: The SQL the request ran, in order (connection.queries), when the project has a sqlite database.
        self.queries = [query["sql"] for query in answer.get("queries") or ()]

    def cookie(self, name):
        """The Set-Cookie of cookie `name` as a dict ({"value", and each attribute by its lower-case
        name: "secure" and "httponly" True or False, "samesite", "path", "max-age"... as text}),
        or None when the response sets no such cookie."""
        for header in self.headers.getlist("Set-Cookie"):
            pair, *attributes = [part.strip() for part in header.split(";")]
            cookie_name, _, value = pair.partition("=")
            if cookie_name != name:
                continue
            found = {"value": value, "secure": False, "httponly": False}
            for attribute in attributes:
                key, has_value, text = attribute.partition("=")
                found[key.strip().lower()] = text if has_value else True
            return found
        return None

    def __repr__(self):
        return f"<Response {self.status} {self.reason}>"
