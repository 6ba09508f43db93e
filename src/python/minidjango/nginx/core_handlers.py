"""The main context and events: http, events, include, error_log, workers, user."""

from minidjango.nginx import values
from minidjango.nginx.conf import Emerg
from minidjango.nginx.files import has_glob
from minidjango.nginx.handlers import handles, once
from minidjango.nginx.model import Http

LOG_LEVELS = ("stderr", "emerg", "alert", "crit", "error", "warn", "notice", "info", "debug")
DEBUG_LEVELS = ("debug_core", "debug_alloc", "debug_mutex", "debug_event", "debug_http", "debug_mail", "debug_stream")
EVENT_METHODS = ("epoll", "select", "poll")


@handles("events")
def events(reader, st, block, row):
    if reader.main.events is not None:
        raise Emerg('"events" directive is duplicate', st.where(0, 0))
    reader.main.events = st
    reader.open_block("events", None, st)


@handles("http")
def http(reader, st, block, row):
    if reader.main.http:
        raise Emerg('"http" directive is duplicate', st.where(0, 0))
    model = Http(reader.main, st)
    reader.main.http.append(model)
    reader.http = model
    reader.open_block("http", model, st, on_close=reader.finish_http)


@handles("include")
def include(reader, st, block, row):
    fs = reader.fs
    name = st.args[0]
    path = fs.full_path(name, fs.conf_prefix)
    if has_glob(name):
        sources = []
        for found in fs.glob(path):
            source = fs.source(found)
            sources.append(source or _Directory(found))
        reader.include(sources, st)
        return
    source = fs.source(path)
    if source is None:
        raise Emerg(f'open() "{path}" failed (2: No such file or directory)', st.where())
    reader.include([source], st)


class _Directory:
    """A directory a glob matched: nginx opens it, then fails to read it."""

    def __init__(self, path):
        self.path = path
        self.key = None
        self.text = ""

    @property
    def directives(self):
        from minidjango.nginx.lexer import ERROR

        return [([], (ERROR, f'pread() "{self.path}" failed (21: Is a directory)', -1, -1, False))]


@handles("error_log")
def error_log(reader, st, block, row):
    """error_log FILE [LEVEL | debug_MODULE...]: one level, or debug masks alone."""
    name = st.args[0]
    level = masks = False
    for i, word in enumerate(st.args[1:], start=1):
        if word in LOG_LEVELS[1:]:
            if level or masks:
                raise Emerg(f'duplicate log level "{word}"', st.at_arg(i))
            level = True
        elif word in DEBUG_LEVELS and not level:
            masks = True
        else:
            raise Emerg(f'invalid log level "{word}"', st.at_arg(i))
    if name == "stderr" or name.startswith(("syslog:", "memory:")):
        return
    reader.main.error_logs.append((reader.fs.full_path(name, reader.fs.prefix), st.where()))


@handles("worker_processes")
def worker_processes(reader, st, block, row):
    once(st, block)
    value = st.args[0]
    if value == "auto":
        reader.main.worker_processes = 2
        return
    number = values.number(value)
    if number is None:
        raise Emerg('"worker_processes" directive invalid value', st.at_arg(0))
    reader.main.worker_processes = number


@handles("worker_connections")
def worker_connections(reader, st, block, row):
    once(st, block)
    if values.number(st.args[0]) is None:
        raise Emerg(f'invalid number "{st.args[0]}"', st.at_arg(0))


@handles("use")
def use(reader, st, block, row):
    once(st, block)
    if st.args[0] not in EVENT_METHODS:
        raise Emerg(f'invalid event type "{st.args[0]}"', st.at_arg(0))


@handles("user")
def user(reader, st, block, row):
    once(st, block)
    if st.args[0] not in reader.options.users:
        raise Emerg(f'getpwnam("{st.args[0]}") failed', st.at_arg(0))
    if len(st.args) > 1 and st.args[1] not in reader.options.groups:
        raise Emerg(f'getgrnam("{st.args[1]}") failed', st.at_arg(1))


@handles("pid", "lock_file", "working_directory")
def path_once(reader, st, block, row):
    once(st, block)
