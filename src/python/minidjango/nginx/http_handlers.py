"""The http block: servers, listen, server_name, locations, files, rewrite, logs, limits, TLS."""

import ipaddress
import re

from minidjango.nginx import regex, values
from minidjango.nginx.addresses import AddressError, parse
from minidjango.nginx.conf import Emerg
from minidjango.nginx.handlers import declare_variable, handles, once, use_variables
from minidjango.nginx.model import Listen, Location, Server
from minidjango.nginx.script import VARIABLES

# -- servers and listening ---------------------------------------------------------------------


@handles("server@http")
def server(reader, st, block, row):
    model = Server(reader.http, st)
    reader.http.servers.append(model)
    model.block_seen = reader.open_block("server", model, st).seen


LISTEN_FLAGS = {"default_server", "default", "ssl", "http2", "proxy_protocol", "bind", "deferred", "reuseport"}
#: Options that set how the socket is bound: two servers may not both set them on one address.
SOCKET_OPTIONS = {"backlog", "rcvbuf", "sndbuf", "deferred", "reuseport", "ipv6only", "so_keepalive", "fastopen", "bind"}


@handles("listen")
def listen(reader, st, block, row):
    text = st.args[0]
    try:
        address = parse(text, listen=True)
    except AddressError as error:
        raise Emerg(f'{error} in "{text}" of the "listen" directive', st.at_arg(0)) from None
    hosts = [address.host]
    if address.unix is None and not address.ipv6 and not address.wildcard:
        hosts = reader.resolver.resolve(address.host)
        if hosts is None:
            raise Emerg(f'host not found in "{text}" of the "listen" directive', st.at_arg(0))
    options, params = _listen_options(reader, st)
    server_model = block.data
    for n, host in enumerate(hosts[:1] if address.unix is not None else hosts):
        one = address if n == 0 else parse(text, listen=True)
        if one.unix is None and not one.ipv6:
            one.host = host
            one.ipv6 = ":" in host
        one.key = one.host_port
        entry = Listen(one, options, st)
        entry.params = params
        _add_listen(reader, server_model, entry)


def _listen_options(reader, st):
    options, params = set(), {}
    for i, arg in enumerate(st.args[1:], start=1):
        name, equals, value = arg.partition("=")
        if not equals and arg in LISTEN_FLAGS:
            options.add(arg)
            if arg in SOCKET_OPTIONS:
                params[arg] = True
            continue
        if name == "backlog" and equals:
            if values.number(value) is None or values.number(value) == 0:
                raise Emerg(f'invalid backlog "{arg}"', st.at_arg(i))
        elif name in ("rcvbuf", "sndbuf") and equals:
            if values.size(value) is None:
                raise Emerg(f'invalid {name} "{value}"', st.at_arg(i))
        elif name == "fastopen" and equals:
            if values.number(value) is None:
                raise Emerg(f'invalid fastopen "{arg}"', st.at_arg(i))
        elif name == "ipv6only" and equals:
            if value not in ("on", "off"):
                raise Emerg(f'invalid ipv6only flags "{value}"', st.at_arg(i))
        elif name == "so_keepalive" and equals:
            pass
        elif name == "accept_filter" and equals:
            reader.note("emerg", f'accept filters "{arg}" are not supported on this platform, ignored', st.at_arg(i))
            continue
        else:
            raise Emerg(f'invalid parameter "{arg}"', st.at_arg(i))
        params[name] = value
    return options, params


def _add_listen(reader, server_model, entry):
    key = entry.address.key
    for other in server_model.listens:
        if other.address.key == key:
            raise Emerg(f"a duplicate listen {key}", entry.statement.where())
    for model in reader.http.servers:
        if model is server_model:
            continue
        for other in model.listens:
            if other.address.key != key:
                continue
            if entry.default and other.default:
                raise Emerg(f"a duplicate default server for {key}", entry.statement.where())
            if entry.params and other.params:
                raise Emerg(f"duplicate listen options for {key}", entry.statement.where())
    server_model.listens.append(entry)


