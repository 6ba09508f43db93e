from minidjango.exercises import goal

CSRF = "django.middleware.csrf.CsrfViewMiddleware"
#: What the browser sends as Origin with the blog's form: scheme and host, no path, no slash.
BLOG = "https://blog.example.com"


def middleware(run):
    value = run.setting("MIDDLEWARE") if run.error is None else None
    return list(value) if isinstance(value, (list, tuple)) else []


def trusted(run):
    value = run.setting("CSRF_TRUSTED_ORIGINS") if run.error is None else None
    return list(value) if isinstance(value, (list, tuple)) else []


@goal("Every POST is checked for its CSRF token again: CsrfViewMiddleware is in MIDDLEWARE (no security.W003)")
def middleware_back(run):
    return not run.has("security.W003") and CSRF in middleware(run)


def accepts(origin, entry):
    """Whether CsrfViewMiddleware lets `origin` post with this CSRF_TRUSTED_ORIGINS entry: equal,
    or an "https://*.example.com" wildcard for the same scheme (Django's _origin_verified)."""
    if not isinstance(entry, str) or "://" not in entry:
        return False
    if "*" not in entry:
        return entry == origin
    scheme, _, netloc = entry.partition("://")
    origin_scheme, _, origin_netloc = origin.partition("://")
    pattern = netloc.lstrip("*").lower()
    return scheme == origin_scheme and pattern.startswith(".") and (origin_netloc == pattern[1:] or origin_netloc.endswith(pattern))


@goal('The newsletter form is accepted from the blog: its origin, "https://blog.example.com", scheme included, is trusted (no 4_0.E001)')
def blog_trusted(run):
    return not run.has("4_0.E001") and any(accepts(BLOG, entry) for entry in trusted(run))


@goal("No other origin is trusted: no http://, no wildcard, nothing but the blog")
def only_the_blog(run):
    return trusted(run) == [BLOG]


@goal("The csrftoken cookie is only sent over HTTPS: CSRF_COOKIE_SECURE = True (no security.W016)")
def secure_cookie(run):
    return run.error is None and not run.has("security.W016") and run.setting("CSRF_COOKIE_SECURE") is True


@goal("Nothing is silenced")
def nothing_silenced(run):
    return run.error is None and not run.setting("SILENCED_SYSTEM_CHECKS")
