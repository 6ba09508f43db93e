from urllib.parse import urlsplit

from minidjango.exercises import goal

PLACEHOLDER = "change-me"


def secrets_of(env):
    """The secret key and the database's and Redis's passwords, as .env gives them."""
    return {
        "DJANGO_SECRET_KEY": env.get("DJANGO_SECRET_KEY") or "",
        "POSTGRES_PASSWORD": env.get("POSTGRES_PASSWORD") or "",
        "the Redis password": urlsplit(env.get("REDIS_URL") or "").password or "",
    }


@goal("SECRET_KEY is a real key from .env: 50 characters or more, 5 different ones or more, not django-insecure-... (no security.W009)")
def real_key(run):
    if run.error is not None or run.has("security.W009"):
        return False
    key = run.dotenv_environment().get("DJANGO_SECRET_KEY")
    return bool(key) and run.setting("SECRET_KEY") == key


@goal("No value in .env is still a placeholder: the database's and Redis's passwords are real too, though check --deploy cannot tell")
def no_placeholder_left(run):
    if run.error is not None:
        return False
    env = run.dotenv_environment()
    return all(secret and PLACEHOLDER not in secret for secret in secrets_of(env).values()) and not any(
        PLACEHOLDER in value for value in env.values()
    )


@goal("`.env.example`, which git commits, keeps its placeholders and holds none of .env's secrets")
def example_holds_no_secret(run):
    example = run.source(".env.example")
    if f"DJANGO_SECRET_KEY={PLACEHOLDER}" not in example:
        return False
    secrets = [s for s in secrets_of(run.dotenv_environment()).values() if s and s != PLACEHOLDER]
    return not any(secret in example for secret in secrets)


@goal("check --deploy reports no issues (0 silenced)")
def no_issues(run):
    return run.error is None and not run.messages and not run.setting("SILENCED_SYSTEM_CHECKS")
