from minidjango.exercises import goal

SITE = "https://shop.example.com"


@goal("https://shop.example.com/ is served: 200 OK")
def served(run):
    return run.request("GET", f"{SITE}/").status == 200


@goal("A request with Host: attacker.test gets 400 Bad Request, whatever page it asks for")
def foreign_host(run):
    return all(
        run.request("GET", f"{SITE}{path}", headers={"Host": host}).status == 400
        for host in ("attacker.test", "shop.example.com.attacker.test")
        for path in ("/", "/checkout/")
    )


@goal("When /checkout/ fails, a stranger gets the plain “Server Error (500)” page: no traceback, no settings")
def plain_500(run):
    response = run.request("GET", f"{SITE}/checkout/")
    return (
        response.status == 500
        and "<h1>Server Error (500)</h1>" in response.text
        and "pay-4f9Xq2" not in response.text
        and "Traceback" not in response.text
    )
