from minidjango.exercises import goal

SMTP = "django.core.mail.backends.smtp.EmailBackend"


@goal("Mail is sent over SMTP to the relay the environment names, not printed (EMAIL_BACKEND is the SMTP backend, EMAIL_HOST is EMAIL_HOST's)")
def smtp_to_relay(run):
    return run.error is None and run.setting("EMAIL_BACKEND") == SMTP and run.setting("EMAIL_HOST") == run.env["EMAIL_HOST"]


@goal("The connection is encrypted the way the port expects: 587 with EMAIL_USE_TLS, or 465 with EMAIL_USE_SSL, never both")
def encrypted(run):
    if run.error is not None:
        return False
    port, tls, ssl = run.setting("EMAIL_PORT"), run.setting("EMAIL_USE_TLS"), run.setting("EMAIL_USE_SSL")
    return (str(port), tls, ssl) in {("587", True, False), ("465", False, True)}


@goal("Django logs in with EMAIL_HOST_USER and EMAIL_HOST_PASSWORD from the environment, and settings.py holds no password")
def credentials(run):
    if run.error is not None:
        return False
    password = run.env["EMAIL_HOST_PASSWORD"]
    return (
        run.setting("EMAIL_HOST_USER") == run.env["EMAIL_HOST_USER"]
        and run.setting("EMAIL_HOST_PASSWORD") == password
        and password not in run.source("mysite/settings.py")
    )


@goal("Error mail comes from an address of shop.example.com (SERVER_EMAIL), not root@localhost, which the relay refuses")
def sender(run):
    if run.error is not None:
        return False
    address = run.setting("SERVER_EMAIL")
    return isinstance(address, str) and address.rpartition("@")[2].rstrip(">").lower() == "shop.example.com"
