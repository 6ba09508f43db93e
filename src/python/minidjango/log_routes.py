"""Where a log record would go in the reader's process: the handlers a record of some level,
logged on some logger, reaches once LOGGING has been applied, described as data.

The logging exercises ask this (ExerciseRun.log_handlers). It is a fact of the process that ran
the project, so the grader's judge asks the submission's process for it like any other fact
(minidjango/grading/evidence.py): the judge's own interpreter never ran django.setup().

The route follows what Logger.handle() and Logger.callHandlers() do for a record: the logger's
disabled flag and filters, the effective level of the chain, logging.disable(), then each
handler's level and filters from the logger up, stopping where propagate is false, and Python's
last resort (stderr) when no logger on the way has a handler at all.
"""

import logging
import sys


def _level(level):
    if isinstance(level, int):
        return level
    named = logging.getLevelName(str(level).upper())
    if not isinstance(named, int):
        raise ValueError(f"{level!r} is not a logging level")
    return named


def _chain(name):
    """The loggers a record on `name` passes: the logger itself (if it exists), its existing
    ancestors nearest first, then the root."""
    existing = logging.Logger.manager.loggerDict
    names = name.split(".")
    found = [existing.get(".".join(names[:end])) for end in range(len(names), 0, -1)]
    return [logger for logger in found if isinstance(logger, logging.Logger)] + [logging.getLogger()]


def _writes_to_journal(handler):
    """A stream handler on the process's stderr or stdout, which systemd's journal keeps."""
    streams = (sys.stderr, sys.stdout, sys.__stderr__, sys.__stdout__)
    return (isinstance(handler, logging.StreamHandler) and not isinstance(handler, logging.FileHandler)
            and any(handler.stream is stream for stream in streams))


def _describe(handler):
    from django.utils.log import AdminEmailHandler

    kind = type(handler)
    return {"class": f"{kind.__module__}.{kind.__qualname__}", "journal": _writes_to_journal(handler),
            "mails_admins": isinstance(handler, AdminEmailHandler)}


def handlers_for(name, level="ERROR", created_later=False):
    """The handlers (described) that get a record of `level` logged on the logger `name`.

    `created_later`: the logger is made after Django applied LOGGING (the project's own modules,
    imported later, and loggers Django creates at first use), so LOGGING's
    disable_existing_loggers cannot have switched it off. Such a logger is never created here."""
    level = _level(level)
    chain = _chain(name)
    own = chain[0] if chain[0].name == name else None
    record = logging.LogRecord(name, level, "views.py", 1, "Internal Server Error: /checkout/", (), None)
    record.status_code, record.request = 500, None
    if own is not None and ((own.disabled and not created_later) or not own.filter(record)):
        return []
    effective = next((logger.level for logger in chain if logger.level), logging.WARNING)
    if level < effective or logging.Logger.manager.disable >= level:
        return []
    seen, reached = 0, []
    for logger in chain:
        for handler in logger.handlers:
            seen += 1
            if level >= handler.level and handler.filter(record):
                reached.append(handler)
        if not logger.propagate:
            break
    if seen == 0 and logging.lastResort is not None and level >= logging.lastResort.level:
        reached.append(logging.lastResort)
    return [_describe(handler) for handler in reached]
