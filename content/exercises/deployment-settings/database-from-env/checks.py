from minidjango.exercises import goal

OTHER_SERVER = {"POSTGRES_DB": "shop_staging", "POSTGRES_USER": "staging", "POSTGRES_HOST": "10.0.0.5", "POSTGRES_PORT": "6432"}


def database(namespace):
    databases = namespace.get("DATABASES") if namespace else None
    default = databases.get("default") if isinstance(databases, dict) else None
    return default if isinstance(default, dict) else {}


def restarted(run, env):
    try:
        return run.restart(env)
    except Exception:
        return None


@goal("The database is PostgreSQL at the address the environment gives: NAME, USER, HOST and PORT follow POSTGRES_DB, POSTGRES_USER, POSTGRES_HOST and POSTGRES_PORT")
def from_environment(run):
    if run.error is not None:
        return False
    here = run.setting("DATABASES").get("default", {})
    there = database(restarted(run, {**run.env, **OTHER_SERVER}))
    return (
        here.get("ENGINE") == "django.db.backends.postgresql"
        and (here.get("NAME"), here.get("USER"), here.get("HOST")) == ("shop", "shop", "192.168.1.120")
        and (there.get("NAME"), there.get("USER"), there.get("HOST"), str(there.get("PORT"))) == ("shop_staging", "staging", "10.0.0.5", "6432")
    )


@goal("Without POSTGRES_PORT the port is PostgreSQL's 5432, and loading the settings does not fail")
def default_port(run):
    return run.error is None and str(run.setting("DATABASES").get("default", {}).get("PORT")) == "5432"


@goal("The password is POSTGRES_PASSWORD's, settings.py holds none, and a server without POSTGRES_PASSWORD refuses to start (no course.W003)")
def password_required(run):
    if run.error is not None or run.has("course.W003"):
        return False
    password = run.env["POSTGRES_PASSWORD"]
    if run.setting("DATABASES").get("default", {}).get("PASSWORD") != password or password in run.source("mysite/settings.py"):
        return False
    return restarted(run, {name: value for name, value in run.env.items() if name != "POSTGRES_PASSWORD"}) is None


@goal("Connections are reused between requests: CONN_MAX_AGE above 0 (or None) with CONN_HEALTH_CHECKS = True, or a connection pool")
def persistent_connections(run):
    if run.error is None:
        default = run.setting("DATABASES").get("default", {})
        age, options = default.get("CONN_MAX_AGE", 0), default.get("OPTIONS") or {}
        if isinstance(options, dict) and options.get("pool"):
            return age == 0  # Django refuses a pool together with persistent connections
        return (age is None or (isinstance(age, int) and not isinstance(age, bool) and age > 0)) and default.get("CONN_HEALTH_CHECKS") is True
    return False
