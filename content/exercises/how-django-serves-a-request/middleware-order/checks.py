from minidjango.exercises import goal

SECURITY = "django.middleware.security.SecurityMiddleware"
SESSIONS = "django.contrib.sessions.middleware.SessionMiddleware"
COMMON = "django.middleware.common.CommonMiddleware"
CSRF = "django.middleware.csrf.CsrfViewMiddleware"
AUTH = "django.contrib.auth.middleware.AuthenticationMiddleware"
MESSAGES = "django.contrib.messages.middleware.MessageMiddleware"
FRAMES = "django.middleware.clickjacking.XFrameOptionsMiddleware"
#: What startproject writes, each of which this project's settings rely on.
STARTPROJECT = [SECURITY, SESSIONS, COMMON, CSRF, AUTH, MESSAGES, FRAMES]


def middleware(run):
    value = run.setting("MIDDLEWARE") if run.error is None else None
    return list(value) if isinstance(value, (list, tuple)) else []


def before(names, first, then):
    return first in names and then in names and names.index(first) < names.index(then)


@goal("SecurityMiddleware comes first: a plain-HTTP request is redirected to HTTPS before any other middleware works on it")
def security_first(run):
    names = middleware(run)
    return bool(names) and names[0] == SECURITY


@goal("SessionMiddleware comes before AuthenticationMiddleware and MessageMiddleware, which read request.session")
def session_before_readers(run):
    names = middleware(run)
    return before(names, SESSIONS, AUTH) and before(names, SESSIONS, MESSAGES)


@goal("CSRF protection is on: CsrfViewMiddleware is back in MIDDLEWARE (no security.W003)")
def csrf_on(run):
    return run.error is None and not run.has("security.W003") and CSRF in middleware(run)


@goal("Each of the seven middleware of startproject is there exactly once")
def all_seven_once(run):
    names = middleware(run)
    return all(names.count(name) == 1 for name in STARTPROJECT)
