"""`ping`: which Django and Python the engine runs, and where a project lives."""

import sys

import django

from minidjango.project import PROJECT_DIR


def run(request):
    return {"django": django.get_version(), "python": sys.version.split()[0], "project_dir": PROJECT_DIR}