@handles("server_name")
def server_name(reader, st, block, row):
    for i, name in enumerate(st.args):
        if "/" in name:
            reader.warn(f'server name "{name}" has suspicious symbols', st.where())
        if name.startswith("~"):
            captures = regex.compile_or_fail(name[1:], st, i)
            for capture in captures:
                declare_variable(reader, capture)
        block.data.names.append((name, st.at_arg(i)))


# -- locations ----------------------------------------------------------------------------------

MODIFIERS = ("=", "~", "~*", "^~")


@handles("location")
def location(reader, st, block, row):
    if len(st.args) == 2:
        modifier, name = st.args
        if modifier not in MODIFIERS:
            raise Emerg(f'invalid location modifier "{modifier}"', st.at_arg(0))
    else:
        text = st.args[0]
        first = text[:1]
        if first == "/" or first not in "=~^@":
            modifier, name = "", text
        elif first == "@":
            modifier, name = "@", text
        else:
            modifier = next((m for m in ("=", "~*", "~", "^~") if text.startswith(m)), "")
            name = text[len(modifier):]
    parent = block.data if isinstance(block.data, Location) else None
    server_model = parent.server if parent else block.data
    model = Location(name, modifier, st, parent, server_model)
    if model.regex:
        for capture in regex.compile_or_fail(name, st, len(st.args) - 1):
            declare_variable(reader, capture)
    if parent is not None:
        if parent.exact:
            raise Emerg(f'location "{name}" cannot be inside the exact location "{parent.name}"', st.where())
        if parent.named:
            raise Emerg(f'location "{name}" cannot be inside the named location "{parent.name}"', st.where())
        if model.named:
            raise Emerg(f'named location "{name}" can be on the server level only', st.where())
        if not model.regex and not name.startswith(parent.name):
            raise Emerg(f'location "{name}" is outside location "{parent.name}"', st.where())
        parent.children.append(model)
    else:
        server_model.locations.append(model)
    reader.open_block("location", model, st)


def enclosing_location(reader):
    for block in reversed(reader.blocks):
        if isinstance(block.data, Location):
            return block.data
    return None


METHODS = ("GET", "HEAD", "POST", "PUT", "DELETE", "MKCOL", "COPY", "MOVE", "OPTIONS", "PROPFIND", "PROPPATCH",
           "LOCK", "UNLOCK", "PATCH")


@handles("limit_except")
def limit_except(reader, st, block, row):
    once(st, block)
    for i, method in enumerate(st.args):
        if method.upper() not in METHODS:
            raise Emerg(f'invalid method "{method}"', st.at_arg(i))
    reader.open_block("limit_except", None, st)


# -- files -------------------------------------------------------------------------------------


def _root_or_alias(reader, st, block, row, other):
    name = st.name
    if name in block.seen:
        raise Emerg(f'"{name}" directive is duplicate', st.where(0, 0))
    if other in block.seen:
        raise Emerg(f'"{name}" directive is duplicate, "{other}" directive was specified earlier', st.where(0, 0))
    location_model = block.data if isinstance(block.data, Location) else None
    if name == "alias" and location_model is not None and location_model.named:
        raise Emerg('the "alias" directive cannot be used inside the named location', st.where())
    value = st.args[0]
    for variable in ("$document_root", "$realpath_root"):
        if variable in value:
            raise Emerg(f'the {variable} variable cannot be used in the "{name}" directive', st.at_arg(0))
    use_variables(reader, st, 0)
    block.seen[name] = st


@handles("root")
def root(reader, st, block, row):
    _root_or_alias(reader, st, block, row, "alias")


@handles("alias")
def alias(reader, st, block, row):
    _root_or_alias(reader, st, block, row, "root")


