"""HTML helpers: escaping (always, or unless the text is already safe), format_html(), JSON in
a <script>, strip_tags(), and turning plain text into paragraphs."""

import html as _stdlib_html
import json
import re
from html.parser import HTMLParser

from django.utils.functional import Promise, keep_lazy, keep_lazy_text
from django.utils.safestring import SafeData, SafeString, mark_safe


@keep_lazy(SafeString)
def escape(text):
    """`text` with & < > " ' as entities, always (even text already marked safe)."""
    return SafeString(_stdlib_html.escape(str(text)))


def conditional_escape(text):
    """escape(), except for what is already HTML (safe strings, objects with __html__)."""
    evaluated = str(text) if isinstance(text, Promise) else text
    as_html = getattr(evaluated, "__html__", None)
    return escape(evaluated) if as_html is None else as_html()


def format_html(format_string, *args, **kwargs):
    """str.format() with every argument conditionally escaped; the result is safe."""
    if not args and not kwargs:
        raise TypeError("args or kwargs must be provided.")
    escaped_args = [conditional_escape(arg) for arg in args]
    escaped_kwargs = {name: conditional_escape(value) for name, value in kwargs.items()}
    return mark_safe(format_string.format(*escaped_args, **escaped_kwargs))


def format_html_join(sep, format_string, args_generator):
    """format_html() of each item (a tuple of arguments, or a mapping), joined by `sep`."""
    pieces = (format_html(format_string, **item) if hasattr(item, "keys") else format_html(format_string, *item)
              for item in args_generator)
    return mark_safe(conditional_escape(sep).join(pieces))


# Characters escapejs writes as \uXXXX: the ones that could end a string or a <script>.
_JS_ESCAPED = {ord(c): "\\u%04X" % ord(c) for c in "\\'\"><&=-;`\u2028\u2029"}
_JS_ESCAPED.update({code: "\\u%04X" % code for code in range(32)})


@keep_lazy(SafeString)
def escapejs(value):
    """`value` made safe inside a JavaScript string literal."""
    return mark_safe(str(value).translate(_JS_ESCAPED))


_JSON_IN_SCRIPT = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


def json_script(value, element_id=None, encoder=None):
    """`value` as JSON inside <script type="application/json">, with < > & escaped so that the
    text cannot close the element."""
    from django.http.response import DjangoJSONEncoder  # Django's, kept there in our tree

    text = json.dumps(value, cls=encoder or DjangoJSONEncoder).translate(_JSON_IN_SCRIPT)
    if element_id:
        return format_html('<script id="{}" type="application/json">{}</script>', element_id, mark_safe(text))
    return format_html('<script type="application/json">{}</script>', mark_safe(text))


class _TextOnly(HTMLParser):
    """Keeps the text (and the entities, as written) of a document, drops its tags."""

    def __init__(self):
        HTMLParser.__init__(self, convert_charrefs=False)
        self.kept = []

    def handle_data(self, data):
        self.kept.append(data)

    def handle_entityref(self, name):
        self.kept.append(f"&{name};")

    def handle_charref(self, name):
        self.kept.append(f"&#{name};")


def _without_tags_once(value):
    parser = _TextOnly()
    parser.feed(value)
    parser.close()
    return "".join(parser.kept) + parser.rawdata


@keep_lazy_text
def strip_tags(value):
    """`value` without its HTML tags, stripped again until no tag is left (or none goes)."""
    text = str(value)
    while "<" in text and ">" in text:
        stripped = _without_tags_once(text)
        if stripped.count("<") == text.count("<"):  # nothing more goes
            return text
        text = stripped
    return text


_PARAGRAPH_BREAK = re.compile(r"\n{2,}")


@keep_lazy_text
def linebreaks(value, autoescape=False):
    """Plain text as HTML paragraphs: a blank line between paragraphs, <br> for a newline."""
    text = str(value).replace("\r\n", "\n").replace("\r", "\n")
    paragraphs = _PARAGRAPH_BREAK.split(text)
    shown = (escape(p) if autoescape else p for p in paragraphs)
    return "\n\n".join("<p>%s</p>" % p.replace("\n", "<br>") for p in shown)


def avoid_wrapping(value):
    """`value` with non-breaking spaces, so that it is never split across lines."""
    return "\xa0".join(value.split(" "))


def html_safe(klass):
    """A class decorator: its __str__ is its HTML (`__html__` returns str(self))."""
    own = vars(klass)
    if "__html__" in own:
        raise ValueError("can't apply @html_safe to %s because it defines __html__()." % klass.__name__)
    if "__str__" not in own:
        raise ValueError("can't apply @html_safe to %s because it doesn't define __str__()." % klass.__name__)
    plain_str = own["__str__"]
    klass.__str__ = lambda self: mark_safe(plain_str(self))
    klass.__html__ = klass.__str__
    return klass
