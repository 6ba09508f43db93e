"""The `db` operation: code run against a project's models on sqlite, as the db corpus runs it
(../shared/conformance/db/README.md).

One run is one Django process with a fresh in-memory database: settings configured (DEBUG on,
the case's apps after contenttypes and auth), django.setup(), the tables made as `migrate
--run-syncdb` makes them, the rows created with Model.objects.create() in order, `setup` run
once, then each query's code in that same namespace, connection.queries emptied before each.
Each query answers the value of its last line (an expression, as a Python prompt shows it) or
of the name `result`, or the error it raised; and the SQL that ran, as connection.queries
recorded it.

Bad input is bounded: a statement stops at the time limit (sqlite's progress handler checks it
every few thousand steps, so a recursive CTE that never ends is stopped too), at most db_setup.MAX_ROWS
rows are fetched by one statement, at most MAX_QUERIES statements are reported per query, and
a repr or a statement longer than MAX_REPR characters is cut.
"""

import ast
import time
import warnings

import django
from django.conf import settings

from minidjango import db_setup, errors, interrupts, limits
from minidjango.db_setup import STATEMENT_SECONDS
MAX_QUERIES = 200
MAX_REPR = 20_000
SECRET_KEY = "db-cases"


class TooLong(Exception):
    pass


def configure(apps):
    settings.configure(
        DEBUG=True, USE_TZ=False, SECRET_KEY=SECRET_KEY,
        DATABASES={"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}},
        INSTALLED_APPS=["django.contrib.contenttypes", "django.contrib.auth", *apps],
        DEFAULT_AUTO_FIELD="django.db.models.BigAutoField",
    )
    django.setup()


def make_tables():
    from django.apps import apps
    from django.db import connection
    from django.db.backends.sqlite3.schema import run_syncdb

    run_syncdb(connection, list(apps.get_app_configs()))


def add_rows(rows):
    from django.apps import apps

    for label, entries in (rows or {}).items():
        model = apps.get_model(label)
        for row in entries:
            model.objects.create(**row)


def shown(value):
    text = repr(value)
    return [type(value).__name__, limits.text(text, MAX_REPR)]


def run_code(code, namespace, project):
    tree = ast.parse(code, "<query>", "exec")
    last = tree.body[-1] if tree.body else None
    expression = None
    if isinstance(last, ast.Expr):
        tree.body.pop()
        expression = compile(ast.Expression(last.value), "<query>", "eval")
    body = compile(tree, "<query>", "exec")
    interrupts.watch(body)
    exec(body, namespace)
    if expression is not None:
        interrupts.watch(expression)
        return eval(expression, namespace)
    return namespace.get("result")


class DbRun:
    def __init__(self, project, request):
        self.project, self.request = project, request

    def answer(self):
        try:
            configure(self.request.get("apps", []))
            make_tables()
            from django.db import connection, reset_queries

            db_setup.guard(connection)
            add_rows(self.request.get("rows"))
            namespace = {"__name__": "__query__"}
            if self.request.get("setup"):
                run_code(self.request["setup"], namespace, self.project)
        except BaseException as exc:
            return {"error": errors.describe(exc, self.project), "results": []}
        results = []
        for query in self.request.get("queries", []):
            reset_queries()
            results.append(self.one(query["code"], namespace, connection))
        return {"error": None, "results": results}

    def one(self, code, namespace, connection):
        entry = {}
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            try:
                entry["result"] = shown(run_code(code, namespace, self.project))
            except KeyboardInterrupt:
                entry["error"] = {"type": "TimeLimit", "message": "The query ran past the time limit and was stopped."}
            except BaseException as exc:
                entry["error"] = {"type": type(exc).__name__, "message": limits.text(errors._message(exc), MAX_REPR)}
                if type(exc).__name__ == "OperationalError" and str(exc) == "interrupted":
                    why = ("the time limit arrived" if getattr(connection, "stopped_by_time_limit", False)
                           else f"it ran for more than {STATEMENT_SECONDS:g} seconds")
                    entry["error"]["message"] = f"interrupted: sqlite stopped the statement because {why}"
        queries = connection.queries
        entry["sql"] = [limits.text(q["sql"], MAX_REPR) for q in queries[:MAX_QUERIES]]
        if len(queries) > MAX_QUERIES:
            entry["sql"].append(f"... and {len(queries) - MAX_QUERIES} more statements")
        if caught:
            entry["warnings"] = [{"category": w.category.__name__, "message": str(w.message)} for w in caught]
        return entry
