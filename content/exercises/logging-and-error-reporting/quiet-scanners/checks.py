import logging

from minidjango.exercises import goal


def handlers_for(name, level=logging.ERROR, *, created_later=False):
    """The handlers that get a record of `level` logged on the logger `name`, after every level and
    filter, as Logger.handle() and callHandlers() decide (Python's last resort, which writes to
    stderr, when no logger on the way has a handler at all).

    `created_later`: the logger is made after Django has read LOGGING (the project's own modules,
    which Django imports later, and loggers Django creates on first use), so LOGGING's
    disable_existing_loggers cannot have switched it off. Such a logger is never created here."""
    existing = logging.Logger.manager.loggerDict
    logger = existing.get(name)
    if not isinstance(logger, logging.Logger):
        logger = None
    parts = name.split(".")
    chain = [logger] if logger is not None else []
    for end in range(len(parts) - 1, 0, -1):
        ancestor = existing.get(".".join(parts[:end]))
        if isinstance(ancestor, logging.Logger):
            chain.append(ancestor)
    chain.append(logging.getLogger())
    record = logging.LogRecord(name, level, "views.py", 1, "Internal Server Error: /checkout/", (), None)
    record.status_code, record.request = 500, None
    if logger is not None and ((logger.disabled and not created_later) or not logger.filter(record)):
        return []
    effective = next((item.level for item in chain if item.level), logging.WARNING)
    if level < effective or logging.Logger.manager.disable >= level:
        return []
    found, accepted = 0, []
    for current in chain:
        for handler in current.handlers:
            found += 1
            if level >= handler.level and handler.filter(record):
                accepted.append(handler)
        if not current.propagate:
            break
    if found == 0 and logging.lastResort is not None and level >= logging.lastResort.level:
        accepted.append(logging.lastResort)
    return accepted


def to_stderr(handlers):
    """Whether one of the handlers writes to stderr or stdout, which systemd's journal keeps."""
    import sys

    streams = {sys.stderr, sys.stdout, sys.__stderr__, sys.__stdout__}
    return any(
        isinstance(h, logging.StreamHandler) and not isinstance(h, logging.FileHandler) and h.stream in streams
        for h in handlers
    )


def mailed(run, handlers):
    """Whether one of the handlers is Django's AdminEmailHandler and ADMINS has addresses to mail."""
    from django.utils.log import AdminEmailHandler

    admins = run.setting("ADMINS")
    return any(isinstance(h, AdminEmailHandler) for h in handlers) and bool(admins)


def admins_are_addresses(run, address):
    """ADMINS in Django 6's form: a list (or tuple) of address strings that includes `address`."""
    admins = run.setting("ADMINS")
    return isinstance(admins, (list, tuple)) and all(isinstance(a, str) for a in admins) and address in admins


LATER = {"created_later": True}  # Django creates django.security.* loggers at their first error


@goal("A request for a host that is not ours (an ERROR on django.security.DisallowedHost) is no longer mailed")
def scanners_not_mailed(run):
    return run.error is None and not mailed(run, handlers_for("django.security.DisallowedHost", **LATER))


@goal("A 500 (an ERROR on django.request) is still mailed to ops@example.com and written to stderr")
def errors_still_reported(run):
    if run.error is not None or not admins_are_addresses(run, "ops@example.com"):
        return False
    handlers = handlers_for("django.request")
    return mailed(run, handlers) and to_stderr(handlers)


@goal("Other security errors, such as a tampered session (django.security.SuspiciousSession), are still mailed")
def other_security_errors(run):
    return run.error is None and mailed(run, handlers_for("django.security.SuspiciousSession", **LATER))


@goal("ALLOWED_HOSTS still accepts only shop.example.com: accepting every host would stop the mails and the protection with them")
def hosts_unchanged(run):
    from django.http.request import validate_host

    if run.error is not None:
        return False
    hosts = run.setting("ALLOWED_HOSTS")
    return validate_host("shop.example.com", hosts) and not validate_host("203.0.113.10", hosts)
