"""What nginx checks once a whole block has been read, in the order it checks it.

When the http block ends: implicit upstreams are resolved (and explicit ones need a primary
server), TLS certificates are loaded, each server's locations are sorted (two of one name
clash), servers listening with `ssl` need a certificate, every variable used must exist, and
servers sharing an address may not share a name (a warning). When the file ends: the events
block must exist, log files must be openable, shared memory zones need a size, and every
listening address must be one the machine has.
"""

import functools
import ipaddress

from minidjango.nginx import values
from minidjango.nginx.conf import Emerg, Where
from minidjango.nginx.script import is_known

# -- http ---------------------------------------------------------------------------------------


def finish_http(reader, block, where):
    http = block.data
    _init_upstreams(reader, http)
    _load_certificates(reader, http, block)
    _check_buffers(http, where)
    for directive, name, used in http.cache_refs:
        if name not in http.cache_zones.get(directive, ()):
            # found while merging: nginx names the line it is on, the http block's "}"
            raise Emerg(f'"{directive}" zone "{name}" is unknown', _marking(where, used))
    for server in http.servers:
        _check_locations(server.locations)
    _ssl_listens(http, block)
    _variables(http)
    _server_names(reader, http)
    reader.http = None


def _marking(where, used):
    """nginx's line from `where`, the editor's marks on `used` when both are in one file."""
    if used.source is where.source:
        return Where(where.source, used.start, used.end, line=where.line)
    return where


def _init_upstreams(reader, http):
    for upstream in http.upstreams:
        if upstream.explicit:
            if upstream.servers and all(s.backup for s in upstream.servers):
                raise Emerg(f'no servers in upstream "{upstream.name}"', upstream.where)
            continue
        address = upstream.address
        if address.unix is not None or address.ipv6:
            continue
        if address.port == 0 and not address.port_given:
            raise Emerg(f'no port in upstream "{address.host}"', upstream.where)
        if reader.resolver.resolve(address.host) is None:
            raise Emerg(f'host not found in upstream "{address.host}"', upstream.where)


def _load_certificates(reader, http, http_block):
    """Each server's certificates and keys (a server without its own takes the http block's
    list, the two lists apart), loaded as OpenSSL would, in OpenSSL 3.0's words."""
    http_certs = http_block.seen.get("ssl_certificate_list", [])
    http_keys = http_block.seen.get("ssl_certificate_key_list", [])
    http_ssl = http_block.seen.get("ssl")
    for server in http.servers:
        certs = server.block_seen.get("ssl_certificate_list", http_certs)
        keys = server.block_seen.get("ssl_certificate_key_list", http_keys)
        ssl_on = server.ssl_on or http_ssl
        if ssl_on is not None and values.flag(ssl_on.args[0]) and not certs:
            raise Emerg('no "ssl_certificate" is defined for the "ssl" directive', ssl_on.where())
        for i, cert in enumerate(certs):
            if i >= len(keys):
                raise Emerg(f'no "ssl_certificate_key" is defined for certificate "{cert.args[0]}"', None, line=False)
            _load_pem(reader, cert, "certificate")
            _load_pem(reader, keys[i], "certificate key")


def _load_pem(reader, st, what):
    name = st.args[0]
    if "$" in name or name.startswith(("data:", "engine:")):
        return
    path = reader.fs.full_path(name, reader.fs.conf_prefix)
    source = reader.fs.source(path)
    if source is None:
        raise Emerg(f'cannot load {what} "{path}": BIO_new_file() failed (SSL: error:80000002:system library::No such '
                    f"file or directory:calling fopen({path}, r) error:10000080:BIO routines::no such file)", None, line=False)
    if what == "certificate" and "-----BEGIN CERTIFICATE-----" not in source.text:
        raise Emerg(f'cannot load {what} "{path}": PEM_read_bio_X509_AUX() failed (SSL: error:0480006C:PEM '
                    "routines::no start line:Expecting: TRUSTED CERTIFICATE)", None, line=False)
    if what != "certificate" and "PRIVATE KEY-----" not in source.text:
        raise Emerg(f'cannot load {what} "{path}": PEM_read_bio_PrivateKey() failed (SSL: error:1E08010C:DECODER '
                    "routines::unsupported:No supported data to decode. Input type: PEM)", None, line=False)


