from minidjango.exercises import goal

KEY = "Wm8Zp2Qr6Tv0Xb4Nc7Lf1Hj5Kd9Sg3Ay8Ue2Io6Pl0Rt4Yw7Qa1Zs5Xd9Cf3Vb6Nm2Hk"


def dotenv_environment(run):
    """The variables the settings see once django-environ has read .env under the server's own."""
    import os

    from minidjango.project import PROJECT_DIR

    with run.new_process(run.env):
        import environ

        environ.Env.read_env(os.path.join(PROJECT_DIR, ".env"))
        return dict(os.environ)


def restarted(run, env, without=()):
    try:
        return run.restart(env, without=without)
    except Exception:
        return None


@goal("DEBUG is a bool: False with DJANGO_DEBUG=False, and when the variable is missing; True with DJANGO_DEBUG=True (no security.W018)")
def debug_bool(run):
    if run.error is not None or run.has("security.W018") or run.setting("DEBUG") is not False:
        return False
    env = {name: value for name, value in dotenv_environment(run).items() if name != "DJANGO_DEBUG"}
    on, unset = restarted(run, {**env, "DJANGO_DEBUG": "True"}, [".env"]), restarted(run, env, [".env"])
    return on is not None and unset is not None and on["DEBUG"] is True and unset["DEBUG"] is False


@goal("ALLOWED_HOSTS is the list in DJANGO_ALLOWED_HOSTS: shop.example.com and www.shop.example.com")
def hosts_list(run):
    if run.error is not None:
        return False
    hosts = run.setting("ALLOWED_HOSTS")
    return isinstance(hosts, (list, tuple)) and list(hosts) == ["shop.example.com", "www.shop.example.com"]


@goal("DATABASES['default'] comes from DATABASE_URL: PostgreSQL at 192.168.1.120, database shop, user shop, password Zk4/q8Lw")
def database_from_url(run):
    if run.error is not None:
        return False
    db = run.setting("DATABASES").get("default", {})
    return (
        db.get("ENGINE") == "django.db.backends.postgresql"
        and (db.get("NAME"), db.get("USER"), db.get("PASSWORD"), db.get("HOST")) == ("shop", "shop", "Zk4/q8Lw", "192.168.1.120")
        and str(db.get("PORT")) == "5432"
    )


@goal("SECRET_KEY is .env's, and a server without DJANGO_SECRET_KEY refuses to start (no default key)")
def key_required(run):
    if run.error is not None or run.setting("SECRET_KEY") != KEY or KEY in run.source("mysite/settings.py"):
        return False
    env = {name: value for name, value in dotenv_environment(run).items() if name != "DJANGO_SECRET_KEY"}
    return restarted(run, {**env, "DJANGO_SECRET_KEY": KEY}, [".env"]) is not None and restarted(run, env, [".env"]) is None
