"""Seeded nginx configurations for the differential test: valid ones, broken ones, near-valid ones.

    python3 tools/oracle/generators/nginx_configs.py [--seed N] [--count N] > configs.json

Prints a JSON list of {"name", "config", "files"} (files relative to the prefix; the config is
conf/nginx.conf). tests/engine/nginx-differential.test.ts runs each through real nginx
(tools/oracle/nginx_oracle.py) and through our checker and requires the same answer.

The configurations come from the directive table (src/python/minidjango/nginx/grammar.py and
slots.py): directives are placed in contexts the table allows (or, to break a config, in one it
does not), with values of the kind the table records, valid or not. Every server listens on
127.0.0.1 or [::1] with a high port, and every host name is `localhost`, an address, or ends
in `.invalid` (which never resolves), so that nginx -t gives the same answer on any machine.
"""

import argparse
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "..", "src", "python"))

from minidjango.nginx.directives import load_table  # noqa: E402

TABLE = load_table()

GOOD = {
    "flag": ["on", "off", "ON", "Off"],
    "number": ["1", "2", "8", "16", "64"],
    "size": ["4k", "8k", "16K", "1m", "4096", "32k"],
    "offset": ["1m", "20M", "1g", "0", "512k", "100m"],
    "msec": ["30s", "500ms", "1h30m", "60", "1d", "5m", "\"1h 30m\""],
    "sec": ["30s", "1h", "10", "2d", "1m30s"],
}
BAD = {
    "flag": ["yes", "1", "enabled", "true"],
    "number": ["abc", "-1", "1.5", "1k"],
    "size": ["1G", "1.5m", "10kb", "abc", "-1"],
    "offset": ["1T", "10MB", "abc", "1.5g"],
    "msec": ["5min", "1.5s", "30m1h", "1h1h", "abc", "10S"],
    "sec": ["5min", "abc", "1.5h"],
}
#: Directives the generator leaves alone: they read or create files, need other directives, or
#: check values against each other when the http block ends (sizes of buffers).
SKIP_WORDS = ("path", "temp", "file", "certificate", "dhparam", "crl", "password", "engine", "stapling",
              "buffer", "bucket", "hash_max", "busy", "lowat", "rlimit", "priority", "aio", "directio",
              "cache", "store", "ssl_", "http2_", "open_", "timer", "debug", "worker_", "daemon",
              "master_process", "pcre", "env", "lock", "user", "pid", "thread", "mp4", "limit_rate",
              "postpone", "output", "sendfile_max", "subrequest", "read_ahead", "ssi_", "memcached",
              "userid", "secure_link", "connection_pool", "request_pool", "large_client", "keepalive_time",
              "max_ranges", "epoll", "multi_accept", "accept_mutex", "uwsgi_modifier", "next_upstream_tries",
              "min_uses", "chunk", "slice", "types_hash", "variables_hash", "map_hash", "referer_hash",
              "server_names_hash", "proxy_headers_hash", "gzip_window", "gzip_hash", "client_header_buffer",
              "client_body_buffer", "gunzip", "sub_filter", "mirror", "dav_", "create_full", "min_delete",
              "autoindex", "gzip_static", "ancient", "modern", "msie", "internal", "reset_timedout",
              "lingering_time", "resolver", "satisfy")


def directives_for(context, kinds=("flag", "number", "size", "offset", "msec", "sec")):
    """Directives of one simple value that may stand in `context`."""
    found = []
    for name, rows in sorted(TABLE.items()):
        if any(word in name for word in SKIP_WORDS):
            continue
        for row in rows:
            if context in row.contexts and not row.block and row.kind in kinds and row.takes(1):
                if row.kind == "number" and not row.extra and name not in ("keepalive_requests",):
                    continue
                found.append(row)
    return found


class Config:
    """A configuration being written: lines with indentation, and the extra files it needs."""

    def __init__(self, rng):
        self.rng = rng
        self.lines = []
        self.files = {}
        self.depth = 0
        self.port = rng.randrange(20000, 60000)

    def add(self, text):
        self.lines.append("    " * self.depth + text)

    def open(self, text):
        self.add(text + " {")
        self.depth += 1

    def close(self):
        self.depth -= 1
        self.add("}")

    def next_port(self):
        self.port += 1
        return self.port

    def text(self):
        return "\n".join(self.lines) + "\n"


def value_for(rng, row, good=True):
    if row.kind == "number" and row.extra:
        low, _, high = row.extra.partition("..")
        if good:
            return str(rng.randint(int(low), int(high) if high else int(low) + 50))
        return str(int(high) + 1) if high else str(max(int(low) - 1, 0)) if int(low) > 0 else "abc"
    return rng.choice(GOOD[row.kind] if good else BAD[row.kind])


