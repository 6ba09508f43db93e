"""Where nginx 1.22 sends each request of an upstream: a simulator of its load balancing.

The model is nginx's, as its documentation describes it and as recordings of real nginx in
front of small backends confirm (../shared/conformance/nginx/balancing and
tools/oracle/cases/nginx-balancing):

- Every server is a peer with a weight (1), max_fails (1), fail_timeout (10 s), and the flags
  `backup` and `down`. A peer is out while it has failed max_fails times and fail_timeout has
  not passed since the last check (max_fails=0: never out). nginx's clock ticks in whole seconds.
- Round robin is the smooth weighted kind: at each pick every available peer's current weight
  grows by its effective weight, the largest wins and loses the sum. A failure cuts the
  effective weight by weight/max_fails; each pick gives one back, up to the weight.
- least_conn picks the fewest active connections per weight (requests here run one after
  another, so none is active), ties by the same smooth round robin among the tied.
- ip_hash hashes the first three bytes of an IPv4 client (all 16 of an IPv6 one); hash hashes a
  key (CRC32, `Cache::Memcached`-compatible), `consistent` places 160 points per weight unit on
  a ketama ring. Each retries on another draw when the chosen peer is out, and after 20 draws
  falls back to round robin.
- A request tries peers until one answers, at most one try per peer (proxy_next_upstream_tries
  caps it), and only on the errors proxy_next_upstream names (`error timeout` by default; a
  refused connection is an `error`). When every primary is out it moves to the backup servers.
  No live peer, or no try left: 502. A single server (no backup) is always tried.
- Each worker process keeps its own state unless the upstream has a `zone` (then all share it).
"""

import bisect
import ipaddress
import random as _random
import zlib
from operator import attrgetter

MAX_DRAWS = 20


class Peer:
    def __init__(self, server, name, address):
        self.name = name  # the backend's id in answers
        self.address = address
        self.server = server.address  # the address as written (the ketama ring hashes it)
        self.weight = server.weight
        self.max_fails = server.max_fails
        self.fail_timeout = server.fail_timeout
        self.max_conns = server.max_conns
        self.down = server.down
        self.backup = server.backup
        self.stopped = False  # the backend is not running (the request's `down`)


class PeerState:
    """What nginx keeps per peer (in a worker, or shared through a zone), with the peer's
    settings beside it (the balancer's loops read one object per peer)."""

    __slots__ = ("current", "effective", "fails", "accessed", "checked", "conns", "peer", "weight", "max_fails",
                 "fail_timeout", "down")

    def __init__(self, peer):
        self.current = 0
        self.effective = peer.weight
        self.fails = 0
        self.accessed = 0
        self.checked = 0
        self.conns = 0
        self.peer = peer
        self.weight = peer.weight
        self.max_fails = peer.max_fails
        self.fail_timeout = peer.fail_timeout
        self.down = peer.down


class Group:
    """The primary servers, or the backup ones."""

    def __init__(self, peers, worker_state):
        self.peers = peers
        self.state = [worker_state[id(p)] for p in peers]
        self.entries = list(zip(range(len(peers)), peers, self.state))
        self.states = list(enumerate(self.state))
        self.total_weight = sum(p.weight for p in peers)


class Upstream:
    """An upstream block's peers and method, and the state of each worker."""

    def __init__(self, block, names, resolve):
        self.name = block.name
        self.method = block.method or "round_robin"
        self.hash_key = block.hash_key
        self.consistent = block.consistent
        peers = []
        for server in block.servers:
            for address in resolve(server):
                peers.append(Peer(server, names.get(server.address) or names.get(address) or server.address, address))
        self.primary = [p for p in peers if not p.backup]
        self.backup = [p for p in peers if p.backup]
        self.single = len(self.primary) == 1 and not self.backup
        # requests one after another leave no connection active: least_conn ties, and picks as round robin does
        self.smooth_only = self.method in ("round_robin", "least_conn") and not self.single and not any(
            p.max_conns for p in self.primary + self.backup)
        self.shared = block.zone is not None
        self.workers = {}
        self.ring = _ketama_ring(self.primary) if self.method == "hash" and self.consistent else None

    def groups(self, worker):
        key = 0 if self.shared else worker
        if key not in self.workers:
            state = {id(p): PeerState(p) for p in self.primary + self.backup}
            self.workers[key] = (Group(self.primary, state), Group(self.backup, state) if self.backup else None)
        return self.workers[key]


