from minidjango.exercises import goal


def header(namespace_or_settings):
    """The Strict-Transport-Security header SecurityMiddleware would send on an HTTPS response."""
    get = namespace_or_settings.get
    seconds = get("SECURE_HSTS_SECONDS", 0)
    if not seconds:
        return None
    value = "max-age=%s" % seconds
    if get("SECURE_HSTS_INCLUDE_SUBDOMAINS", False):
        value += "; includeSubDomains"
    if get("SECURE_HSTS_PRELOAD", False):
        value += "; preload"
    return value


class Settings:
    def __init__(self, run):
        self.run = run

    def get(self, name, default=None):
        return self.run.setting(name)


@goal("HTTPS responses carry Strict-Transport-Security: max-age=3600, for the shop's own name only, and not preloaded")
def one_hour(run):
    return run.error is None and not run.has("security.W004") and header(Settings(run)) == "max-age=3600"


@goal("The seconds follow DJANGO_HSTS_SECONDS: with 86400 in the environment, the header says max-age=86400")
def from_environment(run):
    if run.error is not None:
        return False
    try:
        namespace = run.restart({**run.env, "DJANGO_HSTS_SECONDS": "86400"})
    except Exception:
        return False
    return header(namespace) == "max-age=86400"


@goal("Nothing is silenced: security.W005 and W021 stay, as the reminder that the rollout is not finished")
def nothing_silenced(run):
    return run.error is None and not run.setting("SILENCED_SYSTEM_CHECKS")