def simple_directives(cfg, context, count, seen):
    rows = directives_for(context)
    for row in cfg.rng.sample(rows, min(count, len(rows))):
        if row.name in seen:
            continue
        seen.add(row.name)
        cfg.add(f"{row.name} {value_for(cfg.rng, row)};")


def upstream_block(cfg, name, method=None, servers=2):
    rng = cfg.rng
    cfg.open(f"upstream {name}")
    if method:
        cfg.add(method + ";")
    for i in range(servers):
        params = []
        if rng.random() < 0.4:
            params.append(f"weight={rng.randint(1, 5)}")
        if rng.random() < 0.3:
            params.append(f"max_fails={rng.randint(0, 3)} fail_timeout={rng.choice(['10s', '30', '1m'])}")
        if i == servers - 1 and rng.random() < 0.3 and method in (None, "least_conn"):
            params.append("backup")
        host = rng.choice(["127.0.0.1", "127.0.0.2", "localhost", "[::1]"])
        cfg.add(" ".join([f"server {host}:{8000 + i}"] + params) + ";")
    if rng.random() < 0.3:
        cfg.add(f"keepalive {rng.randint(1, 32)};")
    cfg.close()


def location_block(cfg, path, upstream, seen_names):
    rng = cfg.rng
    cfg.open(f"location {path}")
    kind = rng.random()
    if kind < 0.5 and upstream:
        cfg.add(f"proxy_pass http://{upstream};")
        cfg.add("proxy_set_header Host $host;")
        if rng.random() < 0.5:
            cfg.add("proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;")
            cfg.add("proxy_set_header X-Forwarded-Proto $scheme;")
    elif kind < 0.7:
        plain = path.split(" ")[-1].strip("\\.$~") or "x"
        cfg.add(f"alias /srv/app/{plain.strip('/')}/;")
        if rng.random() < 0.5:
            cfg.add(f"expires {rng.choice(['30d', 'max', 'off', '1h'])};")
    elif kind < 0.85:
        cfg.add(f"return {rng.choice(['200 ok', '301 https://$host$request_uri', '404', '204'])};")
    else:
        cfg.add("root /var/www/html;")
        cfg.add("try_files $uri $uri/ =404;")
    simple_directives(cfg, "location", rng.randint(0, 3), set(seen_names))
    cfg.close()


def valid_config(rng):
    cfg = Config(rng)
    if rng.random() < 0.5:
        cfg.add(f"worker_processes {rng.choice(['1', '2', 'auto'])};")
    if rng.random() < 0.5:
        cfg.add(f"error_log logs/error.log {rng.choice(['warn', 'error', 'info', 'crit'])};")
    cfg.open("events")
    cfg.add(f"worker_connections {rng.choice(['64', '512', '1024'])};")
    cfg.close()
    cfg.open("http")
    simple_directives(cfg, "http", rng.randint(1, 5), set())
    upstreams = []
    for i in range(rng.randint(0, 2)):
        name = f"app{i}"
        upstream_block(cfg, name, rng.choice([None, None, "least_conn", "ip_hash", "hash $remote_addr consistent"]),
                       rng.randint(1, 3))
        upstreams.append(name)
    for s in range(rng.randint(1, 3)):
        cfg.open("server")
        cfg.add(f"listen {rng.choice(['127.0.0.1', '127.0.0.1', '[::1]'])}:{cfg.next_port()}"
                f"{rng.choice(['', '', ' default_server'])};")
        cfg.add(f"server_name {rng.choice(['example.com', 'www.example.com example.com', '*.example.org', '_'])}"
                f"{s if rng.random() < 0.5 else ''};")
        seen = set()
        simple_directives(cfg, "server", rng.randint(0, 3), seen)
        paths = rng.sample(["/", "/static/", "/media/", "/api/", "= /health", "~ \\.php$", "^~ /admin/"], rng.randint(1, 4))
        for path in paths:
            target = rng.choice(upstreams) if upstreams else rng.choice(["127.0.0.1:8000", "localhost:9000"])
            if path.startswith("~") and rng.random() < 0.7:
                target = target.split("/")[0]
            location_block(cfg, path, target, seen)
        cfg.close()
    cfg.close()
    return cfg


# -- ways to break a configuration -------------------------------------------------------------

def _replace_line(cfg, predicate, make):
    candidates = [i for i, line in enumerate(cfg.lines) if predicate(line.strip())]
    if not candidates:
        return False
    i = cfg.rng.choice(candidates)
    indent = cfg.lines[i][: len(cfg.lines[i]) - len(cfg.lines[i].lstrip())]
    cfg.lines[i] = indent + make(cfg.lines[i].strip())
    return True


