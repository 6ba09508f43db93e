import shlex

from minidjango.exercises import goal

UNIT = "deploy/shop.service"
KILL = {"/bin/kill", "/usr/bin/kill", "kill"}
HUP = {"HUP", "SIGHUP", "1"}


def unit(run):
    """The unit file's settings, {section: {key: [values, in order]}}, read as systemd reads them:
    comments start with # or ;, a line ending in a backslash continues on the next, and an empty
    assignment resets the list of a key."""
    sections, current, pending = {}, None, ""
    for raw in run.source(UNIT).splitlines():
        line = pending + raw.strip()
        pending = ""
        if line.endswith("\\"):
            pending = line[:-1] + " "
            continue
        if not line or line[0] in "#;":
            continue
        if line.startswith("[") and line.endswith("]"):
            current = sections.setdefault(line[1:-1], {})
            continue
        key, equals, value = line.partition("=")
        if current is None or not equals:
            continue
        values = current.setdefault(key.strip(), [])
        if value.strip():
            values.append(value.strip())
        else:
            values.clear()
    return sections


def config(run):
    """The names gunicorn.conf.py defines, as gunicorn reads them (it runs the file as Python)."""
    namespace = {"__name__": "__config__", "__file__": "gunicorn.conf.py"}
    try:
        exec(compile(run.source("gunicorn.conf.py"), "gunicorn.conf.py", "exec"), namespace)
    except Exception:
        return None
    return namespace


def sends_hup_to_main(command):
    """Whether one ExecReload= command is kill sending HUP to $MAINPID, and only to it."""
    try:
        words = shlex.split(command)
    except ValueError:
        return False
    if len(words) < 3 or words[0] not in KILL or words[-1] not in {"$MAINPID", "${MAINPID}"}:
        return False
    options = words[1:-1]
    if len(options) == 2 and options[0] in {"-s", "--signal"}:
        return options[1].upper() in HUP
    return len(options) == 1 and options[0].startswith("-") and options[0][1:].upper() in HUP


def seconds(conf, name, default):
    value = conf.get(name, default)
    return value if isinstance(value, (int, float)) and not isinstance(value, bool) else None


@goal("systemctl reload sends gunicorn's master a HUP: ExecReload=/bin/kill -s HUP $MAINPID")
def reload_sends_hup(run):
    commands = unit(run).get("Service", {}).get("ExecReload", [])
    return len(commands) == 1 and sends_hup_to_main(commands[0])


@goal("On a HUP the new workers import the new code: the master does not preload the application (no preload_app = True)")
def not_preloaded(run):
    conf = config(run)
    return conf is not None and not conf.get("preload_app", False)


@goal("A worker stopped by the reload may finish a request as long as timeout allows: graceful_timeout is at least timeout")
def graceful_enough(run):
    conf = config(run)
    if conf is None:
        return False
    graceful, timeout = seconds(conf, "graceful_timeout", 30), seconds(conf, "timeout", 30)
    return graceful is not None and timeout is not None and 0 < timeout <= graceful


@goal("The rest is unchanged: gunicorn runs mysite.wsgi:application on 192.168.1.101:8000, started by ExecStart with Restart=on-failure")
def still_runs(run):
    conf = config(run)
    service = unit(run).get("Service", {})
    return (
        conf is not None
        and conf.get("wsgi_app") == "mysite.wsgi:application"
        and conf.get("bind") in ("192.168.1.101:8000", ["192.168.1.101:8000"])
        and service.get("ExecStart") == ["/srv/shop/venv/bin/gunicorn --config /srv/shop/gunicorn.conf.py"]
        and service.get("Restart") == ["on-failure"]
    )