@handles("index")
def index(reader, st, block, row):
    for i, name in enumerate(st.args):
        if not name:
            raise Emerg(f'index "{name}" in "index" directive is invalid', st.at_arg(i))
        if name.startswith("/") and i < len(st.args) - 1:
            reader.warn('only the last index in "index" directive should be absolute', st.at_arg(i))
        use_variables(reader, st, i)


@handles("try_files")
def try_files(reader, st, block, row):
    once(st, block)
    last = st.args[-1]
    if last.startswith("="):
        code = values.number(last[1:])
        if code is None or code > 999:
            raise Emerg(f'invalid code "{last}"', st.at_arg(len(st.args) - 1))
    for i in range(len(st.args)):
        use_variables(reader, st, i)


@handles("error_page")
def error_page(reader, st, block, row):
    args = st.args
    uri_index = len(args) - 1
    codes = args[:-1]
    if codes and codes[-1].startswith("="):
        change = codes[-1]
        codes = codes[:-1]
        if len(change) > 1 and values.number(change[1:]) is None:
            raise Emerg(f'invalid value "{change}"', st.at_arg(len(codes)))
        if not codes:
            raise Emerg(f'invalid number of arguments in "{st.name}" directive', st.where())
    use_variables(reader, st, uri_index)
    for i, code in enumerate(codes):
        number = values.number(code)
        if number is None:
            raise Emerg(f'invalid value "{code}"', st.at_arg(i))
        if not 300 <= number <= 599:
            raise Emerg(f'value "{code}" must be between 300 and 599', st.at_arg(i))


@handles("keepalive_timeout@http")
def keepalive_timeout(reader, st, block, row):
    once(st, block)
    if values.time(st.args[0]) is None or (len(st.args) > 1 and values.time(st.args[1], seconds=True) is None):
        raise Emerg(f'"{st.name}" directive invalid value', st.where())


@handles("types")
def types(reader, st, block, row):
    reader.open_block("types", None, st, custom=_type_entry)
    block.seen.setdefault("types", st)


def _type_entry(reader, block, st):
    if st.opens_block:
        raise Emerg('unexpected "{"', st.where())
    if st.name == "include":
        if len(st.args) != 1:
            raise Emerg('invalid number of arguments in "include" directive', st.where())
        from minidjango.nginx.core_handlers import include

        include(reader, st, block, None)
        return
    known = block.seen.setdefault("_types", {})
    for i, extension in enumerate(st.args):
        lowered = extension.lower()
        if lowered in known and known[lowered] != st.name:
            reader.warn(f'duplicate extension "{extension}", content type: "{st.name}", previous content type: '
                        f'"{known[lowered]}"', st.at_arg(i))
        known[lowered] = st.name


# -- rewrite: return, rewrite, set, if ---------------------------------------------------------------

REDIRECT_STARTS = ("http://", "https://", "$scheme")


@handles("return")
def return_(reader, st, block, row):
    code = st.args[0]
    if len(st.args) == 1 and code.startswith(REDIRECT_STARTS):
        use_variables(reader, st, 0)
        return
    number = values.number(code)
    if number is None or number > 999:
        raise Emerg(f'invalid return code "{code}"', st.at_arg(0))
    if len(st.args) == 2:
        use_variables(reader, st, 1)


@handles("rewrite")
def rewrite(reader, st, block, row):
    for capture in regex.compile_or_fail(st.args[0], st, 0):
        declare_variable(reader, capture)
    if len(st.args) == 3 and st.args[2] not in ("last", "break", "redirect", "permanent"):
        raise Emerg(f'invalid parameter "{st.args[2]}"', st.at_arg(2))
    use_variables(reader, st, 1)


#: Variables of nginx a `set` may change; setting any other of its own is "duplicate".
CHANGEABLE = {"args", "limit_rate", "query_string"}
CHANGEABLE_PREFIXES = ("http_", "sent_http_", "sent_trailer_", "cookie_", "arg_", "upstream_http_",
                       "upstream_cookie_", "upstream_trailer_")


