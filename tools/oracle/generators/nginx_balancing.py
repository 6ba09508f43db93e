"""Write tools/oracle/inputs/nginx-balancing/nginx-*.json: balancing cases beyond the shared
corpus, for real nginx to answer (tools/oracle/nginx_oracle.py --out tools/oracle/cases ...).

    python3 tools/oracle/generators/nginx_balancing.py
    python3 tools/oracle/nginx_oracle.py --out tools/oracle/cases tools/oracle/inputs/nginx-balancing

The shape is the corpus's (../shared/conformance/nginx/README.md), plus a request's own `down`:
the backends stopped from that request on (the recorder stops and starts them), and `path`.
Pauses stay clear of nginx's one-second clock: a server that failed at t is tried again only
when the whole seconds since t exceed fail_timeout, so pauses are either well under
fail_timeout or more than a second over it.
"""

import json
import os

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "inputs", "nginx-balancing")


def backends(n):
    return {f"b{i}": f"127.0.0.1:1810{i}" for i in range(1, n + 1)}


def servers(n, params=None):
    params = params or {}
    return "\n".join(f"server 127.0.0.1:1810{i}{(' ' + params[i]) if i in params else ''};" for i in range(1, n + 1))


def same(client, count, **extra):
    return [dict({"client": client}, **extra) for _ in range(count)]


