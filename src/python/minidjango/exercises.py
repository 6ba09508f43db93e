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
    and for a URL exercise what resolve() and reverse() give."""

    def __init__(self, project, result, urls=None):
        self.project = project
        self._urls = urls
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
        from minidjango.project import PROJECT_DIR

        saved_env = dict(os.environ)
        hidden = []
        isolation.begin()
        try:
            sys.path[:] = self.project.sys_path()
            os.environ.clear()
            os.environ.update(env)
            for path in without:
                full = os.path.join(PROJECT_DIR, path)
                if os.path.exists(full):
                    os.rename(full, full + ".hidden")
                    hidden.append(full)
            yield
        finally:
            isolation.end()
            for full in hidden:
                os.rename(full + ".hidden", full)
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