@handles("set")
def set_(reader, st, block, row):
    target = st.args[0]
    if len(target) < 2 or not target.startswith("$"):
        raise Emerg(f'invalid variable name "{target}"', st.at_arg(0))
    name = target[1:]
    if name.startswith("{") and name.endswith("}"):
        name = name[1:-1]
    lowered = name.lower()
    if lowered in VARIABLES and lowered not in CHANGEABLE:
        raise Emerg(f'the duplicate "{name}" variable', st.where())
    declare_variable(reader, name)
    use_variables(reader, st, 1)


CONDITION_OPERATORS = ("=", "!=", "~", "~*", "!~", "!~*")
FILE_TESTS = ("-f", "!-f", "-d", "!-d", "-e", "!-e", "-x", "!-x")


@handles("if")
def if_(reader, st, block, row):
    args = list(st.args)
    first, last = 0, len(args) - 1
    if not args[0].startswith("("):
        raise Emerg(f'invalid condition "{args[0]}"', st.at_arg(0))
    if args[0] == "(":
        first = 1
    else:
        args[0] = args[0][1:]
    if not args[last].endswith(")"):
        raise Emerg(f'invalid condition "{args[last]}"', st.at_arg(last))
    if args[last] == ")":
        last -= 1
    else:
        args[last] = args[last][:-1]
    head = args[first] if first < len(args) else ")"
    if len(head) > 1 and head.startswith("$"):
        if first != last and first + 2 != last:
            raise Emerg(f'invalid condition "{head}"', st.at_arg(first))
        name = head[1:]
        reader.http.variables_used.append((name, st, first))
        if first != last:
            operator = args[first + 1]
            if operator not in CONDITION_OPERATORS:
                raise Emerg(f'unexpected "{operator}" in condition', st.at_arg(first + 1))
            if "~" in operator:
                for capture in regex.compile_or_fail(args[last], st, last):
                    declare_variable(reader, capture)
            else:
                use_variables(reader, st, last, args[last])
    elif len(head) in (2, 3) and (head.startswith("-") or head.startswith("!-")) and (len(head) == 2) == head.startswith("-"):
        if first + 1 != last or head not in FILE_TESTS:
            raise Emerg(f'invalid condition "{head}"', st.at_arg(first))
        use_variables(reader, st, last, args[last])
    else:
        raise Emerg(f'invalid condition "{head}"', st.at_arg(min(first, len(st.args) - 1)))
    context = "if_location" if block.context == "location" else "if_server"
    reader.open_block(context, block.data, st)


@handles("break")
def break_(reader, st, block, row):
    pass


# -- headers and logs -------------------------------------------------------------------------------


@handles("add_header", "add_trailer")
def add_header(reader, st, block, row):
    if len(st.args) == 3 and st.args[2] != "always":
        raise Emerg(f'invalid parameter "{st.args[2]}"', st.at_arg(2))
    use_variables(reader, st, 1)


@handles("proxy_set_header", "grpc_set_header", "fastcgi_param", "uwsgi_param", "scgi_param", "proxy_set_body")
def key_value(reader, st, block, row):
    use_variables(reader, st, len(st.args) - 1 if st.name != "fastcgi_param" else 1)
    if st.name == "proxy_set_header":
        block.data.proxy_headers.append(st)
    if st.name in ("fastcgi_param", "uwsgi_param", "scgi_param") and len(st.args) == 3 and st.args[2] != "if_not_empty":
        raise Emerg(f'invalid parameter "{st.args[2]}"', st.at_arg(2))


ESCAPES = ("default", "json", "none")


