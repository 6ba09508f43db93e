"""The engine's one entry point: a JSON request in, a JSON answer out.

The browser worker and the Node tools call `handle()` with the same requests, so a reader, a
test and a teacher's grader all get the same answers. Each operation is a module of
`minidjango/operations/` named after it, with a `run(request)` function, found by folder as
Django finds its management commands: adding an operation is adding a file.
"""

import gc
import importlib
import json
import pkgutil
import sys

from minidjango import interrupts, isolation, limits, operations


def _find_operations():
    found = {}
    for module in pkgutil.iter_modules(operations.__path__):
        if not module.name.startswith("_"):
            found[module.name] = importlib.import_module(f"{operations.__name__}.{module.name}").run
    return found


#: Operation name -> its run(request). Imported here, once, so the start-up snapshot holds them.
OPERATIONS = _find_operations()


def enable_interrupts():
    """The worker has given Pyodide the buffer the client writes SIGINT into at the time limit."""
    interrupts.enable()


#: The interpreter as `python manage.py check --deploy` on a server starts it.
EXECUTABLE = "/usr/bin/python3"
ARGV = ["manage.py", "check", "--deploy"]


#: Allocations between two collections of the young generation (CPython's default: 2,000). A call
#: allocates thousands of objects and reference counting frees nearly all of them when it ends;
#: collected every 2,000, the ones still in use were walked once or twice in each call (a tenth
#: of nginx -t's time in Pyodide).
YOUNG_COLLECTION_EVERY = 50_000


def seal():
    """Called once by the worker, after start-up: nothing of the machine that made the start-up
    snapshot stays (its script's path was the interpreter's name), and the bridge to JavaScript
    is forgotten (isolation.seal). What start-up made lives as long as the worker: the cycle
    collector stops looking at it (gc.freeze), and no longer stops a call for 10 ms now and
    then to walk all of Django again."""
    sys.executable = sys._base_executable = EXECUTABLE
    sys.orig_argv = [EXECUTABLE, *ARGV]
    sys.argv = list(ARGV)
    isolation.seal()
    gc.collect()
    gc.freeze()
    gc.set_threshold(YOUNG_COLLECTION_EVERY)
    isolation.keep_collector()


def settle():
    """Called by the worker once it has sent an answer: the last of putting the interpreter back
    after the reader's code (isolation.settle), off the reader's time."""
    isolation.settle()


def handle(request_json):
    """Answer one request (a JSON string) with a JSON string; never raises."""
    try:
        request = json.loads(request_json)
        run = OPERATIONS.get(request.get("op"))
        if run is None:
            raise ValueError(f"Unknown operation {request.get('op')!r}; known: {', '.join(sorted(OPERATIONS))}")
        # bounded() has walked every container of the answer: no cycle for json to look for.
        return json.dumps(limits.bounded(run(request)), ensure_ascii=False, check_circular=False)
    except Exception as exc:  # a malformed request or an answer JSON cannot hold: told plainly
        return json.dumps({"fault": f"{type(exc).__name__}: {exc}"}, ensure_ascii=False)