def _available(peer, state, tried, now):
    if tried or peer.down:
        return False
    if peer.max_fails and state.fails >= peer.max_fails and now - state.checked <= peer.fail_timeout:
        return False
    return not (peer.max_conns and state.conns >= peer.max_conns)


class Attempt:
    """One request's walk over the peers (nginx's per-request peer data)."""

    __slots__ = ("upstream", "primary", "backup", "group", "tried", "now", "key", "client", "draws", "hash", "rehash",
                 "chosen")

    def __init__(self, upstream, groups, key, client, now):
        self.upstream = upstream
        self.primary, self.backup = groups
        self.group = self.primary
        self.tried = set()
        self.now = now
        self.key = key
        self.client = client
        self.draws = 0
        self.hash = 89 if upstream.method == "ip_hash" else 0
        self.rehash = 0
        if upstream.ring is not None and key:
            self.hash = _ring_index(upstream.ring, zlib.crc32(key.encode()))
        self.chosen = None

    # -- the methods -------------------------------------------------------------------------

    def pick(self):
        method = self.upstream.method
        if method == "ip_hash" and not self._falls_back():
            return self._by_draw(self._ip_draw)
        if method == "hash" and self.key and not self._falls_back():
            return self._by_ring() if self.upstream.consistent else self._by_draw(self._key_draw)
        if method == "least_conn":
            return self._least_conn()
        if method == "random":
            return self._random()
        return self._round_robin()

    def _falls_back(self):
        return self.draws > MAX_DRAWS or self.upstream.single

    def _round_robin(self):
        if self.upstream.single:
            peer, state = self.primary.peers[0], self.primary.state[0]
            return None if peer.down or (peer.max_conns and state.conns >= peer.max_conns) else self._take(0)
        found = self._smooth(self.group)
        if found is None and self.group is self.primary and self.backup:
            self.group, self.tried = self.backup, set()
            found = self._smooth(self.group)
        return found

    def _smooth(self, group, among=None):
        best, best_current, total = None, 0, 0
        tried, now = self.tried, self.now
        for i, peer, state in group.entries:
            if peer.down or i in tried or (among is not None and i not in among):
                continue
            if peer.max_fails and state.fails >= peer.max_fails and now - state.checked <= peer.fail_timeout:
                continue
            if peer.max_conns and state.conns >= peer.max_conns:
                continue
            effective = state.effective
            current = state.current = state.current + effective
            total += effective
            if effective < peer.weight:
                state.effective = effective + 1
            if best is None or current > best_current:
                best, best_current = i, current
        if best is None:
            return None
        group.state[best].current -= total
        return self._take(best, group)

    def _least_conn(self):
        group = self.group
        candidates = [i for i, (p, s) in enumerate(zip(group.peers, group.state)) if _available(p, s, i in self.tried, self.now)]
        if not candidates:
            if group is self.primary and self.backup:
                self.group, self.tried = self.backup, set()
                return self._least_conn()
            return None
        least = min(group.state[i].conns / group.peers[i].weight for i in candidates)
        tied = {i for i in candidates if group.state[i].conns / group.peers[i].weight == least}
        if len(tied) == 1:
            return self._take(next(iter(tied)), group)
        return self._smooth(group, among=tied)

    def _ip_draw(self):
        address = ipaddress.ip_address(self.client)
        octets = address.packed[:3] if address.version == 4 else address.packed
        for byte in octets:
            self.hash = (self.hash * 113 + byte) % 6271
        return self.hash

    def _key_draw(self):
        # ((crc32([REHASH] KEY) >> 16) & 0x7fff) + PREV_HASH, REHASH omitted the first time
        data = (str(self.rehash) if self.rehash else "") + self.key
        self.hash += (zlib.crc32(data.encode()) >> 16) & 0x7FFF
        self.rehash += 1
        return self.hash

    def _by_draw(self, draw):
        group = self.primary
        while True:
            w = draw() % group.total_weight
            for i, peer in enumerate(group.peers):
                if w < peer.weight:
                    break
                w -= peer.weight
            if group is self.group and _available(peer, group.state[i], i in self.tried, self.now):
                return self._take(i, group)
            self.draws += 1
            if self.draws > MAX_DRAWS:
                return self._round_robin()

    def _by_ring(self):
        ring = self.upstream.ring
        group = self.primary
        while True:
            server = ring[self.hash % len(ring)][1]
            same = {i for i, p in enumerate(group.peers) if p.server == server}
            found = self._smooth(group, among=same) if group is self.group else None
            if found is not None:
                return found
            self.hash += 1
            self.draws += 1
            if self.draws > MAX_DRAWS:
                return self._round_robin()

    def _random(self):
        group = self.group
        candidates = [i for i, (p, s) in enumerate(zip(group.peers, group.state)) if _available(p, s, i in self.tried, self.now)]
        if not candidates:
            return None
        weights = [group.peers[i].weight for i in candidates]
        return self._take(_random.Random(len(self.tried) * 7919 + self.now).choices(candidates, weights)[0], group)

    # -- bookkeeping -------------------------------------------------------------------------

    def _take(self, index, group=None):
        group = group or self.group
        state = group.state[index]
        peer = group.peers[index]
        if self.now - state.checked > peer.fail_timeout:
            state.checked = self.now
        self.chosen = (group, index)
        self.tried.add(index)
        state.conns += 1
        return peer

    def finish(self, failed):
        group, index = self.chosen
        peer, state = group.peers[index], group.state[index]
        state.conns -= 1
        if self.upstream.single and group is self.primary:
            return
        if failed:
            state.fails += 1
            state.accessed = state.checked = self.now
            if peer.max_fails:
                state.effective -= peer.weight // peer.max_fails
            state.effective = max(state.effective, 0)
        elif state.accessed < state.checked:
            state.fails = 0