PAGE = 4096
BUFFERED = ("proxy", "fastcgi", "uwsgi", "scgi")
#: What _buffer_problem reads of each module's settings.
BUFFER_SETTINGS = {module: frozenset(f"{module}_{name}" for name in ("buffers", "buffer_size", "busy_buffers_size",
                                                                     "temp_file_write_size", "max_temp_file_size"))
                   for module in BUFFERED}


def _check_buffers(http, closing):
    """The buffer sizes of each module that buffers a backend's answer, as nginx checks them
    when it merges each server's and location's settings (it names the http block's "}")."""
    set_anywhere = set(http.values).union(*_values_in_servers(http.servers))
    modules = [module for module in BUFFERED if not BUFFER_SETTINGS[module].isdisjoint(set_anywhere)]
    if not modules:
        return  # nginx's defaults pass its own checks
    chains = [chain for server in http.servers for chain in _chains([http.values, server.values], server.locations)]
    for module in modules:
        for chain in chains:
            problem = _buffer_problem(module, chain)
            if problem:
                raise Emerg(problem, Where(closing.source, closing.start, closing.end, line=closing.line))


def _values_in_servers(servers):
    """What each server sets, and each location in it."""
    for server in servers:
        yield server.values
        yield from _values_in_locations(server.locations)


def _values_in_locations(locations):
    for location in locations:
        yield location.values
        yield from _values_in_locations(location.children)


def _chains(base, locations):
    """The server's own settings, then each location's with its ancestors' (config order)."""
    yield base
    for location in locations:
        yield from _chains(base + [location.values], location.children)


def _setting(chain, name):
    for values_here in reversed(chain):
        if name in values_here:
            return values_here[name].args
    return None


def _buffer_problem(module, chain):
    def size(name, default):
        args = _setting(chain, f"{module}_{name}")
        return (values.size(args[0]) if name != "max_temp_file_size" else values.offset(args[0])) if args else default

    buffers = _setting(chain, f"{module}_buffers")
    count, one = (int(buffers[0]), values.size(buffers[1])) if buffers else (8, PAGE)
    if count < 2:
        return f'there must be at least 2 "{module}_buffers"'
    largest = max(size("buffer_size", PAGE), one)
    busy = size("busy_buffers_size", None)
    if busy is not None and busy < largest:
        return (f'"{module}_busy_buffers_size" must be equal to or greater than the maximum of the value of '
                f'"{module}_buffer_size" and one of the "{module}_buffers"')
    if (busy if busy is not None else 2 * largest) >= (count - 1) * one:
        return f'"{module}_busy_buffers_size" must be less than the size of all "{module}_buffers" minus one buffer'
    write = size("temp_file_write_size", None)
    if write is not None and write < largest:
        return (f'"{module}_temp_file_write_size" must be equal to or greater than the maximum of the value of '
                f'"{module}_buffer_size" and one of the "{module}_buffers"')
    most = size("max_temp_file_size", None)
    if most is not None and most != 0 and most < largest:
        return (f'"{module}_max_temp_file_size" must be equal to zero to disable temporary files usage or must be '
                f'equal to or greater than the maximum of the value of "{module}_buffer_size" and one of the '
                f'"{module}_buffers"')
    return None


def _check_locations(locations):
    """nginx sorts a server's (or location's) prefix and exact locations by name, exact first,
    then joins those of one name: two exact ones, or two prefix ones, clash (it names the later)."""
    if not locations:
        return
    ordered = sorted((loc for loc in locations if not loc.regex and not loc.named),
                     key=lambda loc: (loc.name.encode("utf-8", "surrogatepass"), not loc.exact))
    current, exact, prefix = None, False, False
    for loc in ordered:
        if current is None or loc.name != current.name:
            current, exact, prefix = loc, loc.exact, not loc.exact
            continue
        if (loc.exact and exact) or (not loc.exact and prefix):
            raise Emerg(f'duplicate location "{loc.name}"', loc.statement.where())
        exact, prefix = exact or loc.exact, prefix or not loc.exact
    for loc in locations:
        _check_locations(loc.children)


