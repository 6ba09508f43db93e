"""`check`: `manage.py check [--deploy]` on a project.

Request: files ({path: text}), settings_module, deploy (bool), env ({name: value}), installed
(third-party packages that count as installed, e.g. ["whitenoise"]); optional `course` (default
true: add the course's own checks) and `behind_proxy`.
Answer: {"error": Error | None, "messages": [Message, ...]} as in the conformance corpus, each
message and error also carrying "location" (file, line, col, endLine, endCol) or None.
"""

from minidjango.check_run import run_check
from minidjango.project import Project


def run(request):
    project = Project(request["files"], request.get("env"), request.get("installed", ()))
    with project:
        return run_check(project, request)
