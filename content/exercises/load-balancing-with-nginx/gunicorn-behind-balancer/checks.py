import ipaddress

from minidjango.exercises import goal

PRIVATE_ADDRESS = "192.168.1.101"
NGINX_READ_TIMEOUT = 60


def config(run):
    """The names gunicorn.conf.py defines, as gunicorn reads them (it runs the file as Python)."""
    namespace = {"__name__": "__config__", "__file__": "gunicorn.conf.py"}
    try:
        exec(compile(run.source("gunicorn.conf.py"), "gunicorn.conf.py", "exec"), namespace)
    except Exception:
        return None
    return namespace


def hosts(run):
    """The hosts gunicorn binds to, or None."""
    conf = config(run)
    if conf is None:
        return None
    value = conf.get("bind", ["127.0.0.1:8000"])  # gunicorn's default
    addresses = [value] if isinstance(value, str) else value if isinstance(value, (list, tuple)) else None
    if not addresses or not all(isinstance(a, str) for a in addresses):
        return None
    found = []
    for address in addresses:
        if address.startswith("unix:"):
            found.append("unix")
        elif address.startswith("["):
            found.append(address[1:].partition("]")[0])
        else:
            found.append(address.rpartition(":")[0] if ":" in address else address)
    return found


def private(host):
    try:
        ip = ipaddress.ip_address(host)
    except ValueError:
        return False
    return ip.is_private and not ip.is_loopback and not ip.is_unspecified


@goal("nginx on 192.168.1.100 can connect: gunicorn listens on this server's private address, 192.168.1.101")
def reachable(run):
    found = hosts(run)
    return found is not None and (PRIVATE_ADDRESS in found or "0.0.0.0" in found)


@goal("gunicorn listens on private addresses only: not on 0.0.0.0, which includes the public one")
def private_only(run):
    found = hosts(run)
    return bool(found) and all(private(host) for host in found)


@goal("A stuck request is killed by gunicorn before nginx gives up on it: timeout shorter than proxy_read_timeout (60 s)")
def timeout(run):
    conf = config(run)
    value = conf.get("timeout", 30) if conf is not None else None
    return isinstance(value, (int, float)) and not isinstance(value, bool) and 0 < value < NGINX_READ_TIMEOUT
