import re

from minidjango.exercises import goal

CART = "https://shop.example.com/cart/"


@goal("An https:// response carries Strict-Transport-Security with a max-age of at least 3600 seconds")
def hsts(run):
    value = run.request("GET", CART).headers.get("Strict-Transport-Security") or ""
    found = re.match(r"max-age=(\d+)", value)
    return found is not None and int(found.group(1)) >= 3600


@goal("The session cookie (sessionid) is sent with Secure")
def session_cookie(run):
    cookie = run.request("GET", CART).cookie("sessionid")
    return cookie is not None and cookie["secure"]


@goal("The CSRF cookie (csrftoken) is sent with Secure")
def csrf_cookie(run):
    cookie = run.request("GET", CART).cookie("csrftoken")
    return cookie is not None and cookie["secure"]
