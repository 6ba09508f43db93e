from minidjango.exercises import goal


def collected(run):
    return run.collectstatic(["--noinput"])


@goal("the settings load (Python and Django accept the file)")
def loads(run):
    return run.error is None


@goal("collectstatic copies the project's static/ files: css/site.css and js/site.js")
def project_files(run):
    run_ = collected(run)
    return run_.ok and {"css/site.css", "js/site.js"} <= set(run_.copied)


@goal("collectstatic copies the blog app's blog/style.css")
def app_files(run):
    run_ = collected(run)
    return run_.ok and run_.source_of("blog/style.css") == "blog/static/blog/style.css"


@goal("everything lands in static_root/, with no warning on the way")
def into_static_root(run):
    run_ = collected(run)
    static_root = run.setting("STATIC_ROOT", None) if run.error is None else None
    return run_.ok and not run_.stderr and str(static_root).rstrip("/").endswith("/static_root") and "admin/css/base.css" in run_.copied
