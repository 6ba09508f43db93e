import re

from minidjango.exercises import goal

STATIC_TAG = re.compile(r"""\{%\s*static\s+['"]([^'"]+)['"]\s*%\}""")


def collected(run):
    return run.collectstatic(["--noinput"])


@goal("collectstatic runs to the end (exit code 0)")
def runs(run):
    return collected(run).ok


@goal("css/style.css in STATIC_ROOT is the blog's stylesheet, which its post template asks for")
def blog_css(run):
    return collected(run).source_of("css/style.css") == "blog/static/css/style.css"


@goal("the stylesheet templates/base.html asks for is collected, and it is the site's")
def site_css(run):
    asked = STATIC_TAG.findall(run.source("templates/base.html"))
    run_ = collected(run)
    return bool(asked) and all(run_.source_of(path) == "static/css/style.css" for path in asked if path.endswith(".css"))


@goal("collectstatic skips no file as a duplicate")
def nothing_shadowed(run):
    run_ = collected(run)
    return run_.ok and not run_.shadowed()
