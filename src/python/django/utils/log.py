"""Logging at django.setup(): Django's own configuration (DEFAULT_LOGGING) first, then the
LOGGING setting through LOGGING_CONFIG, as Django does; and the filters, handler and formatter
classes a LOGGING setting names from here.

The mini Django sends no mail and has no terminal: AdminEmailHandler is built as Django builds
it (so a bad reporter_class fails the same way) but emits nothing, and ServerFormatter does not
colour. Each new process starts with logging as Python starts it.
"""

import logging
import logging.config  # LOGGING_CONFIG names logging.config.dictConfig
from logging.config import dictConfig

from django._process import forgotten_by_new_process
from django.conf import settings
from django.utils.module_loading import import_string

request_logger = logging.getLogger("django.request")

_DEBUG_ONLY = "django.utils.log.RequireDebugTrue"
_PRODUCTION_ONLY = "django.utils.log.RequireDebugFalse"

DEFAULT_LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"require_debug_false": {"()": _PRODUCTION_ONLY}, "require_debug_true": {"()": _DEBUG_ONLY}},
    "formatters": {
        "django.server": {"()": "django.utils.log.ServerFormatter", "format": "[{server_time}] {message}", "style": "{"}
    },
    "handlers": {
        "console": {"level": "INFO", "filters": ["require_debug_true"], "class": "logging.StreamHandler"},
        "django.server": {"level": "INFO", "class": "logging.StreamHandler", "formatter": "django.server"},
        "mail_admins": {
            "level": "ERROR",
            "filters": ["require_debug_false"],
            "class": "django.utils.log.AdminEmailHandler",
        },
    },
    "loggers": {
        "django": {"handlers": ["console", "mail_admins"], "level": "INFO"},
        "django.server": {"handlers": ["django.server"], "level": "INFO", "propagate": False},
    },
}


def configure_logging(logging_config, logging_settings):
    """LOGGING_CONFIG (a dotted path, or falsy to leave logging alone) applied to LOGGING."""
    if not logging_config:
        return
    configure = import_string(logging_config)
    _configure_django_logging()
    if not logging_settings:
        return
    configure(logging_settings)


#: What dictConfig(DEFAULT_LOGGING) made the first time: handler name -> (handler, its filters).
_made_by_default = {}


def _configure_django_logging():
    """dictConfig(DEFAULT_LOGGING), done for real once. A later process starts from Python's
    defaults (see below) and gets the same handlers back on the same loggers, which is what the
    dictConfig() would give, at a fraction of its cost. The mail handler is built anew when
    DEFAULT_EXCEPTION_REPORTER is not Django's, because building it imports that reporter."""
    if not _made_by_default:
        dictConfig(DEFAULT_LOGGING)
        for name in ("console", "django.server", "mail_admins"):
            handler = logging._handlers[name]
            _made_by_default[name] = (handler, list(handler.filters))
        return
    if settings.DEFAULT_EXCEPTION_REPORTER != _DJANGO_REPORTER:
        try:
            mail = AdminEmailHandler()
        except Exception as error:  # as dictConfig() reports a handler it cannot build
            raise ValueError("Unable to configure handler 'mail_admins'") from error
        mail.setLevel(logging.ERROR)
        mail.addFilter(RequireDebugFalse())
        mail.set_name("mail_admins")
    else:
        mail = _made_by_default["mail_admins"][0]
    levels = {"console": logging.INFO, "django.server": logging.INFO, "mail_admins": logging.ERROR}
    for name, (handler, filters) in _made_by_default.items():
        if handler is mail or name != "mail_admins":
            handler.set_name(name)  # closing it took its name out of logging's registry
            handler.setLevel(levels[name])  # an incremental LOGGING may have changed it
            handler.filters[:] = filters
    django_logger, server_logger = logging.getLogger("django"), logging.getLogger("django.server")
    django_logger.handlers[:] = [_made_by_default["console"][0], mail]
    server_logger.handlers[:] = [_made_by_default["django.server"][0]]
    django_logger.setLevel(logging.INFO)
    server_logger.setLevel(logging.INFO)
    server_logger.propagate = False


