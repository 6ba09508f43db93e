"""The directive table: for every directive nginx knows, where it may stand, its arguments, the
kind of value it takes, whether a second one in a block is a duplicate, its module, and the
handler that checks it.

Three sources, all data: grammar.py (contexts, argument counts, blocks) and slots.py (value
kinds, duplicates) are recorded from real nginx by tools/oracle/generators/; MODULES below says
which module each directive belongs to (nginx's documentation groups them so). Directives whose
checks go beyond a kind of value have a handler in handlers.py, named in HANDLERS there.
"""

import math

from minidjango.nginx.grammar import GRAMMAR
from minidjango.nginx.slots import SLOTS

CONTEXTS = ("main", "events", "http", "server", "location", "upstream", "if_server", "if_location", "limit_except")

#: Module of a directive: the first prefix that matches (longest prefixes first), else http_core.
MODULES = {
    "main": "core: daemon debug_points env error_log events include load_module lock_file master_process pcre_jit pid "
    "thread_pool timer_resolution user worker_cpu_affinity worker_priority worker_processes worker_rlimit_core "
    "worker_rlimit_nofile worker_shutdown_timeout working_directory",
    "events": "events: accept_mutex accept_mutex_delay debug_connection epoll_events multi_accept use "
    "worker_aio_requests worker_connections",
    "prefix": "proxy_ fastcgi_ uwsgi_ scgi_ grpc_ memcached_ gzip_static gzip_ gunzip ssl_ http2_ limit_req "
    "limit_conn auth_basic auth_request autoindex charset_map charset source_charset override_charset ssi_ "
    "sub_filter addition_ add_after_body add_before_body mp4 flv userid secure_link dav_ "
    "create_full_put_path min_delete_depth real_ip set_real_ip_from mirror slice random_index stub_status "
    "empty_gif split_clients geo map_hash map referer_hash valid_referers ancient_browser modern_browser "
    "index",
    "named": "access: allow deny | log: access_log log_format open_log_file_cache | headers: add_header add_trailer "
    "expires | rewrite: break if return rewrite rewrite_log set uninitialized_variable_warn | upstream: upstream "
    "server@upstream zone keepalive@upstream keepalive_requests@upstream keepalive_time@upstream "
    "keepalive_timeout@upstream | upstream_hash: hash | upstream_ip_hash: ip_hash | upstream_least_conn: "
    "least_conn | upstream_random: random | http: http | gzip: gzip",
}


def _module_rules():
    named, prefixes, main = {}, [], {}
    for group in MODULES["main"], MODULES["events"]:
        module, _, names = group.partition(": ")
        for name in names.split():
            main[name] = module
    for group in MODULES["named"].split(" | "):
        module, _, names = group.partition(": ")
        for name in names.split():
            named[name] = module
    for prefix in MODULES["prefix"].split():
        prefixes.append(prefix)
    prefixes.sort(key=len, reverse=True)
    return main, named, prefixes


_MAIN, _NAMED, _PREFIXES = _module_rules()
_PREFIX_MODULE = {"map_hash": "map", "referer_hash": "referer", "valid_referers": "referer", "ancient_browser": "browser",
                  "modern_browser": "browser", "add_after_body": "addition", "add_before_body": "addition",
                  "addition_": "addition", "create_full_put_path": "dav", "min_delete_depth": "dav",
                  "set_real_ip_from": "realip", "real_ip": "realip", "source_charset": "charset",
                  "override_charset": "charset", "charset_map": "charset", "gzip_static": "gzip_static"}


def module_of(name, context):
    if f"{name}@{context}" in _NAMED:
        return _NAMED[f"{name}@{context}"]
    if name in _MAIN and context in ("main", "events"):
        return _MAIN[name]
    if name in _NAMED:
        return _NAMED[name]
    for prefix in _PREFIXES:
        if name.startswith(prefix):
            return _PREFIX_MODULE.get(prefix, prefix.rstrip("_"))
    return "http_core"


class Arity:
    """The argument counts a directive takes ("1", "1-3", "0|2", "2+", "any")."""

    __slots__ = ("text", "counts", "at_least")

    def __init__(self, text):
        self.text = text
        self.counts = frozenset()
        self.at_least = math.inf  # and any count from this one up (inf: none)
        if text == "any":
            self.at_least = 0
        elif text.endswith("+"):
            self.at_least = int(text[:-1])
        elif text == "none":
            pass
        elif "|" in text:
            self.counts = frozenset(int(n) for n in text.split("|"))
        else:
            low, _, high = text.partition("-")
            self.counts = frozenset(range(int(low), int(high or low) + 1))

    def __contains__(self, count):
        return count in self.counts or count >= self.at_least


class Directive:
    """One meaning of a directive name (a name may have two: `server` in http and in upstream)."""

    __slots__ = ("name", "contexts", "arity", "counts", "at_least", "block", "kind", "extra", "duplicate", "module", "handler")

    def __init__(self, name, contexts, arity, block, kind, extra, duplicate):
        self.name = name
        self.contexts = frozenset(contexts)
        self.arity = Arity(arity)
        self.counts, self.at_least = self.arity.counts, self.arity.at_least  # read for every directive
        self.block = block
        self.kind = kind
        self.extra = extra
        self.duplicate = duplicate
        self.module = module_of(name, next(iter(sorted(self.contexts))))
        self.handler = None

    def takes(self, count):
        return count in self.counts or count >= self.at_least

    def __repr__(self):
        return f"<{self.name} {sorted(self.contexts)} {self.arity.text}{' block' if self.block else ''} {self.kind}>"


def _slots():
    found = {}
    for line in SLOTS.strip().splitlines():
        parts = line.split(None, 3)
        name, kind, dup = parts[:3]
        found[name] = (kind, parts[3] if len(parts) > 3 else "", dup == "dup")
    return found


def load_table():
    """{name: [Directive, ...]} from the recorded grammar and slots."""
    slots = _slots()
    table = {}
    for line in GRAMMAR.strip().splitlines():
        name, arity, block, contexts = line.split(None, 3)
        kind, extra, duplicate = slots.get(name, ("", "", False))
        table.setdefault(name, []).append(Directive(name, contexts.split(), arity, block == "1", kind, extra, duplicate))
    return table
