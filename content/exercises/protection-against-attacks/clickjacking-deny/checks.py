from minidjango.exercises import goal

FRAMES = "django.middleware.clickjacking.XFrameOptionsMiddleware"
SECURITY = "django.middleware.security.SecurityMiddleware"


def middleware(run):
    value = run.setting("MIDDLEWARE") if run.error is None else None
    return list(value) if isinstance(value, (list, tuple)) else []


@goal("Every page is sent with an X-Frame-Options header: XFrameOptionsMiddleware is in MIDDLEWARE (no security.W002)")
def header_sent(run):
    return not run.has("security.W002") and FRAMES in middleware(run)


@goal('No site can frame the shop, the shop itself included: X_FRAME_OPTIONS = "DENY" (no security.W019)')
def deny(run):
    return run.error is None and not run.has("security.W019") and run.setting("X_FRAME_OPTIONS") == "DENY"


@goal("Browsers do not guess a file's type from its content: SECURE_CONTENT_TYPE_NOSNIFF = True, with SecurityMiddleware (no security.W006)")
def nosniff(run):
    return (
        run.error is None
        and not run.has("security.W006")
        and run.setting("SECURE_CONTENT_TYPE_NOSNIFF") is True
        and SECURITY in middleware(run)
    )


@goal("Nothing is silenced: check --deploy can report W002, W006 and W019 again")
def nothing_silenced(run):
    return run.error is None and not run.setting("SILENCED_SYSTEM_CHECKS")