#: Django's own exception reporter: always importable, so it is imported only when first used
#: (importing django.views.debug with the logging configuration would weigh on every start-up).
_DJANGO_REPORTER = "django.views.debug.ExceptionReporter"


def _escaped(value):
    """A str argument with its control characters escaped (a crafted path cannot forge a log
    line); other arguments as they are."""
    return value.encode("unicode_escape").decode("ascii") if isinstance(value, str) else value


def _level_of(status_code):
    """How a response's status is logged: 5xx as an error, 4xx as a warning, others as info."""
    return "error" if status_code >= 500 else "warning" if status_code >= 400 else "info"


def log_message(logger, message, *args, level=None, status_code=None, request=None, exception=None, **extra):
    """Log `message` % `args` on `logger` with the request (and status) as extra: at `level`,
    else as the status says (5xx an error, 4xx a warning), else as info."""
    details = {"request": request, **extra}
    with_status = status_code is not None
    if with_status:
        details["status_code"] = status_code
    chosen = _level_of(status_code) if level is None and with_status else level
    log = getattr(logger, chosen or "info")
    log(message, *map(_escaped, args), extra=details, exc_info=exception)


def log_response(message, *args, response=None, request=None, logger=request_logger, level=None, exception=None):
    """log_message() about a response, once: a response already logged is not logged again."""
    already = getattr(response, "_has_been_logged", False)
    if already:
        return
    log_message(logger, message, *args, level=level, status_code=response.status_code, request=request, exception=exception)
    response._has_been_logged = True


class AdminEmailHandler(logging.Handler):
    """Mails ERROR records to ADMINS in Django; here it is built, and sends nothing."""

    def __init__(self, include_html=False, email_backend=None, reporter_class=None):
        logging.Handler.__init__(self)
        self.include_html, self.email_backend = include_html, email_backend
        path = reporter_class or settings.DEFAULT_EXCEPTION_REPORTER
        self._reporter_path = path
        # Another reporter is imported now, so that a bad path fails here as in Django.
        self._reporter_class = None if path == _DJANGO_REPORTER else import_string(path)

    @property
    def reporter_class(self):
        if self._reporter_class is None:
            self._reporter_class = import_string(self._reporter_path)
        return self._reporter_class

    @reporter_class.setter
    def reporter_class(self, value):
        self._reporter_class = value

    def emit(self, record):
        """No mail: the course's projects never reach a mail server."""

    def format_subject(self, subject):
        """A mail subject on one line, as Django escapes it."""
        return subject.translate({ord("\n"): "\\n", ord("\r"): "\\r"})


class CallbackFilter(logging.Filter):
    """Keep the records for which `callback(record)` is true."""

    def __init__(self, callback):
        logging.Filter.__init__(self)
        self.callback = callback

    def filter(self, record):
        return 1 if self.callback(record) else 0


def _debug():
    return settings.DEBUG


class RequireDebugFalse(logging.Filter):
    def filter(self, record):
        return not _debug()


class RequireDebugTrue(logging.Filter):
    def filter(self, record):
        return _debug()


class ServerFormatter(logging.Formatter):
    """The development server's request lines, with the time as `{server_time}`."""

    default_time_format = "%d/%b/%Y %H:%M:%S"

    def uses_server_time(self):
        return "{server_time}" in self._fmt

    def format(self, record):
        if "server_time" not in vars(record) and self.uses_server_time():
            setattr(record, "server_time", self.formatTime(record, self.datefmt))
        return logging.Formatter.format(self, record)


@forgotten_by_new_process
def _forget_logging_configuration():
    """Every logger back to Python's defaults: no handlers or filters, level unset (the root
    logger at WARNING), propagating, enabled."""
    root = logging.getLogger()
    others = [logger for logger in logging.Logger.manager.loggerDict.values() if isinstance(logger, logging.Logger)]
    for logger in (root, *others):
        default_level = logging.WARNING if logger is root else logging.NOTSET
        if logger.level == default_level and logger.propagate and not (logger.handlers or logger.filters or logger.disabled):
            continue  # as Python made it
        for handler in logger.handlers[:]:
            logger.removeHandler(handler)
            handler.close()
        logger.filters.clear()
        logger.setLevel(default_level)
        logger.propagate = True
        logger.disabled = False
