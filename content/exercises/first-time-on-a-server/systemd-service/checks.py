import shlex

from minidjango.exercises import goal

UNIT = "deploy/shop.service"


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


def last(sections, section, key):
    values = sections.get(section, {}).get(key, [])
    return values[-1] if values else None


@goal("systemctl enable starts it at every boot: [Install] has WantedBy=multi-user.target")
def enabled_at_boot(run):
    wanted = " ".join(unit(run).get("Install", {}).get("WantedBy", [])).split()
    return "multi-user.target" in wanted


@goal("gunicorn runs as the unprivileged user shop, not as root (User=shop)")
def unprivileged(run):
    return last(unit(run), "Service", "User") == "shop"


@goal("It gets the secrets: EnvironmentFile=/etc/shop/env, with no leading - that would start it without them")
def environment(run):
    return unit(run).get("Service", {}).get("EnvironmentFile", []) == ["/etc/shop/env"]


@goal("ExecStart runs the virtualenv's gunicorn by its absolute path, /srv/shop/venv/bin/gunicorn, with an absolute --config")
def exec_start(run):
    command = last(unit(run), "Service", "ExecStart")
    try:
        words = shlex.split(command or "")
    except ValueError:
        return False
    if not words or words[0] != "/srv/shop/venv/bin/gunicorn":
        return False
    for index, word in enumerate(words):
        if word in ("--config", "-c") and index + 1 < len(words):
            return words[index + 1].startswith("/")
        if word.startswith("--config="):
            return word.partition("=")[2].startswith("/")
    return False


@goal("systemd starts it again after a crash: Restart=on-failure (or always)")
def restarts(run):
    return last(unit(run), "Service", "Restart") in {"on-failure", "always"}
