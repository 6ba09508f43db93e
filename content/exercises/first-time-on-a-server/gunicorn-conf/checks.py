import ast

from minidjango.exercises import goal

LOOPBACK = {"127.0.0.1", "localhost", "::1"}


def config(run):
    """The names gunicorn.conf.py defines, as gunicorn reads them (it runs the file as Python)."""
    namespace = {"__name__": "__config__", "__file__": "gunicorn.conf.py"}
    try:
        exec(compile(run.source("gunicorn.conf.py"), "gunicorn.conf.py", "exec"), namespace)
    except Exception:
        return None
    return namespace


def binds(conf):
    value = conf.get("bind", ["127.0.0.1:8000"])  # gunicorn's default
    return [value] if isinstance(value, str) else list(value) if isinstance(value, (list, tuple)) else None


def host_of(address):
    if address.startswith("unix:"):
        return "unix"
    if address.startswith("["):
        return address[1:].partition("]")[0]
    return address.rpartition(":")[0] if ":" in address else address


def module_defines(run, module, name):
    path = module.replace(".", "/") + ".py"
    try:
        tree = ast.parse(run.source(path))
    except SyntaxError:
        return False
    for node in tree.body:
        targets = node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(node, (ast.AnnAssign,)) else []
        if any(isinstance(t, ast.Name) and t.id == name for t in targets):
            return True
        if isinstance(node, (ast.FunctionDef, ast.ClassDef)) and node.name == name:
            return True
    return False


@goal("gunicorn loads the project's WSGI application: wsgi_app names mysite.wsgi and its callable, application")
def wsgi_app(run):
    conf = config(run)
    if conf is None or not isinstance(conf.get("wsgi_app"), str):
        return False
    module, _, name = conf["wsgi_app"].partition(":")
    return module == "mysite.wsgi" and module_defines(run, module, name or "application")


@goal("gunicorn listens only on this machine's loopback (127.0.0.1, or a Unix socket), where nginx reaches it and the internet does not")
def loopback_only(run):
    conf = config(run)
    addresses = binds(conf) if conf is not None else None
    return bool(addresses) and all(isinstance(a, str) and host_of(a) in LOOPBACK | {"unix"} for a in addresses)


@goal("gunicorn stays in the foreground, where systemd watches it, and does not reload on file changes (no daemon, no reload)")
def foreground(run):
    conf = config(run)
    return conf is not None and not conf.get("daemon") and not conf.get("reload")


@goal("Several workers serve requests at once: between 3 and 9 on this 2-core server (gunicorn suggests 2 x cores + 1 = 5)")
def workers(run):
    conf = config(run)
    count = conf.get("workers", 1) if conf is not None else None
    return isinstance(count, int) and not isinstance(count, bool) and 3 <= count <= 9
