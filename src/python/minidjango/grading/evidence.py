"""The submission's own process: its project run as the `exercise` operation runs it, then its
facts answered one question at a time (a setting's value, the settings after a restart, a
response, a resolve() or reverse()), for the judge to decide the goals elsewhere.

Nothing here decides anything: whatever the reader's code changes in this interpreter can only
change what the project says about itself, never which goals there are or what meets them
(minidjango/grading/judge.py, in the grader's own process).
"""

import base64
import json

from minidjango import limits
from minidjango.check_run import run_check
from minidjango.exercises import ExerciseRun
from minidjango.grading.values import encode
from minidjango.project import Project
from minidjango.urls_run import UrlsRun

#: The run being answered for. A dict filled in place: after a restart the engine puts every
#: engine module's namespace back as it was (isolation.settle), which would forget a global.
_current = {}


def start(request_json):
    """Lay the project out and run its check (or its URL system), as the exercise operation does.
    The answer: {"result": the check's answer, "settings_loaded": bool}. The project stays laid
    out for the questions: this process grades one submission and ends."""
    request = json.loads(request_json)
    project = Project(request["files"], request.get("env"), request.get("installed", ()))
    project.__enter__()
    urls = None
    if request.get("kind", "settings") == "urls":
        urls = UrlsRun(project, request)
        answer = urls.answer()
        result = {**answer.pop("checks"), **answer}
    else:
        result = run_check(project, request)
    _current["run"] = ExerciseRun(project, result, urls, request.get("nginx"), request.get("settings_module", "mysite.settings"))
    return json.dumps(limits.bounded({"result": result, "settings_loaded": bool(_current["run"].settings_loaded)}), ensure_ascii=False)


def _response(response):
    return {"status": response.status, "reason": response.reason, "headers": response.headers.pairs,
            "body_base64": base64.b64encode(response.content).decode("ascii"),
            "trace": response.trace, "error": response.error}


_QUESTIONS = {
    "setting": lambda run, name: encode(run.setting(name)),
    "restart": lambda run, env, without, settings_module: encode(run.restart(env, without, settings_module)),
    "request": lambda run, method, url, headers, body: _response(run.request(method, url, headers, body)),
    "log_handlers": lambda run, logger, level, created_later: run.log_handlers(logger, level, created_later),
    "resolve": lambda run, path: run.resolve(path),
    "reverse": lambda run, viewname, options: run.reverse(viewname, **options),
}


def ask(question_json):
    """One question ([name, args]): {"value": ...} or {"raised": {"type", "module", "message"}}."""
    name, args = json.loads(question_json)
    try:
        value = _QUESTIONS[name](_current["run"], *args)
    except Exception as exc:
        kind = type(exc)
        return json.dumps({"raised": {"type": kind.__name__, "module": kind.__module__, "message": str(exc)[:limits.MAX_TEXT]}})
    return json.dumps(limits.bounded({"value": value}), ensure_ascii=False)
