"""`nginx -t` on a reader's files: every `[level] message` nginx 1.22.1 prints, with its line."""

import re

from minidjango.nginx import core_handlers, http_handlers, upstream_handlers  # noqa: F401  (they register handlers)
from minidjango.nginx.addresses import Resolver
from minidjango.nginx.conf import Block, Emerg, Finding, Reader
from minidjango.nginx.directives import load_table
from minidjango.nginx.files import FileSystem
from minidjango.nginx.finish import finish_http, finish_main
from minidjango.nginx.handlers import handler_for
from minidjango.nginx.model import Main
from minidjango.source_text import place as source_place
from minidjango.source_text import utf16_len

def _by_context(table):
    """{name: {context: Directive}}: the meaning of a name where it stands."""
    found = {}
    for name, rows in table.items():
        for row in rows:
            row.handler = handler_for(row)
            for context in row.contexts:
                found.setdefault(name, {}).setdefault(context, row)
    return found


TABLE = _by_context(load_table())

FAILING = ("emerg", "alert", "crit")
DEFAULT_PREFIX = "/etc/nginx/"


class Options:
    def __init__(self, hosts=None, users=None, groups=None, local_addresses=()):
        self.resolver = Resolver(hosts)
        self.users = set(users or ("root", "nobody", "www-data", "nginx"))
        self.groups = set(groups or ("root", "nogroup", "www-data", "nginx"))
        self.local_addresses = set(local_addresses)


class Check(Reader):
    """One run of `nginx -t`."""

    def __init__(self, fs, options):
        super().__init__(fs, TABLE)
        self.options = options
        self.resolver = options.resolver
        self.main = Main()
        self.http = None

    def note(self, level, message, where):
        self.findings.append(Finding(level, message, where))

    def finish_http(self, reader, block, where):
        finish_http(self, block, where)

    def run(self):
        source = self.fs.source(self.fs.conf_path)
        try:
            if source is None:
                raise Emerg(f'open() "{self.fs.conf_path}" failed (2: No such file or directory)', None, line=False)
            self.read(source, Block("main", self.main, None))
            finish_main(self)
        except Emerg as stop:
            self.findings.append(Finding(stop.level, stop.message, stop.at, stop.show_line))
        return self.findings


def check(files, conf="nginx.conf", prefix=DEFAULT_PREFIX, hosts=None, dirs=(), local_addresses=()):
    """The answer of `nginx -t -p PREFIX -c CONF` on these files: {ok, errors}."""
    return run_check(files, conf, prefix, hosts, dirs, local_addresses)[0]


def run_check(files, conf="nginx.conf", prefix=DEFAULT_PREFIX, hosts=None, dirs=(), local_addresses=()):
    """The answer, and the run itself (what it read: check.main)."""
    fs = FileSystem(files, prefix, conf, dirs)
    run = Check(fs, Options(hosts, local_addresses=local_addresses))
    errors = [_describe(finding, fs) for finding in run.run()]
    return {"ok": not any(e["level"] in FAILING for e in errors), "errors": errors}, run


def _describe(finding, fs):
    where = finding.where
    message = finding.message
    if "\0" in message:  # nginx prints a word only up to a NUL in it (it compares all of it)
        message = _AFTER_NUL.sub("", message)
    entry = {"id": f"nginx.{finding.level}", "level": finding.level, "message": message, "line": None}
    if where is not None and finding.show_line:
        entry["line"] = where.line
        if where.source.path != fs.conf_path:
            entry["file"] = where.source.path
    entry["location"] = place(where) if where is not None and where.source.key is not None else None
    return entry


_BREAK = re.compile(r"\r\n|\r|\n")
_AFTER_NUL = re.compile(r'\0[^"]*')


def place(where):
    """The editor's place of a Where: lines as the editor counts them, UTF-16 columns."""
    source = where.source
    line, col = _line_col(source, where.start)
    end_line, end_col = _line_col(source, min(max(where.end, where.start), len(source.text)))
    return source_place(source.key, line, col, end_line, end_col)


def _line_col(source, offset):
    text = source.text
    if "\r" not in text:  # the editor's lines are nginx's
        line = source.lines.line_of(offset)
        start = source.lines.breaks[line - 2] + 1 if line > 1 else 0
        return line, utf16_len(text[start:offset]) + 1
    line, start = 1, 0
    for m in _BREAK.finditer(text, 0, offset):
        line += 1
        start = m.end()
    return line, utf16_len(text[start:offset]) + 1