def _insert_after(cfg, predicate, text):
    candidates = [i for i, line in enumerate(cfg.lines) if predicate(line.strip())]
    if not candidates:
        return False
    i = cfg.rng.choice(candidates)
    indent = cfg.lines[i][: len(cfg.lines[i]) - len(cfg.lines[i].lstrip())] + "    "
    cfg.lines.insert(i + 1, indent + text)
    return True


def typo(cfg):
    def make(line):
        name, rest = line.split(" ", 1) if " " in line else (line.rstrip(";"), ";")
        i = cfg.rng.randrange(len(name))
        choice = cfg.rng.random()
        if choice < 0.4:
            name = name[:i] + name[i + 1:]
        elif choice < 0.7:
            name = name[:i] + cfg.rng.choice("aeiosz_") + name[i:]
        else:
            name = name + "s"
        return f"{name} {rest}"
    return _replace_line(cfg, lambda l: l.endswith(";") and not l.startswith("#"), make)


WRONG_PLACES = [
    ("location /", "listen 127.0.0.1:8080;"), ("server", "proxy_pass http://127.0.0.1:8000;"),
    ("http", "proxy_pass http://127.0.0.1:8000;"), ("http", "worker_connections 64;"), ("events", "gzip on;"),
    ("location /", "server_name x.example.com;"), ("server", "upstream u { server 127.0.0.1; }"),
    ("server", "keepalive 16;"), ("http", "set $a 1;"), ("http", "if ($host) { return 404; }"),
    ("location /", "worker_processes 2;"), ("upstream", "proxy_pass http://x;"), ("location /", "events {}"),
    ("server", "alias /srv/x/;"), ("location /", "http {}"), ("location /", "location @named { return 204; }"),
]


def wrong_context(cfg):
    where, text = cfg.rng.choice(WRONG_PLACES)
    return _insert_after(cfg, lambda l: l.startswith(where) and l.endswith("{"), text)


def arg_count(cfg):
    def make(line):
        body = line[:-1]
        if cfg.rng.random() < 0.5 and " " in body:
            return body.rsplit(" ", 1)[0] + ";"
        return body + " extra;"
    return _replace_line(cfg, lambda l: l.endswith(";") and not l.startswith(("server ", "listen", "return", "proxy_set_header", "error_log", "access_log", "add_header", "index", "try_files", "alias", "root")), make)


def bad_value(cfg):
    rows = [r for c in ("http", "server", "location") for r in directives_for(c)]
    row = cfg.rng.choice(rows)
    context = next(c for c in ("location", "server", "http") if c in row.contexts)
    opener = {"location": "location ", "server": "server", "http": "http"}[context]
    return _insert_after(cfg, lambda l: l.startswith(opener) and l.endswith("{"), f"{row.name} {value_for(cfg.rng, row, False)};")


def duplicate(cfg):
    rows = [r for r in directives_for("location") if r.duplicate]
    row = cfg.rng.choice(rows)
    value = value_for(cfg.rng, row)
    return _insert_after(cfg, lambda l: l.startswith("location ") and l.endswith("{"), f"{row.name} {value}; {row.name} {value};")


def drop_semicolon(cfg):
    return _replace_line(cfg, lambda l: l.endswith(";") and not l.startswith("#"), lambda l: l[:-1])


def drop_brace(cfg):
    candidates = [i for i, line in enumerate(cfg.lines) if line.strip() == "}"]
    if not candidates:
        return False
    del cfg.lines[cfg.rng.choice(candidates)]
    return True


def extra_brace(cfg):
    i = cfg.rng.randrange(len(cfg.lines))
    cfg.lines.insert(i + 1, "}")
    return True


def open_quote(cfg):
    return _replace_line(cfg, lambda l: l.startswith(("proxy_set_header", "add_header", "return 200", "server_name")),
                         lambda l: l[:-1].rsplit(" ", 1)[0] + ' "' + l[:-1].rsplit(" ", 1)[1] + ";")


UPSTREAM_BREAKS = ["weight=0", "weight=abc", "max_fails=-1", "fail_timeout=500ms", "slow_start=10s", "resolve",
                   "backup", "down", "max_conns=x", "weight = 2"]


def bad_upstream_server(cfg):
    return _replace_line(cfg, lambda l: l.startswith("server ") and l.endswith(";"),
                         lambda l: l[:-1] + " " + cfg.rng.choice(UPSTREAM_BREAKS) + ";")