CASES = {
    "weighted-dead-heavy": dict(
        description="Weights 3:1:1 and the heavy server stopped: each failure costs it weight/max_fails of its "
        "effective weight, so it is retried less, then not at all within fail_timeout.",
        upstream=servers(3, {1: "weight=3 max_fails=3"}), down=["b1"], requests=same("127.0.0.1", 12)),
    "fail-timeout-recovers": dict(
        description="b2 fails (max_fails=1 fail_timeout=1s), is left out while the second has not passed, "
        "then is tried again after a pause of 2.5 s and answers (it was started in the meantime).",
        upstream=servers(2, {2: "max_fails=1 fail_timeout=1s"}),
        requests=[{"client": "127.0.0.1", "down": ["b2"]}, *same("127.0.0.1", 4),
                  {"client": "127.0.0.1", "delay_ms": 2500, "down": []}, *same("127.0.0.1", 5)]),
    "fail-timeout-not-yet": dict(
        description="b2 fails with fail_timeout=5s; after a pause of 1.5 s it is still left out.",
        upstream=servers(2, {2: "max_fails=1 fail_timeout=5s"}),
        requests=[{"client": "127.0.0.1", "down": ["b2"]}, *same("127.0.0.1", 3),
                  {"client": "127.0.0.1", "delay_ms": 1500, "down": []}, *same("127.0.0.1", 4)]),
    "single-primary-with-backup-dead": dict(
        description="One primary (stopped) and a backup: with a backup the primary's failures count, so after "
        "the first failure requests go straight to the backup.",
        upstream="server 127.0.0.1:18101;\nserver 127.0.0.1:18102 backup;", down=["b1"], requests=same("127.0.0.1", 5)),
    "all-dead-with-backup": dict(
        description="Both primaries and the backup stopped: the first request tries all three and gets 502; "
        "then no server is live and nginx tries none.",
        upstream=servers(2) + "\nserver 127.0.0.1:18103 backup;", down=["b1", "b2", "b3"], requests=same("127.0.0.1", 4)),
    "all-dead-no-backup": dict(
        description="Three servers, all stopped: the first request tries each, then none is live.",
        upstream=servers(3), down=["b1", "b2", "b3"], requests=same("127.0.0.1", 4)),
    "next-upstream-tries-2": dict(
        description="proxy_next_upstream_tries 2: with two of three servers stopped, a request that meets both "
        "gives up after the second try.",
        upstream=servers(3), location_extra="proxy_next_upstream_tries 2;", down=["b1", "b2"],
        requests=same("127.0.0.1", 6)),
    "next-upstream-timeout-only": dict(
        description="proxy_next_upstream timeout (not error): a refused connection is an error, so it is not "
        "retried: 502.",
        upstream=servers(2), location_extra="proxy_next_upstream timeout;", down=["b1"], requests=same("127.0.0.1", 6)),
    "ip-hash-many-24s": dict(
        description="ip_hash over 3 servers for 12 different /24 networks, twice each.",
        upstream="ip_hash;\n" + servers(3),
        requests=[{"client": f"127.{a}.{b}.9"} for a, b in [(1, 1), (2, 7), (3, 3), (9, 9), (10, 0), (20, 5), (33, 1),
                                                             (40, 40), (77, 7), (100, 1), (200, 2), (250, 9)]] * 2),
    "ip-hash-weights": dict(
        description="ip_hash with weights 1:3: the hash picks a point in the total weight.",
        upstream="ip_hash;\n" + servers(2, {2: "weight=3"}),
        requests=[{"client": f"127.{a}.0.1"} for a in range(1, 17)]),
    "ip-hash-all-dead-but-one": dict(
        description="ip_hash with two of three servers stopped: clients of the stopped ones are rehashed, "
        "and after 20 draws nginx falls back to round robin.",
        upstream="ip_hash;\n" + servers(3), down=["b1", "b2"],
        requests=[{"client": f"127.{a}.0.1"} for a in range(1, 9)] * 2),
    "hash-request-uri": dict(
        description="hash $request_uri (not consistent): the same path always lands on the same server.",
        upstream="hash $request_uri;\n" + servers(3),
        requests=[{"client": "127.0.0.1", "path": p} for p in ["/", "/a", "/b", "/static/app.css", "/api/v1/users",
                                                               "/about/", "/x?y=1", "/a"]] * 2),
    "hash-request-uri-dead": dict(
        description="hash $request_uri with b2 stopped: its paths are rehashed to others.",
        upstream="hash $request_uri;\n" + servers(3), down=["b2"],
        requests=[{"client": "127.0.0.1", "path": p} for p in ["/", "/a", "/b", "/c", "/d", "/e", "/f", "/g"]] * 2),
    "hash-consistent-dead": dict(
        description="hash $request_uri consistent with b3 stopped: only b3's paths move, to the next point on "
        "the ring.",
        upstream="hash $request_uri consistent;\n" + servers(3), down=["b3"],
        requests=[{"client": "127.0.0.1", "path": f"/page/{i}"} for i in range(12)]),
    "least-conn-weights": dict(
        description="least_conn with weights 2:1 and requests one at a time: no connections are active, so "
        "the weighted round robin among them decides.",
        upstream="least_conn;\n" + servers(2, {1: "weight=2"}), requests=same("127.0.0.1", 9)),
    "least-conn-down-and-dead": dict(
        description="least_conn with b1 marked down and b2 stopped: b3 answers everything after b2's first failure.",
        upstream="least_conn;\n" + servers(3, {1: "down"}), down=["b2"], requests=same("127.0.0.1", 6)),
    "stop-and-start": dict(
        description="Round robin over 3; b2 is stopped after two requests (fails over, then is left out) and "
        "started again; after fail_timeout (1 s) plus a pause it takes its turns again.",
        upstream=servers(3, {2: "fail_timeout=1s"}),
        requests=[*same("127.0.0.1", 2), {"client": "127.0.0.1", "down": ["b2"]}, *same("127.0.0.1", 4),
                  {"client": "127.0.0.1", "down": [], "delay_ms": 2600}, *same("127.0.0.1", 5)]),
    "max-fails-2-window": dict(
        description="max_fails=2: a single failure does not take the server out; the second within "
        "fail_timeout does.",
        upstream=servers(3, {3: "max_fails=2"}), down=["b3"], requests=same("127.0.0.1", 12)),
    "backup-weights": dict(
        description="Two backups with weights 1:2 take over, in smooth round robin, when the primary is stopped.",
        upstream="server 127.0.0.1:18101;\nserver 127.0.0.1:18102 backup;\nserver 127.0.0.1:18103 backup weight=2;",
        down=["b1"], requests=same("127.0.0.1", 7)),
    "upstream-keepalive": dict(
        description="Keep-alive connections to the backends (keepalive 8, HTTP/1.1) do not change who serves.",
        upstream=servers(3) + "\nkeepalive 8;",
        location_extra='proxy_http_version 1.1;\n            proxy_set_header Connection "";',
        requests=same("127.0.0.1", 6)),
}


def main():
    os.makedirs(OUT, exist_ok=True)
    for slug, case in CASES.items():
        count = max(int(line.split("1810")[1][0]) for line in case["upstream"].splitlines() if "1810" in line)
        data = {"kind": "nginx-balancing", "description": case["description"], "backends": backends(count)}
        data.update({k: v for k, v in case.items() if k != "description"})
        with open(os.path.join(OUT, f"nginx-{slug}.json"), "w", encoding="utf-8") as out:
            json.dump(data, out, indent=2)
            out.write("\n")


if __name__ == "__main__":
    main()
