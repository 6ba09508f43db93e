from minidjango.exercises import goal

SECURITY = "django.middleware.security.SecurityMiddleware"
SESSIONS = "django.contrib.sessions.middleware.SessionMiddleware"
CSRF = "django.middleware.csrf.CsrfViewMiddleware"
FRAMES = "django.middleware.clickjacking.XFrameOptionsMiddleware"
CSP = "django.middleware.csp.ContentSecurityPolicyMiddleware"


def middleware(run):
    value = run.setting("MIDDLEWARE") if run.error is None else None
    return list(value) if isinstance(value, (list, tuple)) else []


@goal("The HTTPS redirect, HSTS, nosniff and the referrer policy are applied: SecurityMiddleware is first (no security.W001)")
def security(run):
    names = middleware(run)
    return not run.has("security.W001") and bool(names) and names[0] == SECURITY


@goal("The CSRF cookie is Secure and CSRF_TRUSTED_ORIGINS is used: CsrfViewMiddleware is in MIDDLEWARE (no security.W003)")
def csrf(run):
    return not run.has("security.W003") and CSRF in middleware(run)


@goal("SESSION_COOKIE_SECURE applies: SessionMiddleware, which sets the session cookie, is in MIDDLEWARE, before AuthenticationMiddleware")
def sessions(run):
    names = middleware(run)
    auth = "django.contrib.auth.middleware.AuthenticationMiddleware"
    return SESSIONS in names and (auth not in names or names.index(SESSIONS) < names.index(auth))


@goal('Pages are sent with X-Frame-Options: DENY: XFrameOptionsMiddleware is in MIDDLEWARE (no security.W002)')
def frames(run):
    return not run.has("security.W002") and FRAMES in middleware(run)


@goal("The Content Security Policy is sent: ContentSecurityPolicyMiddleware is in MIDDLEWARE (no check warns when it is not)")
def csp(run):
    return run.error is None and CSP in middleware(run)
