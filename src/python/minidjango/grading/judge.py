"""The judge: an exercise's goals decided in an interpreter that never runs a submission's code.

The grader (src/grader/) keeps one interpreter of its own for this. Each goal of checks.py is
called with a `RemoteRun`, which is an ExerciseRun whose facts come from the submission's own
process (minidjango/grading/evidence.py): what the check reported, a setting's value, the
settings after a restart, a response, where a log record goes, a resolve() or reverse(). The
files, as data, are here (for source(), for nginx -t and the balancer, for python-dotenv or
django-environ reading .env), laid out where a project lives but never on sys.path: nothing of
the submission is imported here.

A question the judge has no answer to yet stops the goal (`NeedAnswer`, a BaseException, so a
goal's `except Exception` does not swallow it); the grader asks the submission's process and calls
`judge` again with that answer added; the goal runs again from its start, its earlier questions
answered from what is known. Goals already decided are not run again.
"""

import builtins
import json
import os
import shutil
import sys
from contextlib import contextmanager

from minidjango.exercises import ExerciseRun, Response, load_goals
from minidjango.grading.values import decode
from minidjango.project import PROJECT_DIR, Project, files_hidden


class NeedAnswer(BaseException):
    """The goal asked something only the submission's process knows."""

    def __init__(self, key, question):
        super().__init__(key)
        self.key = key
        self.question = question


class RemoteError(Exception):
    """An exception the submission's process raised answering a question; its type bears the
    name the original had (the goal's problem reads "LookupError: ...")."""


#: Exceptions a goal may catch by their class: rebuilt as those classes (others as RemoteError).
_TRUSTED_MODULES = ("builtins", "django.core.exceptions", "django.urls.exceptions", "django.template.exceptions")


def _exception(raised):
    name, module, message = str(raised.get("type", "Exception")), str(raised.get("module", "")), str(raised.get("message", ""))
    kind = None
    if module == "builtins":
        kind = getattr(builtins, name, None)
    elif module in _TRUSTED_MODULES:
        kind = getattr(__import__(module, fromlist=[name]), name, None)
    if not (isinstance(kind, type) and issubclass(kind, Exception)):
        kind = type(name, (RemoteError,), {})
    try:
        return kind(message)
    except Exception:
        return type(name, (RemoteError,), {})(message)


class RemoteRun(ExerciseRun):
    """What a goal sees, as in the page; its facts asked of the submission's process."""

    def __init__(self, evidence, request, answers):
        project = Project(request["files"], request.get("env"), request.get("installed", ()))
        super().__init__(project, evidence["result"], None, request.get("nginx"), request.get("settings_module", "mysite.settings"))
        self._kind = request.get("kind", "settings")
        self._settings_loaded = bool(evidence.get("settings_loaded"))
        self._answers = answers
        self.asked = None

    def _ask(self, name, *args):
        key = json.dumps([name, args], sort_keys=True, ensure_ascii=False)
        if key not in self._answers:
            self.asked = NeedAnswer(key, [name, list(args)])
            raise self.asked
        answer = self._answers[key]
        if "raised" in answer:
            raise _exception(answer["raised"])
        return answer["value"]

    @property
    def settings_loaded(self):
        return self.error is None and self._settings_loaded

    def setting(self, name, default=ExerciseRun.setting.__defaults__[0]):
        if not self.settings_loaded:
            return super().setting(name, default)  # raises LookupError, or gives the default
        return decode(self._ask("setting", str(name)))

    def restart(self, env, without=(), settings_module="mysite.settings"):
        return decode(self._ask("restart", {str(k): str(v) for k, v in dict(env).items()}, [str(p) for p in without], str(settings_module)))

    def _send(self, line):
        return Response(self._ask("request", line["method"], line["url"], line.get("headers"), line.get("body")))

    def log_handlers(self, logger, level="ERROR", created_later=False):
        return self._ask("log_handlers", str(logger), level if isinstance(level, int) else str(level), bool(created_later))

    def resolve(self, path):
        return self._ask("resolve", str(path))

    def reverse(self, viewname, **options):
        return self._ask("reverse", str(viewname), options)

    @contextmanager
    def new_process(self, env, without=()):
        """As ExerciseRun.new_process, for the goal's own code (python-dotenv, django-environ
        reading the project's .env): the environment `env`, the files but `without`, and the
        project never on sys.path."""
        saved_env = dict(os.environ)
        saved_path = list(sys.path)
        try:
            # The packages the exercise declares installed (python-dotenv...), not the project.
            sys.path[:] = [entry for entry in self.project.sys_path() if entry != PROJECT_DIR]
            os.environ.clear()
            os.environ.update(env)
            with files_hidden(without):
                yield
        finally:
            os.environ.clear()
            os.environ.update(saved_env)
            sys.path[:] = saved_path


_judging = {}  # submission id -> {"results": [...], "files": key}
_laid_out = [None]


def _lay_out(submission, files):
    """The submission's files at PROJECT_DIR, as data (for goals that read them as files)."""
    if _laid_out[0] == submission:
        return
    shutil.rmtree(PROJECT_DIR, ignore_errors=True)
    for path, content in files.items():
        full = os.path.join(PROJECT_DIR, path)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "wb") as handle:
            handle.write(content if isinstance(content, bytes) else content.encode("utf-8", "surrogateescape"))
    _laid_out[0] = submission


def judge(request_json):
    """{"submission", "request" (the exercise request), "evidence", "answers": {key: answer}}
    -> {"goals": [...]} once every goal is decided, else {"need": {"key", "question"}}."""
    job = json.loads(request_json)
    submission, request = job["submission"], job["request"]
    state = _judging.setdefault(submission, {"results": []})
    goals = load_goals(request["checks"])
    run = RemoteRun(job["evidence"], request, job["answers"])
    _lay_out(submission, run.project.files)
    saved_cwd = os.getcwd()
    try:
        os.makedirs(PROJECT_DIR, exist_ok=True)
        os.chdir(PROJECT_DIR)
        while len(state["results"]) < len(goals):
            goal = goals[len(state["results"])]
            run.asked = None
            try:
                passed, problem = bool(goal.func(run)), None
            except NeedAnswer as need:
                return json.dumps({"need": {"key": need.key, "question": need.question}})
            except Exception as exc:
                passed, problem = False, f"{type(exc).__name__}: {exc}"
            if run.asked is not None:  # the goal swallowed the question (a bare except): ask it all the same
                return json.dumps({"need": {"key": run.asked.key, "question": run.asked.question}})
            state["results"].append({"title": goal.title, "passed": passed, "problem": problem})
    finally:
        os.chdir(saved_cwd)
    del _judging[submission]
    return json.dumps({"goals": state["results"]}, ensure_ascii=False)


def forget(submission):
    """A submission whose process failed: its half-judged state goes."""
    _judging.pop(submission, None)
    if _laid_out[0] == submission:
        _laid_out[0] = None
