"""`db`: code run against a project's models on sqlite (see minidjango/db_run.py).

Request: files, apps ([app module]), rows ({"app.Model": [{field: value}]}), setup (code),
queries ([{code}]). Answer: {error (the project could not be set up), results: [{result:
[type, repr] | error: {type, message}, sql: [statement], warnings?: [{category, message}]}]}.
"""

from minidjango.db_run import DbRun
from minidjango.project import Project


def run(request):
    project = Project(request["files"])
    with project:
        return DbRun(project, request).answer()
