from minidjango.exercises import goal

PASSWORD = "k2${Nq8}vRm$4tZ7"
KEY = "Hq3vNf8Tz1Lx6Wc0Bm5Rk9Jd2Ys7Gp4Ua8Ei1Oh6Fl3Vn0Qt5Xz2Cb7Mw4Pk9Sj1Dr"


def password(namespace):
    return namespace["DATABASES"]["default"].get("PASSWORD")


@goal("The database password Django sends is exactly the one in .env: k2${Nq8}vRm$4tZ7")
def exact_password(run):
    return run.error is None and run.setting("DATABASES")["default"].get("PASSWORD") == PASSWORD


@goal("The password and the secret key stay in .env: settings.py holds neither (no course.W001 or course.W003)")
def secrets_in_dotenv(run):
    if run.error is not None or run.has("course.W001") or run.has("course.W003"):
        return False
    source = run.source("mysite/settings.py")
    return run.setting("SECRET_KEY") == KEY and PASSWORD not in source and KEY not in source and "vRm" not in source


@goal("A POSTGRES_PASSWORD the server itself sets still wins over .env's (python-dotenv does not override the environment)")
def environment_wins(run):
    if run.error is not None:
        return False
    try:
        namespace = run.restart({**run.env, "POSTGRES_PASSWORD": "set-by-the-server"})
    except Exception:
        return False
    return password(namespace) == "set-by-the-server"
