"""`exercise`: a check run plus the exercise's goals (see minidjango/exercises.py).

Request: as for "check" (with `nginx`, the goals can route requests through the reader's
nginx.conf: ExerciseRun.balance), plus `checks` (the text of the exercise's checks.py); for a URL
exercise, `kind: "urls"` and the keys of the "urls" request (root_urlconf, settings, resolve,
reverse). Goals may send requests to the project (ExerciseRun.request), as the `request`
operation sends them.
Answer: the check's answer (for a URL exercise: the URL checks', plus "resolve" and "reverse")
and "goals": [{"title", "passed", "problem"}], where "problem" says why a goal could not be
judged (its code raised), else None.
"""

from minidjango.check_run import run_check
from minidjango.exercises import ExerciseRun, load_goals
from minidjango.project import Project
from minidjango.urls_run import UrlsRun


def run(request):
    goals = load_goals(request["checks"])
    project = Project(request["files"], request.get("env"), request.get("installed", ()))
    with project:
        if request.get("kind", "settings") == "urls":
            urls = UrlsRun(project, request)
            answer = urls.answer()
            result = {**answer.pop("checks"), **answer}
        else:
            urls = None
            result = run_check(project, request)
        checked = ExerciseRun(project, result, urls, request.get("nginx"), request.get("settings_module", "mysite.settings"))
        result["goals"] = [_judge(goal, checked) for goal in goals]
    return result


def _judge(goal, checked):
    try:
        return {"title": goal.title, "passed": bool(goal.func(checked)), "problem": None}
    except Exception as exc:
        return {"title": goal.title, "passed": False, "problem": f"{type(exc).__name__}: {exc}"}
