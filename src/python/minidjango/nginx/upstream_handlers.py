"""Upstreams: `upstream` blocks, their servers and balancing methods, and proxy_pass & co.

A proxy_pass to a host names an upstream: the `upstream` block of that name (then the URL may
not carry a port), or else an implicit one nginx resolves when the http block ends ("host not
found in upstream"). Implicit upstreams of the same host and port are one.
"""

from minidjango.nginx import values
from minidjango.nginx.addresses import AddressError, parse
from minidjango.nginx.conf import Emerg
from minidjango.nginx.handlers import handles, once, use_variables
from minidjango.nginx.model import Location, Upstream, UpstreamServer

#: Server parameters each balancing method supports (ip_hash, hash and random have no backup).
ALL_PARAMETERS = {"weight", "max_fails", "fail_timeout", "max_conns", "backup", "down"}
NO_BACKUP = ALL_PARAMETERS - {"backup"}


@handles("upstream")
def upstream(reader, st, block, row):
    name = st.args[0]
    http = reader.http
    found = None
    for existing in http.upstreams_named(name):
        if existing.explicit:
            raise Emerg(f'duplicate upstream "{name}"', st.at_arg(0))
        if existing.port_given:
            raise Emerg(f'upstream "{existing.name}" may not have port {existing.port}', existing.where)
        found = existing
    model = Upstream(name, st, explicit=True)
    model.supported = set(ALL_PARAMETERS)
    http.add_upstream(model, replacing=found)
    reader.open_block("upstream", model, st, on_close=_upstream_closed)


def _upstream_closed(reader, block, where):
    model = block.data
    model.closed_at = where
    if not model.servers:
        raise Emerg("no servers are inside upstream", where)


@handles("server@upstream")
def upstream_server(reader, st, block, row):
    model = block.data
    entry = UpstreamServer(st.args[0], st)
    for i, arg in enumerate(st.args[1:], start=1):
        name, equals, value = arg.partition("=")
        if equals and name in ("weight", "max_fails", "max_conns", "fail_timeout"):
            if name == "fail_timeout":
                number = values.time(value, seconds=True)
            else:
                number = values.number(value)
            if number is None or (name == "weight" and number == 0):
                raise Emerg(f'invalid parameter "{arg}"', st.at_arg(i))
            _supported(model, name, arg, st, i)
            setattr(entry, name, number)
        elif not equals and arg in ("backup", "down"):
            _supported(model, arg, arg, st, i)
            setattr(entry, arg, True)
        else:
            raise Emerg(f'invalid parameter "{arg}"', st.at_arg(i))
    try:
        address = parse(st.args[0])
    except AddressError as error:
        raise Emerg(f'{error} in upstream "{st.args[0]}"', st.at_arg(0)) from None
    if address.unix is not None:
        entry.addresses = [st.args[0]]
    elif address.ipv6:
        entry.addresses = [address.host_port]
    else:
        found = reader.resolver.resolve(address.host)
        if found is None:
            raise Emerg(f'host not found in upstream "{st.args[0]}"', st.at_arg(0))
        entry.addresses = [f"{host}:{address.port}" if ":" not in host else f"[{host}]:{address.port}" for host in found]
    model.servers.append(entry)


def _supported(model, parameter, arg, st, index):
    if parameter not in model.supported:
        raise Emerg(f'balancing method does not support parameter "{arg}"', st.at_arg(index))


def _method(reader, st, model, method, supported):
    if model.balancer_set:
        reader.warn("load balancing method redefined", st.where())
    model.balancer_set = True
    model.method = method
    model.supported = supported


@handles("ip_hash")
def ip_hash(reader, st, block, row):
    _method(reader, st, block.data, "ip_hash", NO_BACKUP)


@handles("least_conn")
def least_conn(reader, st, block, row):
    _method(reader, st, block.data, "least_conn", ALL_PARAMETERS)