def bad_proxy_target(cfg):
    target = cfg.rng.choice(["http://app9", "http://backend.invalid", "http://backend.invalid:8000",
                             "http://app0:8000", "app0", "http://", "http://127.0.0.1:99999", "ftp://127.0.0.1",
                             "http://127.0.0.1:8000/api/", "http://[::1]:8000", "https://localhost", "http://unix:/run/app.sock"])
    return _replace_line(cfg, lambda l: l.startswith("proxy_pass "), lambda l: f"proxy_pass {target};")


VARIABLE_LINES = ["return 200 $requets_uri;", "add_header X-Id $request_idd;", "proxy_set_header X-Real-IP $remote_adr;",
                  "return 200 ${host;", "return 200 \"$\";", "set $x $y;", "set y 1;", "return 200 $http_x_custom;",
                  "return 200 $arg_page$cookie_sid;", "set $host example;"]


def bad_variable(cfg):
    return _insert_after(cfg, lambda l: l.startswith("location ") and l.endswith("{"), cfg.rng.choice(VARIABLE_LINES))


LISTEN_BREAKS = ["127.0.0.1:65536", "127.0.0.1:0", "127.0.0.1:abc", ":8080", "backend.invalid:8080",
                 "127.0.0.1:{port} foo", "127.0.0.1:{port} backlog=abc", "[::1:{port}", "127.0.0.1:{port} ssl",
                 "127.0.0.1:{port} quic", "127.0.0.1:{port} default_server"]


def bad_listen(cfg):
    port = cfg.port
    text = cfg.rng.choice(LISTEN_BREAKS).format(port=port)
    return _insert_after(cfg, lambda l: l.startswith("listen "), f"listen {text};")


LOCATION_BREAKS = ["location ~ ^/(api { return 204; }", "location x /a { return 204; }", "location /static/ { return 204; }",
                   "location = /x { location /y { return 204; } }", "location /a { location /b { return 204; } }",
                   "location ~ \"[a\" { return 204; }", "location ~ *.png { return 204; }",
                   "location ~ /x { proxy_pass http://127.0.0.1:8000/x/; }", "location @n { alias /srv/x/; }",
                   "location /r { rewrite ^ /x foo; }", "location /i { if ($host == a) { return 404; } }",
                   "location /c { return 1000; }", "location /d { return /x; }", "location /e { error_page 99 /x; }",
                   "location /f { try_files $uri =4044; }", "location /g { root /a; alias /b/; }"]


def bad_location(cfg):
    return _insert_after(cfg, lambda l: l.startswith("server") and l.endswith("{"), cfg.rng.choice(LOCATION_BREAKS))


def missing_events(cfg):
    start = next(i for i, l in enumerate(cfg.lines) if l.startswith("events"))
    end = next(i for i in range(start, len(cfg.lines)) if cfg.lines[i] == "}")
    del cfg.lines[start : end + 1]
    return True


def includes(cfg):
    rng = cfg.rng
    choice = rng.random()
    if choice < 0.25:
        cfg.files["conf/snippets/proxy_params"] = "proxy_set_header Host $http_host;\nproxy_set_header X-Real-IP $remote_addr;\n"
        return _insert_after(cfg, lambda l: l.startswith("location ") and l.endswith("{"), "include snippets/proxy_params;")
    if choice < 0.45:
        cfg.files["conf/snippets/proxy_params"] = "proxy_set_header Host $http_host;\nproxy_set_headr X-Real-IP $remote_addr;\n"
        return _insert_after(cfg, lambda l: l.startswith("location ") and l.endswith("{"), "include snippets/proxy_params;")
    if choice < 0.6:
        return _insert_after(cfg, lambda l: l.startswith("http"), rng.choice(["include mime.types;", "include uwsgi_params;"]))
    if choice < 0.8:
        cfg.files["conf/sites-enabled/b.conf"] = f"server {{\n    listen 127.0.0.1:{cfg.next_port()};\n    server_name b.example.com;\n}}\n"
        cfg.files["conf/sites-enabled/a.conf"] = rng.choice(["server {\n    listen 127.0.0.1:%d;\n    server_name a.example.com\n}\n",
                                                             "server {\n    listen 127.0.0.1:%d;\n    server_name a.example.com;\n"]) % cfg.next_port()
        return _insert_after(cfg, lambda l: l.startswith("http"), rng.choice(["include sites-enabled/*;", "include sites-enabled/*.conf;", "include sites-available/*;"]))
    cfg.files["conf/loop.conf"] = "include loop.conf;\n"
    return _insert_after(cfg, lambda l: l.startswith("http"), "include loop.conf;")


