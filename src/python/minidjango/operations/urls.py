"""`urls`: what Django's URL system makes of a project's URLconf (see minidjango/urls_run.py).

Request: files, root_urlconf, settings ({NAME: value}), resolve ([path, ...]),
reverse ([{viewname | callable, args?, kwargs?, current_app?, query?, fragment?}, ...]).
Answer: {checks: {error, messages}, resolve: [outcome, ...], reverse: [outcome, ...]}.
"""

from minidjango.project import Project
from minidjango.urls_run import UrlsRun


def run(request):
    project = Project(request["files"])
    with project:
        return UrlsRun(project, request).answer()
