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


@goal("With DEBUG off, a 500 (an ERROR on the django.request logger) is written to stderr, which the journal keeps")
def error_to_journal(run):
    return run.error is None and run.setting("DEBUG") is False and to_stderr(handlers_for("django.request"))


@goal("The same error is mailed: AdminEmailHandler gets it, and ADMINS lists ops@example.com as a plain address (Django 6)")
def error_mailed(run):
    return run.error is None and admins_are_addresses(run, "ops@example.com") and mailed(run, handlers_for("django.request"))


@goal("The shop's own INFO messages (logger shop.payments) reach stderr too, and its DEBUG messages do not")
def info_not_debug(run):
    if run.error is not None:
        return False
    shop = {"created_later": True}  # the shop's modules are imported after LOGGING is read
    return to_stderr(handlers_for("shop.payments", logging.INFO, **shop)) and not handlers_for("shop.payments", logging.DEBUG, **shop)