def ssl_server(cfg):
    return _insert_after(cfg, lambda l: l.startswith("http"),
                         f"server {{ listen 127.0.0.1:{cfg.next_port()} ssl; server_name s.example.com; "
                         + cfg.rng.choice(["", "ssl_certificate certs/missing.crt; ssl_certificate_key certs/missing.key;",
                                           "ssl_certificate_key certs/missing.key;", "ssl_protocols TLSv1.2 TLSv1.4;"]) + " }")


def conflicting_names(cfg):
    port = cfg.port
    return _insert_after(cfg, lambda l: l.startswith("http"),
                         f"server {{ listen 127.0.0.1:{port}; }} server {{ listen 127.0.0.1:{port}"
                         + cfg.rng.choice(["", " default_server"]) + "; }")


MAP_LINES = ["map $host $mapped { default 1; a 2; }", "map $host mapped { default 1; }", "map $host $mapped { default 1; default 2; }",
             "map $host $mapped { a 1; a 2; }", "map $host $mapped { a; }", "map $host $host { }",
             "log_format main '$remote_addr $status'; log_format main '$status';", "access_log logs/access.log nosuch;",
             "limit_req_zone $binary_remote_addr zone=one:10m rate=1r/s;", "limit_req_zone $binary_remote_addr zone=one:1k rate=1r/s;",
             "limit_req_zone $binary_remote_addr zone=one:10m rate=1r/h;", "geo $geo { default 0; 127.0.0.1 1; }",
             "gzip_types text/css application/json;", "ssl_protocols TLSv1.2 TLSv1.2;", "types { text/html html; text/plain html; }"]


def http_extras(cfg):
    return _insert_after(cfg, lambda l: l.startswith("http"), cfg.rng.choice(MAP_LINES))


