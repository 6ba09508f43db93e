"""`request`: requests sent to the reader's project as gunicorn hands them to Django's WSGI
application (django.core.wsgi.get_wsgi_application), with a browser's cookie jar between them.

Request: files, settings_module, env, installed, requests ([{method, url, headers?, body?,
cookies?, remote_addr?}]), jar ({name: value}, the cookies held before the first request).
Answer: {error (the project could not be loaded), responses: [{status, reason, headers, body |
body_base64, trace, error?}], jar}. All the requests of a call run in one "process": what the
project keeps in memory (a counter, the cache) carries from one to the next.
"""

from minidjango.project import Project
from minidjango.request_run import RequestRun


def run(request):
    project = Project(request["files"], request.get("env"), request.get("installed", ()))
    with project:
        return RequestRun(project, request).answer()
