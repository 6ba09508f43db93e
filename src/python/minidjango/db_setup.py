"""A project's database made for one run, as `manage.py migrate --run-syncdb` and then
`manage.py loaddata <fixtures>` would leave it: every sqlite alias starts empty (in memory),
its tables made from the installed apps, then the fixtures' rows (Django's JSON fixture format:
[{"model": "app.model", "pk": 1, "fields": {...}}]) written in order."""

import hashlib
import json
import sqlite3
import time

#: A statement that runs longer than this is stopped by sqlite (seconds): under the reader's
#: time limit (2 s), so the message can say what happened.
STATEMENT_SECONDS = 1.5
#: The most rows one statement's fetchall() returns here (more is an error that says so).
MAX_ROWS = 100_000


def sqlite_aliases():
    from django.db import connections

    return [alias for alias, options in connections.databases.items()
            if options.get("ENGINE") == "django.db.backends.sqlite3"]


def prepare(fixtures=(), files=None):
    """Make the tables of the default database (when it is sqlite) and load `fixtures` (paths
    of the project's files). Returns the connection, or None when there is no sqlite database."""
    from django.apps import apps
    from django.db import connections
    from django.db.backends.sqlite3.schema import run_syncdb

    if "default" not in sqlite_aliases():
        return None
    connection = connections["default"]
    connection.close()  # an in-memory database lives as long as its connection: an earlier run's goes
    connection.settings_dict["NAME"] = ":memory:"
    key = _template_key(fixtures, files)
    template = _TEMPLATES.get(key)
    guard(connection)
    if template is not None:
        template.backup(connection.raw_connection())
        return connection
    run_syncdb(connection, list(apps.get_app_configs()))
    for path in fixtures or ():
        load_fixture(path, (files or {}).get(path))
    _keep_template(key, connection.raw_connection())
    return connection


#: Databases as prepare() left them, by what made them (the project's files, its apps, the
#: fixtures): the next run of the same project copies one (sqlite's backup, in C) instead of
#: making the tables and loading the rows again. An exercise's goals send twenty requests of
#: one project, and the panel sends each again as the reader edits a view.
_TEMPLATES = {}
_MAX_TEMPLATES = 2


def _template_key(fixtures, files):
    from django.apps import apps

    made_by = {"files": files or {}, "fixtures": list(fixtures or ()),
               "apps": [config.name for config in apps.get_app_configs()]}
    return hashlib.sha1(json.dumps(made_by, sort_keys=True, default=str).encode("utf-8", "surrogatepass")).hexdigest()


def _keep_template(key, raw):
    copy = sqlite3.connect(":memory:", check_same_thread=False)
    raw.backup(copy)
    while len(_TEMPLATES) >= _MAX_TEMPLATES:
        _TEMPLATES.pop(next(iter(_TEMPLATES))).close()
    _TEMPLATES[key] = copy


def load_fixture(path, text):
    from django.apps import apps

    if text is None:
        raise FileNotFoundError(f"No fixture named '{path}' found.")
    try:
        entries = json.loads(text)
    except ValueError as error:
        raise ValueError(f"Problem installing fixture '{path}': {error}") from error
    for entry in entries:
        model = apps.get_model(entry["model"])
        values = dict(entry.get("fields", {}))
        for field in model._meta.local_fields:
            if field.is_relation and field.name in values:
                values[field.attname] = values.pop(field.name)
        if "pk" in entry:
            values[model._meta.pk.attname] = entry["pk"]
        instance = model(**values)
        instance.save(force_insert=True)


def guard(connection, seconds=STATEMENT_SECONDS):
    """Stop any one statement of `connection` that runs past `seconds`, or when the client's
    time limit arrives (sqlite calls the handler every few thousand steps of its program, so a
    recursive CTE that never ends is stopped too: the statement fails with "interrupted")."""
    from minidjango import interrupts

    raw = connection.raw_connection()

    def progress():
        try:
            interrupts._check_signals(0)
        except KeyboardInterrupt:
            connection.stopped_by_time_limit = True
            return 1
        started = getattr(connection, "statement_started", None)
        return 1 if started is not None and time.monotonic() - started > seconds else 0

    raw.set_progress_handler(progress, 20_000)
    connection.max_rows = MAX_ROWS
