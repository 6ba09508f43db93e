from minidjango.exercises import goal

# What gunicorn receives when nginx forwards a visitor's request (proxy_set_header Host $host).
UPSTREAM = "http://django_backend/"


def forwarded(run, scheme):
    headers = {"Host": "shop.example.com", "X-Forwarded-Proto": scheme, "X-Forwarded-For": "203.0.113.7"}
    return run.request("GET", UPSTREAM, headers=headers)


@goal("A visitor on https:// gets the page (200 OK), not one more redirect to https://")
def no_loop(run):
    return forwarded(run, "https").status == 200


@goal("A visitor on http:// is still redirected to https://shop.example.com/")
def still_redirected(run):
    response = forwarded(run, "http")
    return response.status == 301 and response.headers.get("Location") == "https://shop.example.com/"


@goal("A request that reaches gunicorn without X-Forwarded-Proto is not taken for a secure one")
def not_spoofed(run):
    response = run.request("GET", UPSTREAM, headers={"Host": "shop.example.com"})
    return response.status == 301