#: One directive (or a small block) for a context: right, wrong, or right in a way that looks wrong.
SNIPPETS = {
    "main": [
        "worker_processes 0;", "worker_processes abc;", "worker_processes auto auto;", "error_log logs/error.log verbose;",
        "error_log logs/error.log debug;", "error_log stderr notice;", "error_log /nonexistent/dir/error.log;",
        "error_log logs/error.log warn error;", "pcre_jit on;", "worker_shutdown_timeout 10s;", "timer_resolution 100ms;",
        "worker_rlimit_nofile 4096;", "worker_processes 2; worker_processes 4;", "events {}", "http {}",
        "include /nonexistent/*.conf;", "daemon off;", "master_process on;",
    ],
    "events": [
        "worker_connections abc;", "worker_connections -1;", "use epoll;", "use kqueue;", "multi_accept on;",
        "accept_mutex off;", "accept_mutex_delay 500ms;", "worker_connections 10; worker_connections 20;",
    ],
    "http": [
        "gzip yes;", "gzip_comp_level 0;", "gzip_comp_level 9;", "gzip_min_length 20 k;", "gzip_types text/css text/css;",
        "gzip_proxied expired no-cache no-store private auth;", "gzip_proxied sometimes;", "gzip_http_version 1.1;",
        "gzip_http_version 2.0;", "client_max_body_size 1G;", "client_max_body_size 1T;", "client_max_body_size 20MB;",
        "keepalive_timeout 65 60;", "keepalive_timeout 65 abc;", "keepalive_timeout 75s 1h30m;", "server_tokens build;",
        "server_tokens maybe;", "proxy_http_version 1.1;", "proxy_http_version 2;", "log_format json escape=json '{\"a\":\"$status\"}';",
        "log_format x escape=yaml '$status';", "access_log off;", "access_log off main;", "access_log logs/a.log combined buffer=32k flush=5s;",
        "access_log logs/a.log combined buffer=abc;", "access_log logs/a.log combined gzip=5;", "access_log logs/a.log combined if=$status;",
        "access_log logs/$host.log;", "access_log /nonexistent/x.log;", "limit_conn_zone $binary_remote_addr zone=addr:10m;",
        "limit_req_zone $binary_remote_addr zone=r:10m rate=10r/m;", "limit_req_zone $binary_remote_addr zone=r:10m rate=10r;",
        "limit_req_zone $nope zone=r:10m rate=1r/s;", "map $http_upgrade $connection_upgrade { default upgrade; '' close; }",
        "map $uri $m { ~^/a(?<tail>.*) $tail; default $uri; }", "map $uri $m { ~^/(a 1; }", "split_clients $remote_addr $variant { 50% a; * b; }",
        "split_clients $remote_addr $variant { 50% a; 51% b; }", "geo $remote_addr $g { default 0; 10.0.0.0/8 1; }",
        "geo $g { 10.0.0.0/33 1; }", "types { text/html html; }", "types { text/html html { } }", "default_type text/plain;",
        "server_names_hash_bucket_size 64;", "variables_hash_max_size 2048;", "ssl_protocols TLSv1.2 TLSv1.3;",
        "ssl_protocols TLSv1.4;", "ssl_session_cache shared:SSL:10m;", "ssl_session_timeout 1d;", "ssl_prefer_server_ciphers on;",
        "resolver 127.0.0.1 valid=30s;", "resolver_timeout 5s;", "open_file_cache max=1000 inactive=20s;",
        "charset utf-8;", "sendfile on; tcp_nopush on; tcp_nodelay on;", "underscores_in_headers on;",
        "add_header X-Frame-Options DENY always;", "add_header X-Frame-Options DENY sometimes;", "add_header X;",
        "proxy_set_header Host $host;", "proxy_set_header Host;", "proxy_read_timeout 5 minutes;", "proxy_read_timeout 300;",
        "proxy_next_upstream error timeout http_502;", "proxy_next_upstream error sometimes;", "proxy_next_upstream_tries 3;",
        "set_real_ip_from 10.0.0.0/8;", "real_ip_header X-Forwarded-For;", "index index.html index.htm;", "index \"\";",
        "limit_conn_status 503;", "limit_conn_status 200;", "limit_req_status 429;", "large_client_header_buffers 4 8k;",
        "upstream empty { }", "upstream onlybackup { server 127.0.0.1:8000 backup; }", "upstream twice { server 127.0.0.1:8000; } upstream twice { server 127.0.0.1:8001; }",
        "upstream h { hash $request_uri; server 127.0.0.1:8000; server 127.0.0.1:8001; }", "upstream h { hash; server 127.0.0.1:8000; }",
        "upstream h { hash $request_uri ketama; server 127.0.0.1:8000; }", "upstream r { random two least_conn; server 127.0.0.1:8000; }",
        "upstream r { random three; server 127.0.0.1:8000; }", "upstream z { zone z 64k; server 127.0.0.1:8000; }",
        "upstream z { zone z 1k; server 127.0.0.1:8000; }", "upstream z { zone z; server 127.0.0.1:8000; }",
        "upstream k { server 127.0.0.1:8000; keepalive 0; }", "upstream k { server 127.0.0.1:8000; keepalive 16; keepalive_timeout 30s; keepalive_requests 100; }",
        "upstream m { least_conn; ip_hash; server 127.0.0.1:8000; }", "upstream m { keepalive 8; least_conn; server 127.0.0.1:8000; }",
        "upstream b { ip_hash; server 127.0.0.1:8000; server 127.0.0.1:8001 backup; }", "upstream b { server 127.0.0.1:8001 backup; server 127.0.0.1:8000; ip_hash; }",
        "upstream u { server unix:/run/gunicorn.sock fail_timeout=0; }", "upstream u { server http://127.0.0.1:8000; }",
        "upstream u { server 127.0.0.1:80000; }", "upstream u { server backend.invalid:8000; }", "upstream u { server localhost:8000 max_conns=10; }",
        "upstream u { server [::1]:8000 weight=2; }", "upstream u { server 127.0.0.1:8000 down; }",
        "proxy_buffer_size 16k;", "proxy_buffers 16 8k; proxy_busy_buffers_size 64k;", "include /etc/nginx/mime.types;",
        "include /etc/nginx/conf.d/*.conf;", "include /etc/nginx/sites-enabled/*;", "include /etc/nginx/koi-utf;",
        "include /etc/nginx/proxy_params;", "include /etc/nginx/nosuch.conf;",
    ],
    "server": [
        "listen 127.0.0.1:{port} reuseport;", "listen 127.0.0.1:{port} backlog=511 rcvbuf=64k sndbuf=64k;", "listen 127.0.0.1:{port} so_keepalive=on;",
        "listen 127.0.0.1:{port} so_keepalive=30m::10;", "listen 127.0.0.1:{port} http2;", "listen 127.0.0.1:{port} proxy_protocol;",
        "listen 127.0.0.1:{port} deferred;", "listen 127.0.0.1:{port} fastopen=256;", "listen 127.0.0.1:{port} ipv6only=on;",
        "listen [::1]:{port} ipv6only=on;", "listen 127.0.0.1:{port} default;", "listen localhost:{port};", "listen 127.0.0.1:{port} bind;",
        "listen 127.0.0.1:{port}; listen 127.0.0.1:{port};", "server_name example.com:8000;", "server_name www.*.example.com;",
        "server_name ~^(?<sub>.+)\\.example\\.net$;", "server_name ~^(www.example.com;", "server_name \"example.com\" 'www.example.com';",
        "server_name a/b;", "server_name _;", "server_name \"\";", "return 301 https://$host$request_uri;", "return 444;", "return 1000;",
        "return 301;", "return $status;", "return https://example.com;", "rewrite ^/old/(.*)$ /new/$1 permanent;", "rewrite ^ /x last;",
        "rewrite ( /x;", "rewrite ^ /x foo;", "if ($host != example.com) { return 301 https://example.com$request_uri; }",
        "if ($request_method = POST) { return 405; }", "if ($http_user_agent ~* (bot|crawler)) { return 403; }", "if ($host) { listen 127.0.0.1:1; }",
        "if (-f $request_filename) { break; }", "if (!-e $request_filename) { rewrite ^ /index.php last; }", "if ($host == a) { return 404; }",
        "if ($host = a b) { return 404; }", "if ($nope) { return 404; }", "if (host) { return 404; }", "set $app django;", "set $host x;",
        "set app django;", "error_page 404 /404.html;", "error_page 500 502 503 504 /50x.html;", "error_page 404 =200 /index.html;",
        "error_page 404 = @fallback;", "error_page 99 /x;", "error_page 404;", "client_max_body_size 20M;", "root /var/www/html; root /srv;",
        "ssl_certificate_key certs/x.key;", "location = / { return 204; }", "location / { return 204; }", "location @fallback { proxy_pass http://127.0.0.1:8000; }",
        "location ~* \\.(css|js)$ { expires 30d; }", "location ~ \"^/(?<section>[a-z]+)/\" { return 200 $section; }",
        "location ^~ /assets/ { alias /srv/assets/; }", "location /a { location /a/b { return 204; } }", "location /a { location /b { return 204; } }",
        "location = /x { location /x/y { return 204; } }", "location /p { proxy_pass http://127.0.0.1:8000/; }",
        "location /p { proxy_pass http://127.0.0.1:8000/; proxy_redirect off; }", "location ~ /p { proxy_pass http://127.0.0.1:8000/; }",
        "location /p { if ($host) { proxy_pass http://127.0.0.1:8000/; } }", "location /p { limit_except GET { deny all; } }",
        "location /p { limit_except GET POST { allow 127.0.0.1; deny all; } }", "location /p { limit_except FETCH { deny all; } }",
        "location /p { allow 10.0.0.0/8; deny all; }", "location /p { allow 10.0.0.1/8; deny all; }", "location /p { allow 999.1.1.1; }",
        "location /p { uwsgi_pass 127.0.0.1:8000; include uwsgi_params; }", "location /p { uwsgi_pass unix:/run/uwsgi.sock; }",
        "location /p { fastcgi_pass 127.0.0.1; }", "location /p { fastcgi_pass 127.0.0.1:9000; fastcgi_param SCRIPT_FILENAME $document_root$fastcgi_script_name; }",
        "location /p { grpc_pass grpc://127.0.0.1:50051; }", "location /p { proxy_pass http://$host; }", "location /p { proxy_pass http://$nope; }",
        "location /p { proxy_pass http://localhost:8000; proxy_pass http://localhost:8001; }", "location /p { proxy_pass http://backend.invalid; }",
        "location /p { proxy_pass http://unix:/run/app.sock:/x; }", "location /p { alias /srv/p/; root /srv; }", "location @n { alias /srv/; }",
        "location /p { root $document_root; }", "location /p { try_files $uri $uri/ /index.html; }", "location /p { try_files $uri =404; }",
        "location /p { try_files $uri =abc; }", "location /p { try_files $uri; }", "location /p { expires @25h; }", "location /p { expires modified 1h; }",
        "location /p { expires -1; }", "location /p { add_header Cache-Control \"no-store\" always; }", "location /p { internal; }",
        "location /p { limit_req zone=nozone burst=5; }", "location /p { limit_conn nozone 10; }", "location /p { auth_basic \"Restricted\"; auth_basic_user_file conf/htpasswd; }",
        "location /p { stub_status; }", "location /p { return 200 \"a${host}b\"; }", "location /p { return 200 \"$\"; }",
        "location /p { return 200 $1; }", "location /p { return 200 $0; }", "location /p { index index.html /index.php; }",
        "location /p { index /a.html index.html; }", "location /p { proxy_cache_valid 200 10m; }", "location /p { proxy_cache zone; }",
        "location /p { proxy_set_header X-Forwarded-Proto $scheme; proxy_set_header X-Real-IP $remote_addr; }",
        "location /p { proxy_pass http://127.0.0.1:8000; proxy_next_upstream off; }", "location /p { proxy_next_upstream_tries abc; }",
        "location /p { proxy_buffer_size 16k; }", "location /p { proxy_buffers 8 16k; proxy_buffer_size 32k; }",
        "location /p { proxy_buffers 2 4k; }", "location /p { proxy_buffers 1 4k; }", "location /p { proxy_buffers 4 4k; proxy_busy_buffers_size 16k; }",
        "location /p { proxy_busy_buffers_size 2k; }", "location /p { proxy_temp_file_write_size 1k; }", "location /p { proxy_max_temp_file_size 0; }",
        "location /p { proxy_max_temp_file_size 1k; }", "location /p { fastcgi_buffer_size 32k; fastcgi_buffers 16 16k; }",
        "location /p { uwsgi_buffer_size 16k; }", "location /p { proxy_buffers 8 4x; }", "location /p { proxy_buffers 0 4k; }",
        "location /p { include /etc/nginx/proxy_params; proxy_pass http://127.0.0.1:8000; }",
        "location ~ \\.php$ { include /etc/nginx/snippets/fastcgi-php.conf; fastcgi_pass unix:/run/php/php-fpm.sock; }",
        "location ~ \\.php$ { try_files $uri =404; include /etc/nginx/snippets/fastcgi-php.conf; }",
        "include /etc/nginx/snippets/snakeoil.conf;", "location /u { include /etc/nginx/uwsgi_params; uwsgi_pass 127.0.0.1:8001; }",
    ],
}


