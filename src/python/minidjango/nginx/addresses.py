"""Addresses as nginx reads them in `listen`, upstream `server` and `proxy_pass` & co.

An address is `unix:PATH`, `[IPv6]:port`, or `host:port` where the host is an IPv4 address
or a name and the port is optional (its default depends on the directive). What nginx
refuses, and the words it uses ("invalid host", "invalid port", "no host", "host not found"),
were found by running it. Names are looked up as the machine would: its hosts file (an
option of the check; by default only `localhost`), then numeric forms (`127.1`) as
getaddrinfo() reads them; nginx -t runs with no DNS server it can reach.
"""

import ipaddress
import re


class AddressError(Exception):
    """nginx's reason (u->err): "invalid port", "no host", ..."""


class Address:
    __slots__ = ("text", "host", "port", "port_given", "unix", "ipv6", "uri", "wildcard", "key")

    def __init__(self, text):
        self.text = text
        self.host = ""
        self.port = 0
        self.port_given = False
        self.unix = None
        self.ipv6 = False
        self.uri = ""
        self.wildcard = False

    @property
    def host_port(self):
        """How nginx prints a bound address: 0.0.0.0:80, [::]:80, 127.0.0.1:8080."""
        if self.unix is not None:
            return f"unix:{self.unix}"
        if self.ipv6:
            return f"[{_compressed(self.host)}]:{self.port}"
        return f"{self.host}:{self.port}"


_COMPRESSED = {}


def _compressed(host):
    if host not in _COMPRESSED:
        _COMPRESSED[host] = ipaddress.IPv6Address(host).compressed
    return _COMPRESSED[host]


def parse(text, *, default_port=80, listen=False, uri_part=False):
    """Split an address as ngx_parse_url does; raise AddressError with nginx's reason."""
    address = Address(text)
    if text[:5].lower() == "unix:":
        path = text[5:]
        if uri_part:
            path, colon, uri = path.partition(":")
            address.uri = colon + uri if colon else ""
        if not path:
            raise AddressError("no path in the unix domain socket")
        address.unix = path
        return address
    if text.startswith("["):
        return _parse_ipv6(address, text, default_port, listen, uri_part)
    last = len(text)
    question = text.find("?")
    if question >= 0:
        if listen or not uri_part:
            raise AddressError("invalid host")
        last = question
    slash = text.find("/", 0, last)
    if slash >= 0:
        if listen or not uri_part:
            raise AddressError("invalid host")
        address.uri = text[slash:]
        last = slash
    elif question >= 0:
        address.uri = text[question:]
    colon = text.find(":", 0, last)
    if colon >= 0:
        address.port = _port(text[colon + 1 : last])
        address.port_given = True
        last = colon
    else:
        if listen and slash < 0 and text.isdigit():
            address.port = _port(text)
            address.port_given = True
            address.wildcard = True
            address.host = "0.0.0.0"
            return address
        address.port = default_port
    host = text[:last]
    if not host:
        raise AddressError("no host")
    if listen and host == "*":
        address.wildcard = True
        host = "0.0.0.0"
    address.host = host
    return address


def _parse_ipv6(address, text, default_port, listen, uri_part):
    close = text.find("]")
    if close < 0:
        raise AddressError("invalid host")
    host = text[1:close]
    if host not in _COMPRESSED:
        try:
            _compressed(host)
        except ValueError:
            raise AddressError("invalid IPv6 address") from None
    address.host = host
    address.ipv6 = True
    rest = text[close + 1 :]
    if rest.startswith(":"):
        port, slash, uri = rest[1:].partition("/")
        address.port = _port(port)
        address.port_given = True
        rest = slash + uri
    else:
        address.port = default_port
    if rest:
        if not rest.startswith("/") or listen or not uri_part:
            raise AddressError("invalid host")
        address.uri = rest
    address.wildcard = _compressed(host) == "::"
    return address


def _port(text):
    if not text.isdigit() or not text.isascii():
        raise AddressError("invalid port")
    number = int(text)
    if not 1 <= number <= 65535:
        raise AddressError("invalid port")
    return number


_INET_ATON_PART = re.compile(r"0[xX][0-9a-fA-F]*|0[0-7]*|[1-9][0-9]*")


def numeric_ipv4(host):
    """An IPv4 address in any form inet_aton() takes (127.1, 0x7f.1, 2130706433), or None."""
    parts = host.split(".")
    if not 1 <= len(parts) <= 4 or not all(_INET_ATON_PART.fullmatch(p) for p in parts):
        return None
    values = [int(p, 0) if not (p.startswith("0") and len(p) > 1 and p[1] not in "xX") else int(p, 8) for p in parts]
    limits = {1: (2**32,), 2: (256, 2**24), 3: (256, 256, 2**16), 4: (256, 256, 256, 256)}[len(values)]
    if any(v >= limit for v, limit in zip(values, limits)):
        return None
    number = 0
    for value, limit in zip(values, limits):
        number = number * limit + value
    return str(ipaddress.IPv4Address(number))


def is_ipv4(host):
    """A dotted quad as nginx's own ngx_inet_addr() reads it (no lookup needed)."""
    parts = host.split(".")
    if len(parts) != 4:
        return False
    for part in parts:
        if not (part.isdigit() and part.isascii() and int(part) <= 255):
            return False
    return True


class Resolver:
    """Which names resolve, as the machine's hosts file says (name -> addresses)."""

    def __init__(self, hosts=None):
        self.hosts = {}
        if isinstance(hosts, dict):
            for name, addresses in hosts.items():
                self.hosts[name.lower()] = list(addresses) if isinstance(addresses, (list, tuple)) else [addresses]
        else:
            for name in hosts if hosts is not None else ("localhost",):
                self.hosts[name.lower()] = ["127.0.0.1"]

    def resolve(self, host):
        """The addresses of a host, or None when it does not resolve."""
        if is_ipv4(host):
            return [host]
        found = self.hosts.get(host.lower().rstrip("."))
        if found:
            return found
        numeric = numeric_ipv4(host)
        return [numeric] if numeric else None
