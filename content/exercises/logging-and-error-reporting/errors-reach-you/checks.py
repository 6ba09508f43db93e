from minidjango.exercises import goal


def to_journal(handlers):
    """Whether one of the handlers writes to stderr or stdout, which systemd's journal keeps."""
    return any(handler["journal"] for handler in handlers)


def mailed(run, handlers):
    """Whether one of the handlers is Django's AdminEmailHandler and ADMINS has addresses to mail."""
    return any(handler["mails_admins"] for handler in handlers) and bool(run.setting("ADMINS"))


def admins_are_addresses(run, address):
    """ADMINS in Django 6's form: a list (or tuple) of address strings that includes `address`."""
    admins = run.setting("ADMINS")
    return isinstance(admins, (list, tuple)) and all(isinstance(a, str) for a in admins) and address in admins


@goal("With DEBUG off, a 500 (an ERROR on the django.request logger) is written to stderr, which the journal keeps")
def error_to_journal(run):
    return run.error is None and run.setting("DEBUG") is False and to_journal(run.log_handlers("django.request"))


@goal("The same error is mailed: AdminEmailHandler gets it, and ADMINS lists ops@example.com as a plain address (Django 6)")
def error_mailed(run):
    return run.error is None and admins_are_addresses(run, "ops@example.com") and mailed(run, run.log_handlers("django.request"))


@goal("The shop's own INFO messages (logger shop.payments) reach stderr too, and its DEBUG messages do not")
def info_not_debug(run):
    if run.error is not None:
        return False
    shop = {"created_later": True}  # the shop's modules are imported after LOGGING is read
    return to_journal(run.log_handlers("shop.payments", "INFO", **shop)) and not run.log_handlers("shop.payments", "DEBUG", **shop)