@handles("log_format")
def log_format(reader, st, block, row):
    name = st.args[0]
    http = reader.http
    if name in http.log_formats:
        raise Emerg(f'duplicate "log_format" name "{name}"', st.at_arg(0))
    first = 1
    if st.args[1].startswith("escape="):
        if st.args[1][7:] not in ESCAPES:
            raise Emerg(f'unknown log format escaping "{st.args[1][7:]}"', st.at_arg(1))
        first = 2
    http.log_formats.add(name)
    for i in range(first, len(st.args)):
        use_variables(reader, st, i)


@handles("access_log")
def access_log(reader, st, block, row):
    path = st.args[0]
    if path == "off":
        if len(st.args) > 1:
            raise Emerg(f'invalid parameter "{st.args[1]}"', st.at_arg(1))
        return
    http = reader.http
    if len(st.args) > 1 and st.args[1] not in http.log_formats:
        raise Emerg(f'unknown log format "{st.args[1]}"', st.at_arg(1))
    buffered = False
    for i, arg in enumerate(st.args[2:], start=2):
        name, _, value = arg.partition("=")
        if name == "buffer" and "=" in arg:
            if values.size(value) is None:
                raise Emerg(f'invalid buffer size "{value}"', st.at_arg(i))
            buffered = True
        elif name == "flush" and "=" in arg:
            if values.time(value) is None:
                raise Emerg(f'invalid flush time "{value}"', st.at_arg(i))
        elif arg == "gzip" or name == "gzip":
            buffered = True
        elif name == "if" and "=" in arg:
            use_variables(reader, st, i, value)
        else:
            raise Emerg(f'invalid parameter "{arg}"', st.at_arg(i))
    if path.startswith("syslog:"):
        return
    if "$" in path:
        use_variables(reader, st, 0)
        return
    http.access_logs.append((reader.fs.full_path(path, reader.fs.prefix), st.where()))


# -- limits -----------------------------------------------------------------------------------------


def _zone_size(arg, prefix=""):
    """'zone=name:size' -> (name, size) as limit_*_zone read it."""
    name, colon, size_text = arg[len(prefix):].rpartition(":")
    if not colon:
        return None, None
    return name, values.size(size_text)


def _declare_zone(reader, st, name, size, owner, index):
    zones = reader.main.zones
    if name in zones.sizes:
        if zones.owners[name] != owner:
            raise Emerg(f'the shared memory zone "{name}" is already declared for a different use', st.at_arg(index))
        if size and zones.sizes[name] and zones.sizes[name] != size:
            raise Emerg(f'the size {size} of shared memory zone "{name}" conflicts with already declared size '
                        f"{zones.sizes[name]}", st.at_arg(index))
    zones.declare(name, size, owner)


_RATE = re.compile(r"([0-9]+)(r/s|r/m)?")


@handles("limit_req_zone", "limit_conn_zone")
def limit_zone(reader, st, block, row):
    owner = st.name.replace("_zone", "")
    zone = rate = None
    for i, arg in enumerate(st.args[1:], start=1):
        if arg.startswith("zone="):
            name, size = _zone_size(arg, "zone=")
            if not name or size is None:
                raise Emerg(f'invalid zone size "{arg}"', st.at_arg(i))
            if size < 8 * 4096:
                raise Emerg(f'zone "{arg}" is too small', st.at_arg(i))
            zone = (name, size, i)
        elif arg.startswith("rate=") and owner == "limit_req":
            rate = _RATE.fullmatch(arg[5:])
            if not rate or int(rate.group(1)) == 0:
                raise Emerg(f'invalid rate "{arg}"', st.at_arg(i))
        elif arg == "sync":
            pass
        else:
            raise Emerg(f'invalid parameter "{arg}"', st.at_arg(i))
    if zone is None:
        raise Emerg(f'no zone in "{st.name}" directive', st.where())
    keys = reader.http.zone_keys
    if zone[0] in keys and reader.main.zones.owners.get(zone[0]) == owner and reader.main.zones.sizes.get(zone[0]) == zone[1]:
        raise Emerg(f'{st.name} "{zone[0]}" is already bound to key "{keys[zone[0]]}"', st.where())
    _declare_zone(reader, st, zone[0], zone[1], owner, zone[2])
    keys[zone[0]] = st.args[0]
    use_variables(reader, st, 0)