def _ssl_listens(http, http_block):
    """An address some server listens on with `ssl` needs a certificate in its default server
    (the `default_server` one, else the first there): nginx names that server's line."""
    http_has_cert = bool(http_block.seen.get("ssl_certificate_list"))
    addresses = {}
    for server in http.servers:
        for listen in server.listens:
            addresses.setdefault(listen.address.key, []).append((server, listen))
    for entries in addresses.values():
        ssl = next((listen for _, listen in entries if listen.ssl), None)
        if ssl is None:
            continue
        default = next((server for server, listen in entries if listen.default), entries[0][0])
        if http_has_cert or default.block_seen.get("ssl_certificate_list"):
            continue
        where = default.statement.where(0, 0)
        mark = next((listen for server, listen in entries if server is default and listen.ssl), None)
        if mark is not None and mark.statement.source is where.source:
            where.start, where.end = mark.statement.span()
        raise Emerg('no "ssl_certificate" is defined for the "listen ... ssl" directive', where)


def _variables(http):
    known = set()  # a configuration uses the same few variables again and again
    for name, statement, index in http.variables_used:
        if name not in known:
            if not is_known(name, http.declared):
                raise Emerg(f'unknown "{name}" variable', statement.at_arg(index), line=False)
            known.add(name)


def _server_names(reader, http):
    by_address = {}
    order = []
    for server in http.servers:
        listens = server.listens or [None]
        for listen in listens:
            key = listen.address.key if listen is not None else "0.0.0.0:80"
            if key not in by_address:
                by_address[key] = []
                order.append(key)
            if server not in by_address[key]:
                by_address[key].append(server)
    for key in _sorted_addresses(order, http):
        names = {}
        for server in by_address[key]:
            server_names = server.names or [("", server.statement.where())]
            for name, where in server_names:
                if name.startswith("~"):
                    continue
                lowered = name.lower()
                if lowered.startswith("."):
                    lowered = "*" + lowered
                if lowered in names and names[lowered] is not server:
                    reader.warn(f'conflicting server name "{name.lower()}" on {key}, ignored', where, show_line=False)
                    continue
                names.setdefault(lowered, server)


def _sorted_addresses(order, http):
    """Per port, nginx walks addresses with `bind` first and the wildcard last."""
    ports = []
    by_port = {}
    for key in order:
        port = key.rsplit(":", 1)[1]
        if port not in by_port:
            by_port[port] = []
            ports.append(port)
        by_port[port].append(key)
    result = []
    for port in ports:
        keys = by_port[port]
        result.extend(sorted(keys, key=lambda k: _is_wildcard(k)))
    return result


def _is_wildcard(key):
    ip = _ip_address(key.rsplit(":", 1)[0].strip("[]"))
    return ip is not None and ip.is_unspecified


@functools.lru_cache(maxsize=256)
def _ip_address(host):
    """The address a host is written as, or None for a name (the same few come in every check)."""
    try:
        return ipaddress.ip_address(host)
    except ValueError:
        return None


# -- main ---------------------------------------------------------------------------------------


def finish_main(reader):
    main = reader.main
    if main.events is None:
        raise Emerg('no "events" section in configuration', None, line=False)
    fs = reader.fs
    for path in main.paths:
        if not fs.is_dir(path) and not fs.is_dir(path.rstrip("/").rsplit("/", 1)[0] or "/"):
            raise Emerg(f'mkdir() "{path}" failed (2: No such file or directory)', None, line=False)
    for path, where in main.error_logs + [entry for http in main.http for entry in http.access_logs]:
        if not fs.is_file(path) and not fs.can_create(path):
            error = "21: Is a directory" if fs.is_dir(path) else "2: No such file or directory"
            raise Emerg(f'open() "{path}" failed ({error})', where, line=False)
    for name in main.zones.order:
        if not main.zones.sizes[name]:
            raise Emerg(f'zero size shared memory zone "{name}"', None, line=False)
    for http in main.http:
        for server in http.servers:
            for listen in server.listens:
                _bind(reader, listen)


def _bind(reader, listen):
    address = listen.address
    if address.unix is not None:
        return
    host = address.host
    ip = _ip_address(host)
    if ip is None:
        return
    if ip.is_unspecified or ip.is_loopback or host in reader.options.local_addresses:
        return
    if ip.version == 6 and ip.is_link_local:
        reason = "22: Invalid argument"
    else:
        reason = "99: Cannot assign requested address"
    raise Emerg(f"bind() to {address.host_port} failed ({reason})", listen.statement.where(), line=False)
