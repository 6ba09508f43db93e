"""run.query() of an exercise's goals (minidjango/exercises.py): code run against the reader's
models on a fresh database, made as each request's is (db_setup.prepare: the tables from the
installed apps, then the exercise's fixtures), so a goal computes what a view should answer
from the exercise's data, with the ORM or a parameterised query, instead of typing the rows.
"""

import os

from minidjango import db_setup, isolation
from minidjango.db_run import run_code


class NoDatabase(LookupError):
    pass


def forget_database():
    """Close the connections an earlier request or query of this run left open: an in-memory
    sqlite database lives as long as its connection, so the next one starts empty, and then
    from the exercise's rows alone, whatever the earlier one did to them."""
    from django.db import _close_connections

    _close_connections()


def query(project, settings_module, fixtures, code, names):
    """The value of `code`'s last line (an expression), or of the name `result`, with `names`
    defined; the project's modules importable, the database fresh from `fixtures`."""
    isolation.begin()  # the reader's models run now: what they change is put back after
    try:
        os.environ["DJANGO_SETTINGS_MODULE"] = settings_module
        import django

        django.setup(set_prefix=False)
        forget_database()
        if db_setup.prepare(fixtures, project.files) is None:
            raise NoDatabase("run.query() needs a project whose DATABASES['default'] is sqlite")
        return run_code(code, {"__name__": "__query__", **names}, project)
    finally:
        isolation.end()