@handles("limit_req")
def limit_req(reader, st, block, row):
    zone = None
    for i, arg in enumerate(st.args):
        name, equals, value = arg.partition("=")
        if name == "zone" and equals:
            zone = (value, i)
        elif name == "burst" and equals:
            if values.number(value) is None or values.number(value) == 0:
                raise Emerg(f'invalid burst value "{arg}"', st.at_arg(i))
        elif name == "delay" and equals:
            if values.number(value) is None or values.number(value) == 0:
                raise Emerg(f'invalid delay value "{arg}"', st.at_arg(i))
        elif arg == "nodelay":
            pass
        else:
            raise Emerg(f'invalid parameter "{arg}"', st.at_arg(i))
    if zone is None:
        raise Emerg('"limit_req" must have "zone" parameter', st.where())
    _declare_zone(reader, st, zone[0], 0, "limit_req", zone[1])
    refs = block.seen.setdefault("_limit_req", set())
    if zone[0] in refs:
        raise Emerg('"limit_req" directive is duplicate', st.where(0, 0))
    refs.add(zone[0])


@handles("limit_conn")
def limit_conn(reader, st, block, row):
    _declare_zone(reader, st, st.args[0], 0, "limit_conn", 0)
    number = values.number(st.args[1])
    if not number or number > 65535:
        raise Emerg(f'invalid number of connections "{st.args[1]}"', st.at_arg(1))
    refs = block.seen.setdefault("_limit_conn", set())
    if st.args[0] in refs:
        raise Emerg('"limit_conn" directive is duplicate', st.where(0, 0))
    refs.add(st.args[0])


# -- TLS ---------------------------------------------------------------------------------------------


@handles("ssl")
def ssl(reader, st, block, row):
    once(st, block)
    if values.flag(st.args[0]) is None:
        raise Emerg(f'invalid value "{st.args[0]}" in "ssl" directive, it must be "on" or "off"', st.at_arg(0))
    reader.warn('the "ssl" directive is deprecated, use the "listen ... ssl" directive instead', st.where())
    if isinstance(block.data, Server):
        block.data.ssl_on = st


@handles("ssl_certificate", "ssl_certificate_key")
def ssl_certificate(reader, st, block, row):
    block.seen.setdefault(st.name + "_list", []).append(st)
    use_variables(reader, st, 0)


# -- allow / deny ---------------------------------------------------------------------------------


@handles("allow", "deny")
def access(reader, st, block, row):
    value = st.args[0]
    if value == "all" or value.startswith("unix:"):
        return
    try:
        network = ipaddress.ip_network(value, strict=False)
    except ValueError:
        raise Emerg(f'invalid parameter "{value}"', st.at_arg(0)) from None
    if "/" in value and network.network_address != ipaddress.ip_interface(value).ip:
        reader.warn(f'low address bits of {value} are meaningless', st.where())


# -- map, geo, split_clients: blocks of their own syntax ----------------------------------------------


def _target_variable(reader, st, index):
    target = st.args[index]
    if len(target) < 2 or not target.startswith("$"):
        raise Emerg(f'invalid variable name "{target}"', st.at_arg(index))
    name = target[1:]
    if name.lower() in VARIABLES and name.lower() not in CHANGEABLE:
        raise Emerg(f'the duplicate "{name}" variable', st.where())
    declare_variable(reader, name)


@handles("map")
def map_(reader, st, block, row):
    use_variables(reader, st, 0)
    _target_variable(reader, st, 1)
    reader.open_block("map", None, st, custom=_map_entry)


