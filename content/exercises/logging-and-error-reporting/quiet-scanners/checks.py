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


LATER = {"created_later": True}  # Django creates django.security.* loggers at their first error


@goal("A request for a host that is not ours (an ERROR on django.security.DisallowedHost) is no longer mailed")
def scanners_not_mailed(run):
    return run.error is None and not mailed(run, run.log_handlers("django.security.DisallowedHost", **LATER))


@goal("A 500 (an ERROR on django.request) is still mailed to ops@example.com and written to stderr")
def errors_still_reported(run):
    if run.error is not None or not admins_are_addresses(run, "ops@example.com"):
        return False
    handlers = run.log_handlers("django.request")
    return mailed(run, handlers) and to_journal(handlers)


@goal("Other security errors, such as a tampered session (django.security.SuspiciousSession), are still mailed")
def other_security_errors(run):
    return run.error is None and mailed(run, run.log_handlers("django.security.SuspiciousSession", **LATER))


@goal("ALLOWED_HOSTS still accepts only shop.example.com: accepting every host would stop the mails and the protection with them")
def hosts_unchanged(run):
    from django.http.request import validate_host

    if run.error is not None:
        return False
    hosts = run.setting("ALLOWED_HOSTS")
    return validate_host("shop.example.com", hosts) and not validate_host("203.0.113.10", hosts)
