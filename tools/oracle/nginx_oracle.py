"""Run configurations through real nginx (Debian's nginx 1.22.1): the truth for our checker.

    python3 tools/oracle/nginx_oracle.py syntax < configs.json      # [{config, files?}] -> [{ok, errors, raw_output}]
    python3 tools/oracle/nginx_oracle.py --out tools/oracle/cases INPUT.json|DIR...
    python3 tools/oracle/nginx_oracle.py --verify ../shared/conformance/nginx

`syntax` is what the differential test calls: each configuration is checked as the shared
corpus's README says (a fresh prefix with conf/ and logs/, the case's files under it,
`nginx -t -p PREFIX/ -c PREFIX/conf/nginx.conf`), and nginx's answer comes back in the corpus's
shape. `--out` records inputs (cases without `expected`, of kind nginx-syntax or nginx-balancing)
into complete cases under OUT/<kind>/, two fresh runs each, which must agree; `--verify`
re-records complete cases and reports those that differ.

Everything runs inside a private network namespace holding only loopback (`unshare -n`), made
by this script for itself: nginx binds the ports a configuration listens on (port 80 too) and
resolves its host names there, where only the hosts file answers. Where no namespace can be
made (a container without the privilege), it runs unsandboxed and says so on stderr; then only
configurations that listen on 127.0.0.1 and name hosts of the hosts file (or `.invalid` ones)
give the corpus's answers.
"""

import argparse
import http.client
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from record import case_files  # tools/oracle/record.py, beside this script

SANDBOX_FLAG = "NGINX_ORACLE_SANDBOX"
NGINX = shutil.which("nginx") or "/usr/sbin/nginx"
EXPECTATION_KEYS = ("expected", "raw_output")

# ---- the sandbox --------------------------------------------------------------------------------


def in_sandbox():
    return os.environ.get(SANDBOX_FLAG) == "1"


def reexec_in_sandbox():
    """Run this same command again inside a new network namespace; returns its exit code, or
    None when no namespace can be made here."""
    unshare = shutil.which("unshare")
    ip = shutil.which("ip") or "/usr/sbin/ip"
    if not unshare or subprocess.run([unshare, "-n", "true"], capture_output=True).returncode != 0:
        return None
    script = f'{ip} link set lo up && exec "$@"'
    env = dict(os.environ, **{SANDBOX_FLAG: "1"})
    return subprocess.run([unshare, "-n", "sh", "-c", script, "sh", sys.executable, *sys.argv], env=env).returncode


# ---- nginx -t -----------------------------------------------------------------------------------

_LOG_LINE = re.compile(r"^(?:\d{4}/\d\d/\d\d \d\d:\d\d:\d\d|nginx:) \[(\w+)\] (?:\d+#\d+: )?(.*)$")
_LOCATION = re.compile(r" in (/\S*):(\d+)$")


def write_prefix(prefix, config, files):
    os.makedirs(os.path.join(prefix, "conf"), exist_ok=True)
    os.makedirs(os.path.join(prefix, "logs"), exist_ok=True)
    for rel, content in (files or {}).items():
        full = os.path.join(prefix, *rel.split("/"))
        os.makedirs(os.path.dirname(full), exist_ok=True)
        write_file(full, content)
    write_file(os.path.join(prefix, "conf", "nginx.conf"), config)


def write_file(path, content):
    if isinstance(content, dict):  # {"base64": ...}: exact bytes
        import base64

        data = base64.b64decode(content["base64"])
    else:
        data = content.encode("utf-8", "surrogateescape")
    with open(path, "wb") as out:
        out.write(data)


def tokens(text, prefix):
    conf = os.path.join(prefix, "conf", "nginx.conf")
    return text.replace(conf, "<CONF>").replace(prefix.rstrip("/"), "<PREFIX>")


def parse_output(stderr, prefix):
    """nginx's stderr as the corpus keeps it: every [level] line, its location split off."""
    errors = []
    for raw in stderr.split("\n"):
        matched = _LOG_LINE.match(raw)
        if not matched:
            continue
        level, message = matched.groups()
        entry = {"level": level, "message": message, "line": None}
        where = _LOCATION.search(message)
        if where:
            entry["message"] = message[: where.start()]
            entry["line"] = int(where.group(2))
            if where.group(1) != os.path.join(prefix, "conf", "nginx.conf"):
                entry["file"] = tokens(where.group(1), prefix)
        entry["message"] = tokens(entry["message"], prefix)
        errors.append(entry)
    return errors