def _map_entry(reader, block, st):
    if st.opens_block:
        raise Emerg('unexpected "{"', st.where())
    words = st.tokens
    if st.name == "include" and len(words) == 2:
        from minidjango.nginx.core_handlers import include

        include(reader, st, block, None)
        return
    if len(words) == 1 and st.name in ("hostnames", "volatile"):
        return
    if len(words) != 2:
        raise Emerg("invalid number of the map parameters", st.where())
    key, value = st.name, st.args[0]
    if "$" in value:
        _use_text(reader, st, 1)
    if key == "default":
        if "default" in block.seen:
            raise Emerg("duplicate default map parameter", st.where())
        block.seen["default"] = st
        return
    if key.startswith("~"):
        for capture in regex.compile_or_fail(key[2:] if key.startswith("~*") else key[1:], st, -1):
            declare_variable(reader, capture)
        return
    keys = block.seen.setdefault("_keys", set())
    lowered = key[1:].lower() if key.startswith("\\") else key.lower()
    if lowered in keys:
        raise Emerg(f'conflicting parameter "{key}"', st.where())
    keys.add(lowered)


def _use_text(reader, st, token_index):
    """Variables of token `token_index` (0 is the name) of a statement in a custom block."""
    use_variables(reader, st, token_index - 1)


@handles("geo")
def geo(reader, st, block, row):
    if len(st.args) == 2:
        use_variables(reader, st, 0)
    _target_variable(reader, st, len(st.args) - 1)
    reader.open_block("geo", None, st, custom=_geo_entry)


def _geo_entry(reader, block, st):
    if st.opens_block:
        raise Emerg('unexpected "{"', st.where())
    key = st.name
    if key == "include" and len(st.tokens) == 2:
        from minidjango.nginx.core_handlers import include

        include(reader, st, block, None)
        return
    if len(st.tokens) == 1 and key in ("ranges",):
        return
    if len(st.tokens) == 2 and key in ("proxy", "proxy_recursive", "delete", "default"):
        return
    if len(st.tokens) != 2:
        raise Emerg("invalid number of the geo parameters", st.where())
    try:
        ipaddress.ip_network(key, strict=False)
    except ValueError:
        raise Emerg(f'invalid network "{key}"', st.where()) from None


@handles("split_clients")
def split_clients(reader, st, block, row):
    use_variables(reader, st, 0)
    _target_variable(reader, st, 1)
    block_open = reader.open_block("split_clients", None, st, custom=_split_entry)
    block_open.seen["_percent"] = 0


def _split_entry(reader, block, st):
    if st.opens_block:
        raise Emerg('unexpected "{"', st.where())
    if len(st.tokens) != 2:
        raise Emerg("invalid number of the split_clients parameters", st.where())
    share = st.name
    if share == "*":
        return
    number = values.number(share[:-1].replace(".", "", 1)) if share.endswith("%") else None
    if number is None:
        raise Emerg(f'invalid percent value "{share}"', st.where())
    block.seen["_percent"] += float(share[:-1])
    if block.seen["_percent"] > 100:
        raise Emerg("percent total is greater than 100%", st.where())


@handles("charset_map")
def charset_map(reader, st, block, row):
    reader.open_block("charset_map", None, st, custom=lambda reader, block, st: None)


@handles("expires")
def expires(reader, st, block, row):
    """expires [modified] time | epoch | max | off | @daily-time | a value with variables."""
    once(st, block)
    words = st.args
    if len(words) == 2 and words[0] != "modified":
        raise Emerg('"expires" directive invalid value', st.where())
    value = words[-1]
    if len(words) == 1 and value in ("epoch", "max", "off"):
        return
    if "$" in value and len(words) == 1:
        use_variables(reader, st, 0)
        return
    daily = value.startswith("@")
    text = value[1:] if daily or value.startswith(("-", "+")) else value
    seconds = values.time(text, seconds=True)
    if seconds is None or (daily and value[1:2] in ("-", "+")):
        raise Emerg('"expires" directive invalid value', st.where())
    if daily and seconds >= 86400:
        raise Emerg('"expires" directive daily time value must be less than 24 hours', st.where())