def snippet(cfg):
    context = cfg.rng.choice(list(SNIPPETS))
    text = cfg.rng.choice(SNIPPETS[context]).replace("{port}", str(cfg.next_port()))
    if context == "main":
        cfg.lines.insert(0, text)
        return True
    opener = {"events": "events", "http": "http", "server": "server"}[context]
    return _insert_after(cfg, lambda l: l.startswith(opener) and l.endswith("{"), text)


def escapes(cfg):
    return _insert_after(cfg, lambda l: l.startswith("server") and l.endswith("{"), cfg.rng.choice([
        "add_header X-A \"a\\\"b\";", "add_header X-A 'it\\'s';", "add_header X-A a\\ b;", "return 200 \"${host}x\";",
        "return 200 ${hostx;", "add_header X-A \"a\")b;", "add_header X-A \"a\"b;", "add_header X-A a\"b\"c;", "add_header X-A a#b;",
        "add_header X-A \"a\" # c", "return 200 \"a\nb\";", "add_header X-A $host{;", "add_header X-A a}b;",
    ]))


# -- near-valid: right, but written as readers write it -----------------------------------------------

def glue_braces(cfg):
    return _replace_line(cfg, lambda l: l.endswith(" {"), lambda l: l[:-2] + "{")


def quote_values(cfg):
    return _replace_line(cfg, lambda l: l.endswith(";") and " " in l and "$" not in l,
                         lambda l: l.split(" ", 1)[0] + ' "' + l.split(" ", 1)[1][:-1] + '";')


