import re

from minidjango.exercises import goal

LINE = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)\s*(\[[^\]]*\])?\s*(.*)$")


def requirements(run):
    """{normalised name: version specifier} of requirements.txt, as pip reads its lines (comments,
    options and environment markers left out)."""
    found = {}
    for raw in run.source("requirements.txt").splitlines():
        line = re.split(r"(^|\s)#", raw, maxsplit=1)[0].strip()
        if not line or line.startswith("-"):
            continue
        match = LINE.match(line.split(";", 1)[0].strip())
        if match:
            found[re.sub(r"[-_.]+", "-", match.group(1)).lower()] = match.group(3).replace(" ", "")
    return found


def pinned(specifier):
    return re.fullmatch(r"===?[0-9][0-9A-Za-z.+!-]*", specifier or "") is not None


@goal("Every package is pinned to one exact version (==), so every server and every deploy installs the same code")
def all_pinned(run):
    found = requirements(run)
    return bool(found) and all(pinned(spec) for spec in found.values())


@goal("Django is pinned to a 6.x release, which these settings are written for (and which needs Python 3.12 or later)")
def django_six(run):
    spec = requirements(run).get("django", "")
    return pinned(spec) and spec.lstrip("=").startswith("6.")


@goal("Everything the settings use is installed: a PostgreSQL driver (psycopg or psycopg2), redis for RedisCache, whitenoise, and gunicorn")
def everything_used(run):
    if run.error is not None:
        return False
    found = requirements(run)
    needed = [{"gunicorn"}]
    if run.setting("DATABASES").get("default", {}).get("ENGINE") == "django.db.backends.postgresql":
        needed.append({"psycopg", "psycopg-binary", "psycopg2", "psycopg2-binary"})
    if any(isinstance(c, dict) and c.get("BACKEND") == "django.core.cache.backends.redis.RedisCache" for c in run.setting("CACHES").values()):
        needed.append({"redis"})
    if any(str(m).startswith("whitenoise.") for m in run.setting("MIDDLEWARE")):
        needed.append({"whitenoise"})
    return all(names & found.keys() for names in needed)
