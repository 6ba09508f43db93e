from html.parser import HTMLParser
from urllib.parse import urlencode, urljoin

from minidjango.exercises import goal

SHOP = "https://shop.example.com"
PAGE = f"{SHOP}/newsletter/"
THANKS = "/newsletter/thanks/"
FORM_POST = {"Content-Type": "application/x-www-form-urlencoded"}


class PostForm(HTMLParser):
    """The first <form method="post"> of a page as a browser submits it: its action, and the
    name and value of each hidden input in it."""

    def __init__(self):
        super().__init__()
        self.action, self.hidden, self.inside, self.found = None, {}, False, False

    def handle_starttag(self, tag, attrs):
        attrs = {name: value or "" for name, value in attrs}
        if tag == "form" and not self.found and attrs.get("method", "").lower() == "post":
            self.action, self.inside, self.found = attrs.get("action", ""), True, True
        elif tag == "input" and self.inside and attrs.get("type", "").lower() == "hidden" and attrs.get("name"):
            self.hidden[attrs["name"]] = attrs.get("value", "")

    def handle_endtag(self, tag):
        if tag == "form":
            self.inside = False


def subscribe_from_the_page(run, email="ana@example.com"):
    """A visitor's browser: it loads the form page, keeps the cookies it sets, and submits the
    form (its hidden fields and the email) with the shop as Origin."""
    page = run.request("GET", PAGE)
    form = PostForm()
    form.feed(page.text)
    if page.status != 200 or not form.found:
        return None
    token = page.cookie("csrftoken")
    headers = {**FORM_POST, "Origin": SHOP, "Referer": PAGE}
    if token:
        headers["Cookie"] = f"csrftoken={token['value']}"
    return run.request("POST", urljoin(PAGE, form.action or PAGE), headers=headers,
                       body=urlencode({**form.hidden, "email": email}))


def redirected_to_thanks(response):
    return response is not None and response.status == 302 and response.headers.get("Location") == THANKS


@goal("The shop's own form works: submitted from /newsletter/ as a browser submits it, it gets 302 to /newsletter/thanks/")
def own_form_works(run):
    return redirected_to_thanks(subscribe_from_the_page(run))


@goal("A form on another site that posts to /newsletter/ gets 403 Forbidden")
def forged_refused(run):
    forged = run.request("POST", PAGE, headers={**FORM_POST, "Origin": "https://evil.example", "Referer": "https://evil.example/win-a-teapot.html"},
                         body=urlencode({"email": "victim@example.com"}))
    return forged.status == 403


@goal("A POST from the shop's own origin without the form's token gets 403 Forbidden too: the Origin alone is not enough")
def token_required(run):
    bare = run.request("POST", PAGE, headers={**FORM_POST, "Origin": SHOP, "Referer": PAGE}, body=urlencode({"email": "ana@example.com"}))
    return bare.status == 403