#: What of a peer's state changes as requests are routed (PeerState).
_CHANGING = ("current", "effective", "fails", "accessed", "checked", "conns")
_PEER_STATE = attrgetter(*_CHANGING)
#: What a request may carry that changes where the requests after it go (its client, path and
#: headers matter only to the method that picks by them, for that request).
_CHANGES = frozenset(("down", "delay_ms", "duration_ms", "worker"))


def _changing(requests):
    """The indexes of the requests that carry something in _CHANGES (most carry a client only)."""
    return [i for i, request in enumerate(requests)
            if not (len(request) == 1 and "client" in request) and not _CHANGES.isdisjoint(request)]


def _columns(routes):
    """[served by], [status], [tried] of (served by, status, tried) routes."""
    return [list(column) for column in zip(*routes)] if routes else [[], [], []]


def _repeated(column, start, count):
    """`column` made `count` long by repeating its part from `start` on."""
    cycle = column[start:]
    left = count - len(column)
    return column + cycle * (left // len(cycle)) + cycle[: left % len(cycle)]


def _restore(states, saved):
    for state, values in zip(states, saved):
        for name, value in zip(_CHANGING, values):
            setattr(state, name, value)


def _walk_smooth(groups, now, tries, retry, upstream_name):
    """One request through smooth weighted round robin (Attempt's _smooth, _take and finish in
    one loop: the balancer's hot path)."""
    group, backup = groups
    tried = 0  # a bit per peer of the group
    names = []
    while True:
        best = None
        best_current = total = 0
        for i, state in group.states:
            if state.down or tried >> i & 1:
                continue
            if state.max_fails and state.fails >= state.max_fails and now - state.checked <= state.fail_timeout:
                continue
            effective = state.effective
            current = state.current = state.current + effective
            total += effective
            if effective < state.weight:
                state.effective = effective + 1
            if best is None or current > best_current:
                best, best_index, best_current = state, i, current
        if best is None:
            if backup is not None and group is not backup:
                group, tried = backup, 0
                continue
            names.append(upstream_name)
            return "HTTP 502", 502, names
        best.current -= total
        if now - best.checked > best.fail_timeout:
            best.checked = now
        tried |= 1 << best_index
        peer = best.peer
        names.append(peer.name)
        if not peer.stopped:
            if best.accessed < best.checked:
                best.fails = 0
            return peer.name, 200, names
        best.fails += 1
        best.accessed = best.checked = now
        if best.max_fails:
            best.effective = max(best.effective - best.weight // best.max_fails, 0)
        tries -= 1
        if not retry or tries == 0:
            return "HTTP 502", 502, names


def _ketama_ring(peers):
    points = []
    for peer in peers:
        host, port = _host_and_port(peer.server)
        base = host.encode() + b"\0" + port.encode()
        previous = 0
        for _ in range(160 * peer.weight):
            previous = zlib.crc32(base + previous.to_bytes(4, "little"))
            points.append((previous, peer.server))
    points.sort(key=lambda point: point[0])
    ring = []
    for point in points:
        if not ring or ring[-1][0] != point[0]:
            ring.append(point)
    return ring


def _ring_index(ring, value):
    return bisect.bisect_left(ring, value, key=lambda point: point[0])


def _host_and_port(server):
    if server[:5].lower() == "unix:":
        return server[5:], ""
    head, sep, tail = server.rpartition(":")
    if sep and tail.isdigit() and not server.endswith("]"):
        return head, tail
    return server, "80"


class Simulation:
    """Requests one after another through an upstream, as one nginx would route them."""

    def __init__(self, block, *, names=None, resolve=None, next_upstream=("error", "timeout"), next_tries=0, clock_ms=0):
        self.upstream = Upstream(block, dict((v, k) for k, v in (names or {}).items()), resolve or (lambda s: [s.address]))
        self.peers = self.upstream.primary + self.upstream.backup
        self.tries = len(self.peers) if not next_tries else min(len(self.peers), next_tries)
        self.retry = "error" in next_upstream and not self.upstream.single
        self.clock_ms = clock_ms

    def run(self, requests, stopped=()):
        """{served_by, status, tried}: one entry per request (requests routed alike share their
        list of tries)."""
        self._stop(self.peers, stopped)
        if not self.upstream.smooth_only:
            served, statuses, tried = _columns([self._route(request) for request in requests])
        else:
            served, statuses, tried = [], [], []
            alike_from = 0  # the first request not routed yet
            for index in _changing(requests):
                for column, part in zip((served, statuses, tried), self._route_alike(index - alike_from)):
                    column += part
                for column, value in zip((served, statuses, tried), self._route(requests[index])):
                    column.append(value)
                alike_from = index + 1
            for column, part in zip((served, statuses, tried), self._route_alike(len(requests) - alike_from)):
                column += part
        return {"served_by": served, "status": statuses, "tried": tried}

    @staticmethod
    def _stop(peers, names):
        """Mark the backends that are stopped (by id or address) from now on."""
        names = set(names)
        for peer in peers:
            peer.stopped = peer.name in names or peer.address in names

    def _route(self, request):
        """(served by, status, tried) of one request, after the backends it stops or starts and
        its delay; its duration moves the clock on after it."""
        upstream = self.upstream
        if "down" in request:
            self._stop(self.peers, request["down"])
        self.clock_ms += request.get("delay_ms") or 0
        groups = upstream.groups(request.get("worker") or 0)
        now = int(self.clock_ms // 1000)
        if upstream.smooth_only:
            route = _walk_smooth(groups, now, self.tries, self.retry, upstream.name)
        else:
            client = request.get("client", "127.0.0.1")
            key = _key(upstream.hash_key, request, client) if upstream.method == "hash" else None
            route = self._one(Attempt(upstream, groups, key, client, now), self.tries, self.retry)
        self.clock_ms += request.get("duration_ms") or 0
        return route

    def _route_alike(self, count):
        """(served by, status, tried) lists of `count` requests that change nothing (smooth round
        robin, the first worker, one second of nginx's clock). Where each goes depends only on
        the peers' state (weights, failures and their times): once the state is one seen before,
        the requests that follow go where those that followed it went. The rest repeat that
        cycle and are copied; the peers are left in the state the last of them would leave."""
        groups = self.upstream.groups(0)
        states = [state for group in groups if group is not None for state in group.state]
        now = int(self.clock_ms // 1000)
        routes, before, seen = [], [], {}  # before[i]: the state routes[i] started from
        while len(routes) < count:
            state = tuple(map(_PEER_STATE, states))
            start = seen.setdefault(state, len(routes))
            if start < len(routes):
                _restore(states, before[start + (count - len(routes)) % (len(routes) - start)])
                return [_repeated(column, start, count) for column in _columns(routes)]
            before.append(state)
            routes.append(_walk_smooth(groups, now, self.tries, self.retry, self.upstream.name))
        return _columns(routes)

    def _one(self, attempt, tries, retry):
        names = []
        while True:
            peer = attempt.pick()
            if peer is None:
                names.append(self.upstream.name)
                return "HTTP 502", 502, names
            names.append(peer.name)
            if not peer.stopped:
                attempt.finish(failed=False)
                return peer.name, 200, names
            attempt.finish(failed=True)
            tries -= 1
            if not retry or tries == 0:
                return "HTTP 502", 502, names


def _key(template, request, client):
    """The hash key: the directive's text with the request's variables put in."""
    if template is None:
        return ""
    path = request.get("path", "/")
    uri, _, args = path.partition("?")
    values = {"remote_addr": client, "request_uri": path, "uri": uri, "args": args, "query_string": args,
              "host": request.get("host", "localhost"), "binary_remote_addr": client}
    out = []
    i = 0
    while i < len(template):
        if template[i] == "$":
            j = i + 1
            braced = j < len(template) and template[j] == "{"
            if braced:
                j += 1
            k = j
            while k < len(template) and (template[k].isalnum() or template[k] == "_"):
                k += 1
            name = template[j:k]
            if name.startswith("arg_"):
                value = dict(p.partition("=")[::2] for p in args.split("&") if p).get(name[4:], "")
            elif name.startswith("http_"):
                value = (request.get("headers") or {}).get(name[5:].replace("_", "-").lower(), "")
            else:
                value = values.get(name, "")
            out.append(value)
            i = k + 1 if braced else k
        else:
            out.append(template[i])
            i += 1
    return "".join(out)


# -- the engine's `balance` operation -----------------------------------------------------------

UPSTREAM_NAME = "pool"


def _config_around(upstream_text, location_extra, workers):
    """The corpus's configuration: one upstream, one server proxying every request to it."""
    return (f"worker_processes {workers};\nevents {{}}\nhttp {{\n    upstream {UPSTREAM_NAME} {{\n{upstream_text}\n    }}\n"
            f"    server {{\n        listen 127.0.0.1:8080;\n        location / {{\n            proxy_pass http://{UPSTREAM_NAME};\n"
            f"            proxy_connect_timeout 2s;\n            {location_extra}\n        }}\n    }}\n}}\n")


def balance(request, check):
    """Route request["requests"] through an upstream; `check` is the checker's run_check."""
    workers = request.get("worker_processes", 1)
    if "upstream" in request:
        files = {"nginx.conf": _config_around(request["upstream"], request.get("location_extra", ""), workers)}
        answer, run = check(files, "nginx.conf", hosts=request.get("hosts"))
        name = UPSTREAM_NAME
    else:
        answer, run = check(request["files"], request.get("conf", "nginx.conf"), request.get("prefix", "/etc/nginx/"),
                            hosts=request.get("hosts"))
        name = request.get("upstream_name")
    if not answer["ok"]:
        return {"ok": False, "errors": answer["errors"], "served_by": [], "status": [], "tried": []}
    http = run.main.http[0] if run.main.http else None
    block = _find_upstream(http, name) if http else None
    if block is None:
        raise ValueError(f"no upstream {name!r} in the configuration")
    location = _location_passing_to(http, block.name)
    next_upstream, tries = _next_upstream(location, http)
    simulation = Simulation(block, names=request.get("backends"), resolve=lambda s: s.addresses or [s.address],
                            next_upstream=next_upstream, next_tries=tries, clock_ms=request.get("clock_ms", 0))
    result = simulation.run(request["requests"], request.get("down", ()))
    deterministic = not (block.method == "random" or (workers > 1 and block.zone is None and any(
        r.get("worker") is None for r in request["requests"])))
    result.update(ok=True, errors=answer["errors"], deterministic=deterministic,
                  upstream={"name": block.name, "method": block.method or "round_robin",
                            "servers": [_describe_server(s, request.get("backends")) for s in block.servers]})
    return result


def _find_upstream(http, name):
    explicit = [u for u in http.upstreams if u.explicit]
    if name is None:
        return explicit[0] if explicit else None
    return next((u for u in explicit if u.name.lower() == name.lower()), None)


def _location_passing_to(http, name):
    def walk(locations):
        for location in locations:
            passing = location.values.get("proxy_pass")
            if passing is not None and passing.args[0].split("://", 1)[-1].split("/", 1)[0].lower() == name.lower():
                return location
            found = walk(location.children)
            if found:
                return found
        return None

    for server in http.servers:
        found = walk(server.locations)
        if found:
            return found
    return None


def _next_upstream(location, http):
    """proxy_next_upstream and proxy_next_upstream_tries where the upstream is used (inherited)."""
    chain = []
    while location is not None:
        chain.append(location.values)
        location = location.parent
    if chain and http.servers:
        chain.extend(server.values for server in http.servers if server.locations)
    chain.append(http.values)
    words, tries = ("error", "timeout"), 0
    for values in reversed(chain):
        if "proxy_next_upstream" in values:
            words = tuple(values["proxy_next_upstream"].args)
        if "proxy_next_upstream_tries" in values:
            tries = int(values["proxy_next_upstream_tries"].args[0])
    return words, tries


def _describe_server(server, backends):
    names = {address: name for name, address in (backends or {}).items()}
    return {"address": server.address, "name": names.get(server.address, server.address), "weight": server.weight,
            "max_fails": server.max_fails, "fail_timeout": server.fail_timeout, "backup": server.backup,
            "down": server.down, "line": server.statement.line}