@handles("hash")
def hash_(reader, st, block, row):
    model = block.data
    if len(st.args) == 2 and st.args[1] != "consistent":
        raise Emerg(f'invalid parameter "{st.args[1]}"', st.at_arg(1))
    use_variables(reader, st, 0)
    _method(reader, st, model, "hash", NO_BACKUP)
    model.hash_key = st.args[0]
    model.consistent = len(st.args) == 2


@handles("random")
def random(reader, st, block, row):
    model = block.data
    if st.args and st.args[0] != "two":
        raise Emerg(f'invalid parameter "{st.args[0]}"', st.at_arg(0))
    if len(st.args) == 2 and st.args[1] != "least_conn":
        raise Emerg(f'invalid parameter "{st.args[1]}"', st.at_arg(1))
    _method(reader, st, model, "random", NO_BACKUP)


@handles("keepalive@upstream")
def keepalive(reader, st, block, row):
    once(st, block)
    number = values.number(st.args[0])
    if not number:
        raise Emerg(f'invalid value "{st.args[0]}" in "keepalive" directive', st.at_arg(0))
    block.data.keepalive = number
    block.data.balancer_set = True


@handles("zone")
def zone(reader, st, block, row):
    name = st.args[0]
    size = 0
    if len(st.args) == 2:
        size = values.size(st.args[1])
        if size is None:
            raise Emerg(f'invalid zone size "{st.args[1]}"', st.at_arg(1))
        if size < 8 * 4096:
            raise Emerg(f'zone "{name}" is too small', st.at_arg(1))
    zones = reader.main.zones
    if name in zones.owners and zones.owners[name] != "upstream":
        raise Emerg(f'the shared memory zone "{name}" is already declared for a different use', st.at_arg(0))
    zones.declare(name, size, "upstream")
    block.data.zone = name


# -- proxy_pass and the other passes -----------------------------------------------------------

#: name -> (URL schemes it takes and their default ports, whether the URL may have a URI part).
PASSES = {
    "proxy_pass": ({"http://": 80, "https://": 443}, True),
    "uwsgi_pass": ({"uwsgi://": 0, "suwsgi://": 0, "": 0}, False),
    "grpc_pass": ({"grpc://": 0, "grpcs://": 0, "": 0}, False),
    "fastcgi_pass": ({"": 0}, False),
    "scgi_pass": ({"": 0}, False),
    "memcached_pass": ({"": 0}, False),
}


@handles(*PASSES)
def pass_(reader, st, block, row):
    once(st, block)
    url = st.args[0]
    schemes, uri_part = PASSES[st.name]
    if "$" in url:
        use_variables(reader, st, 0)
        return
    rest, default_port = None, 0
    for scheme, port in schemes.items():
        if scheme and url[: len(scheme)].lower() == scheme:
            rest, default_port = url[len(scheme):], port
            break
    if rest is None:
        if "" not in schemes:
            raise Emerg("invalid URL prefix", st.at_arg(0))
        rest = url
    try:
        address = parse(rest, default_port=default_port, uri_part=uri_part)
    except AddressError as error:
        raise Emerg(f'{error} in upstream "{rest}"', st.at_arg(0)) from None
    if address.uri and uri_part:
        location = block.data if isinstance(block.data, Location) else None
        inside = block.context in ("if_location", "limit_except")
        if inside or (location is not None and (location.regex or location.named)):
            raise Emerg(f'"{st.name}" cannot have URI part in location given by regular expression, or inside named '
                        'location, or inside "if" statement, or inside "limit_except" block', st.where())
    _refer(reader, st, address)


def _refer(reader, st, address):
    """nginx's ngx_http_upstream_add for a pass: find the upstream, or make an implicit one."""
    http = reader.http
    host = address.host if address.unix is None else f"unix:{address.unix}"
    for existing in http.upstreams_named(host):
        if existing.explicit:
            if address.port_given:
                raise Emerg(f'upstream "{existing.name}" may not have port {address.port}', st.where())
            return
        if existing.port == address.port:
            return
    model = Upstream(host, st, explicit=False, port=address.port, port_given=address.port_given)
    model.address = address
    http.add_upstream(model)
