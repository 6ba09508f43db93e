"""What a configuration builds as it is read: the parts later checks (and the balancer) need."""


class Main:
    def __init__(self):
        self.events = None  # the events Statement
        self.http = []
        self.error_logs = []  # (path, Where)
        self.zones = Zones()
        self.worker_processes = 1
        self.paths = []  # directories nginx creates (cache paths)


class Zones:
    """Shared memory zones by name: who declared each with which size, who only refers to it."""

    def __init__(self):
        self.sizes = {}  # name -> size (0: referred to only)
        self.owners = {}  # name -> module that declared it
        self.order = []

    def declare(self, name, size, owner):
        if name not in self.sizes:
            self.order.append(name)
            self.sizes[name] = 0
            self.owners[name] = owner
        if size:
            self.sizes[name] = size


class Http:
    def __init__(self, main, statement):
        self.main = main
        self.statement = statement
        self.servers = []
        self.upstreams = []  # explicit and implicit, in the order nginx adds them
        self._upstream_index = {}  # lower-cased name -> [Upstream]
        self.variables_used = []  # (name, Statement, index of the argument that uses it)
        self.declared = set()  # variables set/map/geo/captures declare
        self.zone_keys = {}  # limit_*_zone name -> its key
        self.cache_zones = {}  # proxy_cache (etc.) -> names of its keys_zone
        self.cache_refs = []  # (directive, zone name, Where)
        self.log_formats = {"combined"}
        self.access_logs = []  # (path, Where)
        self.values = {}
        self.proxy_headers = []  # its proxy_set_header Statements, in order (course checks read them)

    def upstreams_named(self, name):
        """Upstreams of this name (nginx compares names without case), explicit or implicit."""
        return self._upstream_index.get(name.lower(), ())

    def add_upstream(self, model, replacing=None):
        """Add an upstream; an `upstream` block takes the place of the implicit ones of its name."""
        key = model.name.lower()
        if replacing is not None:
            self.upstreams[self.upstreams.index(replacing)] = model
            for other in [u for u in self._upstream_index.get(key, ()) if u is not replacing]:
                self.upstreams.remove(other)
            self._upstream_index[key] = [model]
            return
        self.upstreams.append(model)
        self._upstream_index.setdefault(key, []).append(model)


class Server:
    def __init__(self, http, statement):
        self.http = http
        self.statement = statement
        self.listens = []  # Listen
        self.names = []  # (name, Where)
        self.locations = []  # top-level Location
        self.values = {}
        self.ssl_on = None  # the `ssl on` Statement
        self.block_seen = {}
        self.proxy_headers = []  # its proxy_set_header Statements, in order (course checks read them)


class Listen:
    def __init__(self, address, options, statement):
        self.address = address
        self.options = options  # set of words: ssl, http2, default_server, bind, ...
        self.params = {}  # backlog=..., reuseport...
        self.statement = statement
        self.ssl = "ssl" in options
        self.default = "default_server" in options or "default" in options


class Location:
    def __init__(self, name, modifier, statement, parent=None, server=None):
        self.name = name
        self.modifier = modifier  # "", "=", "~", "~*", "^~", "@"
        self.statement = statement
        self.parent = parent
        self.server = server
        self.children = []
        self.values = {}
        self.proxy_headers = []  # its proxy_set_header Statements, in order (course checks read them)
        self.regex = modifier in ("~", "~*")
        self.exact = modifier == "="
        self.named = modifier == "@"


class UpstreamServer:
    def __init__(self, address, statement):
        self.address = address  # as written
        self.addresses = []  # as resolved
        self.weight = 1
        self.max_fails = 1
        self.fail_timeout = 10
        self.max_conns = 0
        self.backup = False
        self.down = False
        self.statement = statement


class Upstream:
    """An `upstream` block, or the implicit one a proxy_pass to a host makes."""

    def __init__(self, name, statement, explicit, port=0, port_given=False, default_port=80):
        self.name = name
        self.statement = statement
        self.explicit = explicit
        self.port = port
        self.port_given = port_given
        self.default_port = default_port
        self.servers = []
        self.method = None
        self.hash_key = None
        self.consistent = False
        self.zone = None
        self.keepalive = None
        self.balancer_set = False  # a method or keepalive was given (for "redefined")
        self.closed_at = None

    @property
    def where(self):
        """The `upstream` directive (or the proxy_pass that made an implicit one)."""
        return self.statement.where()
