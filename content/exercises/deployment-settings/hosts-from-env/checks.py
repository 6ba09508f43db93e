from minidjango.exercises import goal


def restarted(run, **changes):
    """The settings' variables after a restart with these variables changed (None: unset)."""
    env = {name: value for name, value in run.env.items() if name not in changes}
    env.update({name: value for name, value in changes.items() if value is not None})
    try:
        return run.restart(env)
    except Exception:
        return None


def accepts(hosts, host):
    from django.http.request import validate_host

    return validate_host(host, hosts)


@goal("ALLOWED_HOSTS accepts shop.example.com and www.shop.example.com, however the list is spaced, and rejects other domains")
def both_names(run):
    if run.error is not None or run.has("security.W020"):
        return False
    hosts = run.setting("ALLOWED_HOSTS")
    spaced = restarted(run, DJANGO_ALLOWED_HOSTS=" shop.example.com ,www.shop.example.com ")
    return all(
        accepts(h, "shop.example.com") and accepts(h, "www.shop.example.com") and not accepts(h, "attacker.test")
        for h in (hosts, spaced and spaced.get("ALLOWED_HOSTS", []))
    )


@goal("On a server without DJANGO_ALLOWED_HOSTS, ALLOWED_HOSTS is empty, so check --deploy reports security.W020 instead of a site that answers 400 to everyone")
def empty_without_variable(run):
    namespace = restarted(run, DJANGO_ALLOWED_HOSTS=None)
    return run.error is None and namespace is not None and list(namespace.get("ALLOWED_HOSTS", ["?"])) == []


@goal("DEBUG is a bool that is True only for DJANGO_DEBUG=1, true or True, and False for False, 0 or no variable (no security.W018)")
def debug_bool(run):
    if run.error is not None or run.has("security.W018") or run.setting("DEBUG") is not False:
        return False
    values = {value: restarted(run, DJANGO_DEBUG=value) for value in ("1", "true", "True", "False", "0", None)}
    if any(namespace is None for namespace in values.values()):
        return False
    return all(values[v]["DEBUG"] is True for v in ("1", "true", "True")) and all(
        values[v]["DEBUG"] is False for v in ("False", "0", None)
    )
