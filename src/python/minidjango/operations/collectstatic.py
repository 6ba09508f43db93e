"""`collectstatic`: `python manage.py collectstatic ARGS` on a project, as a server runs it.

Request: files, settings_module (default "mysite.settings"), settings (optional: written as
mysite/settings.py, one `NAME = literal` line per key, as the collectstatic corpus does), args
(the command line after `collectstatic`), env, installed, inspect (glob patterns under
STATIC_ROOT whose text to return), elide (path prefixes under STATIC_ROOT to count instead of
list).
Answer: {error, exit_code, output, stderr, copied, manifest, contents?, copied_elided?} as in
the corpus (../shared/conformance/collectstatic/README.md), plus static_root (its path in the
project, or None), sources (each file a finder listed: destination, where it came from, which
finder, whether it was kept or shadowed by an earlier one) and ms.
"""

from minidjango.collectstatic_run import CollectstaticRun
from minidjango.project import Project


def run(request):
    files = CollectstaticRun.files_of(request)
    project = Project(files, request.get("env"), request.get("installed", ()))
    with project:
        return CollectstaticRun(project, request).answer()
