from minidjango.exercises import goal

YEAR = 31536000


def hsts(run, seconds):
    """(SECURE_HSTS_SECONDS, INCLUDE_SUBDOMAINS, PRELOAD) after a restart with DJANGO_HSTS_SECONDS
    set to `seconds` (None: unset), or None if the settings do not load."""
    env = {name: value for name, value in run.env.items() if name != "DJANGO_HSTS_SECONDS"}
    if seconds is not None:
        env["DJANGO_HSTS_SECONDS"] = seconds
    try:
        namespace = run.restart(env)
    except Exception:
        return None
    return (
        namespace.get("SECURE_HSTS_SECONDS", 0),
        namespace.get("SECURE_HSTS_INCLUDE_SUBDOMAINS", False) is True,
        namespace.get("SECURE_HSTS_PRELOAD", False) is True,
    )


@goal("During the rollout (3600, 86400 or 604800 seconds), HSTS covers the shop's own name only, without preload")
def rollout(run):
    if run.error is not None:
        return False
    return all(hsts(run, str(seconds)) == (seconds, False, False) for seconds in (3600, 86400, 604800))


@goal("At a year (DJANGO_HSTS_SECONDS=31536000), with subdomains and preload: check --deploy has nothing to say about HSTS")
def at_a_year(run):
    return (
        run.error is None
        and not any(run.has(id) for id in ("security.W004", "security.W005", "security.W021"))
        and hsts(run, str(YEAR)) == (YEAR, True, True)
    )


@goal("A server whose environment has no DJANGO_HSTS_SECONDS starts at the first step: one hour, nothing more")
def default_first_step(run):
    return run.error is None and hsts(run, None) == (3600, False, False)