def check_config(config, files=None):
    """nginx -t on one configuration in a fresh prefix: {ok, errors, raw_output}."""
    prefix = tempfile.mkdtemp(prefix="nginx-oracle-")
    try:
        write_prefix(prefix, config, files)
        done = subprocess.run(
            [NGINX, "-t", "-p", prefix + "/", "-c", os.path.join(prefix, "conf", "nginx.conf")],
            capture_output=True,
            timeout=60,
            cwd=prefix,
        )
        stderr = done.stderr.decode("utf-8", "replace")
        raw = re.sub(r"^\d{4}/\d\d/\d\d \d\d:\d\d:\d\d \[(\w+)\] \d+#\d+:", r"<TIME> [\1] <PID>:", stderr, flags=re.M)
        return {"ok": done.returncode == 0, "errors": parse_output(stderr, prefix), "raw_output": tokens(raw, prefix)}
    finally:
        shutil.rmtree(prefix, ignore_errors=True)


# ---- balancing: real nginx in front of small backends ------------------------------------------


class Backend:
    """One backend `bN` on 127.0.0.1:1810N answering its id; it can be stopped and started."""

    def __init__(self, name, address):
        self.name = name
        host, port = address.rsplit(":", 1)
        self.address = (host, int(port))
        self.server = None

    def start(self):
        if self.server:
            return
        name = self.name

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):
                body = name.encode()
                self.send_response(200)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args):
                pass

        ThreadingHTTPServer.allow_reuse_address = True
        self.server = ThreadingHTTPServer(self.address, Handler)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def stop(self):
        if self.server:
            self.server.shutdown()
            self.server.server_close()
            self.server = None


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def balancing_config(case, prefix, port):
    workers = case.get("worker_processes", 1)
    upstream = "\n        ".join(case["upstream"].splitlines())
    return f"""worker_processes {workers};
daemon off;
pid {prefix}/nginx.pid;
error_log {prefix}/logs/error.log info;
events {{ worker_connections 64; }}
http {{
    access_log off;
    log_format tried "$upstream_addr";
    client_body_temp_path {prefix}/body;
    proxy_temp_path {prefix}/proxy;
    fastcgi_temp_path {prefix}/fastcgi;
    uwsgi_temp_path {prefix}/uwsgi;
    scgi_temp_path {prefix}/scgi;
    upstream pool {{
        {upstream}
    }}
    server {{
        listen 127.0.0.1:{port};
        access_log {prefix}/logs/tried.log tried;
        location / {{
            proxy_pass http://pool;
            proxy_connect_timeout 2s;
            {case.get("location_extra", "")}
        }}
    }}
}}
"""


def send(port, client, path, connection=None):
    """One GET from `client` (the source address); returns (status, body, connection kept)."""
    if connection is None:
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30, source_address=(client, 0))
    connection.request("GET", path)
    response = connection.getresponse()
    body = response.read().decode()
    return response.status, body, connection


def run_balancing(case):
    backends = {name: Backend(name, address) for name, address in case["backends"].items()}
    by_address = {address: name for name, address in case["backends"].items()}
    prefix = tempfile.mkdtemp(prefix="nginx-oracle-lb-")
    port = free_port()
    os.makedirs(os.path.join(prefix, "conf"))
    os.makedirs(os.path.join(prefix, "logs"))
    config = os.path.join(prefix, "conf", "nginx.conf")
    with open(config, "w") as out:
        out.write(balancing_config(case, prefix, port))
    down = set(case.get("down", []))
    for name, backend in backends.items():
        if name not in down:
            backend.start()
    nginx = subprocess.Popen([NGINX, "-p", prefix + "/", "-c", config], stderr=subprocess.PIPE)
    served, statuses, tried = [], [], []
    try:
        wait_for_port(port)
        connection = None
        log = os.path.join(prefix, "logs", "tried.log")
        for request in case["requests"]:
            if "down" in request:  # backends stopped from this request on
                for name, backend in backends.items():
                    (backend.stop if name in request["down"] else backend.start)()
            if request.get("delay_ms"):
                time.sleep(request["delay_ms"] / 1000)
            before = log_lines(log)
            status, body, kept = send(port, request["client"], request.get("path", "/"), connection)
            connection = kept if case.get("client_keepalive") else (kept.close() or None)
            statuses.append(status)
            served.append(body if status == 200 else f"HTTP {status}")
            tried.append(wait_for_log_line(log, before))
    finally:
        nginx.terminate()
        nginx.wait(timeout=10)
        for backend in backends.values():
            backend.stop()
        shutil.rmtree(prefix, ignore_errors=True)
    names = [[by_address.get(a, a) for a in re.split(r", | : ", line)] for line in tried]
    return {"served_by": served, "status": statuses, "tried": names}


