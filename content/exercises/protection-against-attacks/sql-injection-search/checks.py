import re
from html import unescape
from urllib.parse import urlencode

from minidjango.exercises import goal

SHOP = "https://shop.example.com"

#: The three pages and the parameter each reads.
PAGES = {"search": ("/search/", "q"), "origin": ("/origin/", "country"), "kind": ("/kind/", "kind")}
#: What each should list: the published teas whose field matches the value (a lookup of the
#: ORM), by name, as the ORM finds them on the exercise's data.
FIELDS = {"search": "name__icontains", "origin": "origin", "kind": "kind"}

ORDINARY = {
    "search": ["Dragon", "grandpa's", "", "matcha"],
    "origin": ["China", "Japan"],
    "kind": ["green", "white"],
}

ATTACKS = {
    "search": [
        "' OR '1'='1",  # a tautology: every row, drafts included
        "' OR 1=1 --",  # a comment swallows the rest of the query
        "' UNION SELECT id, password, username, email, 1, 1 FROM auth_user --",
        "'; DELETE FROM shop_tea; --",  # stacked statements
        # boolean probing: the answer tells whether admin's hash starts with "p"
        "Dragon%' AND (SELECT substr(password, 1, 1) FROM auth_user WHERE username = 'admin') = 'p' --",
    ],
    "origin": [
        "' OR ''='",
        "' UNION SELECT password FROM auth_user --",
        "China'; DROP TABLE auth_user; --",
        "China' AND substr((SELECT password FROM auth_user WHERE username = 'admin'), 1, 1) = 'p' --",
    ],
    "kind": [
        "x' OR 'a'='a",
        "green') OR 1=1 --",
        "x') UNION SELECT 1, password, username, email, 1, 1 FROM auth_user --",
    ],
}

EXPECTED = """
from shop.models import Tea

result = {
    (page, value): list(Tea.objects.filter(published=True, **{field: value}).order_by("name").values_list("name", flat=True))
    for page, field, values in pages
    for value in values
}
"""

#: The one outcome of the whole battery for the run being judged: {(page, value): (listed, expected)}.
_judged = {"run": None, "outcomes": None}


def listed(response):
    """The teas a page lists, or None when it is not a page of teas."""
    if response.status != 200:
        return None
    return [unescape(name) for name in re.findall(r'<li class="tea">(.*?)</li>', response.text, re.S)]


def outcomes(run):
    """Every search of the battery sent to the reader's project (one process, as a server
    answers them), beside what the ORM finds for it on the exercise's data."""
    if _judged["run"] is not run:
        searches = [(page, value) for group in (ORDINARY, ATTACKS) for page, values in group.items() for value in values]
        right = run.query(EXPECTED, pages=[(page, FIELDS[page], [v for p, v in searches if p == page]) for page in PAGES])
        responses = run.requests([("GET", f"{SHOP}{PAGES[page][0]}?{urlencode({PAGES[page][1]: value})}") for page, value in searches])
        _judged.update(run=run, outcomes={search: (listed(response), right[search]) for search, response in zip(searches, responses)})
    return _judged["outcomes"]


def answers_right(run, page, values):
    found = outcomes(run)
    return all(found[(page, value)][0] == found[(page, value)][1] for value in values)


@goal("Ordinary searches list exactly the published teas they should, Grandpa's included, on all three pages")
def ordinary(run):
    return all(answers_right(run, page, values) for page, values in ORDINARY.items())


@goal("/search/?q= lists exactly the right teas for each attack: tautologies, a comment, a UNION against auth_user, stacked statements, boolean probing")
def search_safe(run):
    return answers_right(run, "search", ATTACKS["search"])


@goal("/origin/?country= lists exactly the right teas for each attack")
def origin_safe(run):
    return answers_right(run, "origin", ATTACKS["origin"])


@goal("/kind/?kind= lists exactly the right teas for each attack")
def kind_safe(run):
    return answers_right(run, "kind", ATTACKS["kind"])
