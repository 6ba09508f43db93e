import os

from minidjango.exercises import goal
from minidjango.project import PROJECT_DIR


def found(run, path):
    """The file collectstatic copies to `path` in STATIC_ROOT: the first the finders find, asked in
    the order of STATICFILES_FINDERS, or None."""
    if run.error is not None:
        return None
    from django.contrib.staticfiles import finders

    try:
        result = finders.find(path)
    except Exception:
        return None
    return os.path.normpath(result) if isinstance(result, str) else None


@goal("collectstatic collects the shop's assets/css/site.css as css/site.css, not the theme's")
def project_wins(run):
    return found(run, "css/site.css") == os.path.join(PROJECT_DIR, "assets", "css", "site.css")


@goal("img/logo.svg, which only the theme has, is still found in the theme app")
def theme_still_found(run):
    return found(run, "img/logo.svg") == os.path.join(PROJECT_DIR, "theme", "static", "img", "logo.svg")


@goal("check --deploy says nothing about static files (no staticfiles.* message)")
def no_staticfiles_findings(run):
    return run.error is None and not any(m["id"].startswith("staticfiles.") for m in run.messages)