def log_lines(path):
    try:
        with open(path) as f:
            return f.read().splitlines()
    except FileNotFoundError:
        return []


def wait_for_log_line(path, before):
    for _ in range(500):
        lines = log_lines(path)
        if len(lines) > len(before):
            return lines[len(before)]
        time.sleep(0.002)
    raise RuntimeError("nginx logged no line for a request")


def wait_for_port(port):
    for _ in range(500):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return
        except OSError:
            time.sleep(0.01)
    raise RuntimeError("nginx did not start")


# ---- recording ----------------------------------------------------------------------------------


def input_of(case):
    return {k: v for k, v in case.items() if k not in EXPECTATION_KEYS}


def run_case(case):
    if case["kind"] == "nginx-syntax":
        return check_config(case["config"], case.get("files"))
    return run_balancing(case)


def record(case):
    first, second = run_case(case), run_case(case)
    if first != second:
        raise RuntimeError(f"two runs of real nginx disagree:\n{json.dumps(first)}\n{json.dumps(second)}")
    complete = input_of(case)
    complete["nginx_version"] = nginx_version()
    if case["kind"] == "nginx-syntax":
        complete["expected"] = {"ok": first["ok"], "errors": first["errors"]}
        complete["raw_output"] = first["raw_output"]
    else:
        complete["expected"] = first
    return complete


def nginx_version():
    out = subprocess.run([NGINX, "-v"], capture_output=True, text=True).stderr
    return out.strip().split(": ", 1)[-1]


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("inputs", nargs="*")
    parser.add_argument("--out", help="folder for the recorded cases (OUT/<kind>/<name>.json)")
    parser.add_argument("--verify", action="store_true", help="re-record complete cases and report differences")
    parser.add_argument("--sandboxed-only", action="store_true",
                        help="exit 3 when no network namespace can be made (for configurations that bind port 80)")
    args = parser.parse_args()
    if not in_sandbox():
        code = reexec_in_sandbox()
        if code is not None:
            sys.exit(code)
        if args.sandboxed_only:
            print("nginx_oracle: no network namespace can be made here", file=sys.stderr)
            sys.exit(3)
        print("nginx_oracle: no network namespace can be made here; running nginx unsandboxed", file=sys.stderr)
    # Debian's default soft limit on open files. nginx does not notice an `include` cycle: it
    # nests until open() fails with EMFILE, or, under a high limit, until its stack overflows.
    import resource

    resource.setrlimit(resource.RLIMIT_NOFILE, (1024, resource.getrlimit(resource.RLIMIT_NOFILE)[1]))
    if args.inputs == ["syntax"]:
        configs = json.load(sys.stdin)
        from concurrent.futures import ThreadPoolExecutor

        with ThreadPoolExecutor(int(os.environ.get("NGINX_ORACLE_JOBS", "2"))) as pool:
            answers = list(pool.map(lambda c: check_config(c["config"], c.get("files")), configs))
        json.dump(answers, sys.stdout, ensure_ascii=False)
        return
    if not args.out and not args.verify:
        parser.error("give `syntax`, --out DIR or --verify")
    failures = 0
    for path in case_files(args.inputs):
        with open(path, encoding="utf-8") as f:
            case = json.load(f)
        if case.get("kind") not in ("nginx-syntax", "nginx-balancing"):
            continue
        try:
            complete = record(case)
        except Exception as exc:
            failures += 1
            print(f"FAIL {path}: {exc}", file=sys.stderr)
            continue
        if args.verify:
            if complete["expected"] != case["expected"]:
                failures += 1
                print(f"DIFFERS {path}\n  corpus: {json.dumps(case['expected'])}\n  here:   {json.dumps(complete['expected'])}", file=sys.stderr)
            continue
        out_dir = os.path.join(args.out, case["kind"])
        os.makedirs(out_dir, exist_ok=True)
        with open(os.path.join(out_dir, os.path.basename(path)), "w", encoding="utf-8") as out:
            json.dump(complete, out, ensure_ascii=False, indent=2)
            out.write("\n")
        print(f"recorded {path}")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