def comments(cfg):
    return _replace_line(cfg, lambda l: l.endswith(";"), lambda l: l + cfg.rng.choice(["  # { not a block }", " #;", "#x"]))


def one_line(cfg):
    cfg.lines = [" ".join(line.strip() for line in cfg.lines)]
    return True


def crlf(cfg):
    cfg.crlf = True
    return True


BREAKS = [typo, wrong_context, arg_count, bad_value, duplicate, drop_semicolon, drop_brace, extra_brace, open_quote,
          bad_upstream_server, bad_proxy_target, bad_variable, bad_listen, bad_location, missing_events, includes,
          ssl_server, http_extras, snippet, snippet, snippet, snippet, escapes]
NEAR = [glue_braces, quote_values, comments, one_line, crlf, conflicting_names, includes, http_extras, snippet, escapes]


def generate(seed, count):
    rng = random.Random(seed)
    out = []
    for n in range(count):
        cfg = valid_config(rng)
        roll = rng.random()
        if roll < 0.25:
            label = "valid"
        elif roll < 0.8:
            mutation = rng.choice(BREAKS)
            label = "broken-" + mutation.__name__
            mutation(cfg)
        else:
            mutations = rng.sample(NEAR, rng.randint(1, 2))
            label = "near-" + "-".join(m.__name__ for m in mutations)
            for mutation in mutations:
                mutation(cfg)
        text = cfg.text()
        if getattr(cfg, "crlf", False):
            text = text.replace("\n", "\r\n")
        out.append({"name": f"{n:03d}-{label}", "config": text, "files": cfg.files})
    return out


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seed", type=int, default=20261201)
    parser.add_argument("--count", type=int, default=300)
    args = parser.parse_args()
    json.dump(generate(args.seed, args.count), sys.stdout, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