# -- MIME type lists and caches ------------------------------------------------------------------

#: The types each *_types list holds before any directive adds to it.
DEFAULT_TYPES = {"gzip_types": {"text/html"}, "ssi_types": {"text/html"}, "sub_filter_types": {"text/html"},
                 "addition_types": {"text/html"}, "charset_types": {"text/html", "text/xml", "text/plain",
                 "text/vnd.wap.wml", "application/javascript", "application/rss+xml"}}


@handles(*DEFAULT_TYPES)
def mime_types(reader, st, block, row):
    key = "_" + st.name
    listed = block.seen.get(key)
    if listed is None:
        listed = block.seen[key] = set(DEFAULT_TYPES[st.name])
    for i, value in enumerate(st.args):
        if value == "*":
            continue
        lowered = value.lower()
        if lowered in listed:
            reader.warn(f'duplicate MIME type "{lowered}"', st.at_arg(i))
        listed.add(lowered)


CACHE_PATH_PARAMETERS = ("levels", "use_temp_path", "keys_zone", "inactive", "max_size", "min_free", "manager_files",
                         "manager_sleep", "manager_threshold", "loader_files", "loader_sleep", "loader_threshold",
                         "purger", "purger_files", "purger_sleep", "purger_threshold")


@handles("proxy_cache_path", "fastcgi_cache_path", "uwsgi_cache_path", "scgi_cache_path")
def cache_path(reader, st, block, row):
    owner = st.name.replace("_path", "")
    zone = None
    for i, arg in enumerate(st.args[1:], start=1):
        name, equals, value = arg.partition("=")
        if not equals or name not in CACHE_PATH_PARAMETERS:
            raise Emerg(f'invalid parameter "{arg}"', st.at_arg(i))
        if name == "keys_zone":
            zone_name, colon, size = value.rpartition(":")
            if not colon or values.size(size) is None:
                raise Emerg(f'invalid keys zone size "{arg}"', st.at_arg(i))
            zone = (zone_name, values.size(size), i)
    if zone is None:
        raise Emerg(f'"{st.name}" must have "keys_zone" parameter', st.where())
    _declare_zone(reader, st, zone[0], zone[1], owner, zone[2])
    reader.http.cache_zones.setdefault(owner, set()).add(zone[0])
    reader.main.paths.append(reader.fs.full_path(st.args[0], reader.fs.prefix))


@handles("proxy_cache", "fastcgi_cache", "uwsgi_cache", "scgi_cache")
def cache(reader, st, block, row):
    once(st, block)
    value = st.args[0]
    if value == "off":
        return
    if "$" in value:
        use_variables(reader, st, 0)
        return
    reader.http.cache_refs.append((st.name, value, st.where()))


@handles("proxy_buffers", "fastcgi_buffers", "uwsgi_buffers", "scgi_buffers", "gzip_buffers", "output_buffers",
         "large_client_header_buffers", "gunzip_buffers")
def buffers(reader, st, block, row):
    """NUMBER SIZE, both above zero."""
    once(st, block)
    count, size = values.number(st.args[0]), values.size(st.args[1])
    if not count or not size:
        raise Emerg(f'"{st.name}" directive invalid value', st.where())


@handles("client_body_temp_path", "proxy_temp_path", "fastcgi_temp_path", "uwsgi_temp_path", "scgi_temp_path")
def temp_path(reader, st, block, row):
    """PATH [LEVEL1 [LEVEL2 [LEVEL3]]]: nginx makes the directory when it starts (and with -t)."""
    once(st, block)
    for i, level in enumerate(st.args[1:], start=1):
        if level not in ("1", "2", "3"):
            raise Emerg(f'"{st.name}" directive invalid value', st.at_arg(i))
    reader.main.paths.append(reader.fs.full_path(st.args[0], reader.fs.prefix))
