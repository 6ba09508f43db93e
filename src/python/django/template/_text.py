"""Text helpers of the template language (Django keeps them in django.utils.text, which
another part of our tree owns): splitting a tag into words, quoted strings as literals, lists
in prose, and shortening text for |truncatechars and |truncatewords."""

import re
import unicodedata

ELLIPSIS = "…"


def _closing_quote(text, at):
    """The index of the quote that closes the one at `at` (a backslash escapes), or None."""
    quote, index = text[at], at + 1
    while index < len(text):
        if text[index] == "\\":
            index += 2
        elif text[index] == quote:
            return index
        else:
            index += 1
    return None


def _word_end(text, start):
    """Where the word starting at `start` ends: at a space outside quotes. A quote that is
    never closed ends a word that had quotes already; otherwise the word runs to a space."""
    at, had_quotes = start, False
    while at < len(text) and not text[at].isspace():
        if text[at] not in "'\"":
            at += 1
            continue
        closing = _closing_quote(text, at)
        if closing is None:
            if had_quotes:
                return at
            while at < len(text) and not text[at].isspace():
                at += 1
            return at
        at, had_quotes = closing + 1, True
    return at


def smart_split(text):
    """The words of `text`, split at spaces except inside quotes: 'a "b c"' gives a, "b c"."""
    text, at = str(text), 0
    while at < len(text):
        if text[at].isspace():
            at += 1
            continue
        end = _word_end(text, at)
        yield text[at:end]
        at = end


def unescape_string_literal(s):
    """The text of a quoted literal: '"a \\"b\\""' gives 'a "b"'."""
    if not s or s[0] not in "\"'" or s[-1] != s[0]:
        raise ValueError("Not a string literal: %r" % s)
    quote = s[0]
    return s[1:-1].replace("\\" + quote, quote).replace("\\\\", "\\")


def get_text_list(items, last_word="or"):
    """'a, b or c'."""
    items = [str(item) for item in items]
    if len(items) < 2:
        return "".join(items)
    return "%s %s %s" % (", ".join(items[:-1]), last_word, items[-1])


def truncate_chars(text, length):
    """`text` cut to `length` characters, the last one an ellipsis when it was longer."""
    text = unicodedata.normalize("NFC", str(text))
    if length <= 0:
        return ""
    if len(text) <= length:
        return text
    return text[: length - 1] + ELLIPSIS


def truncate_words(text, count, ending=ELLIPSIS):
    """The first `count` words of `text` (spaces collapsed), `ending` after them if more."""
    words = str(text).split()
    if count <= 0:
        return ""
    kept = " ".join(words[:count])
    return kept + ending if len(words) > count else kept


# ---- |wordwrap ------------------------------------------------------------------------------------


def wrap(text, width):
    """Each line of `text` broken into lines of at most `width` characters, at spaces only (a
    longer word keeps its own line); the text's own line breaks stay, a final one too."""
    import textwrap

    wrapper = textwrap.TextWrapper(width=width, break_long_words=False, break_on_hyphens=False, replace_whitespace=False)
    lines = text.splitlines()
    wrapped = [piece for line in lines for piece in (wrapper.wrap(line) or [line])]
    return "\n".join(wrapped + ([""] if text.endswith("\n") else []))


# ---- |truncatechars_html and |truncatewords_html -----------------------------------------------
#
# The HTML is read by html.parser as Django reads it: tags are kept (an end tag as </name>),
# comments dropped, character references decoded and the text escaped again. Text is counted
# until the budget runs out; the run of text that does not fit is cut, the ending follows and
# the tags still open are closed, the most recent first. What the parser has not finished at
# the end of the HTML (an unclosed "<b") is dropped.

_VOID = frozenset("area base br col embed hr img input link meta param source track wbr".split())


def _html_events(html):
    """("open", text, tag), ("close", "</tag>", tag) and ("text", decoded text, None)."""
    from html.parser import HTMLParser

    events = []

    class Reader(HTMLParser):
        def handle_starttag(self, tag, attrs):
            events.append(("open", self.get_starttag_text(), tag))

        def handle_startendtag(self, tag, attrs):
            events.append(("open", self.get_starttag_text(), tag))
            events.append(("close", f"</{tag}>", tag))

        def handle_endtag(self, tag):
            events.append(("close", f"</{tag}>", tag))

        def handle_data(self, data):
            events.append(("text", data, None))

    Reader(convert_charrefs=True).feed(html)
    return [event for event in events if event[2] not in _VOID or event[0] == "open"]


def _html_cut(html, budget, take, ending, unless_there=False):
    """Walk the HTML; `take(text, budget, output so far)` gives (text to add, budget left), or
    (text, None) to stop there, or (text, "end") to stop without the ending (`unless_there`:
    nor when the text ends with it already)."""
    from html import escape

    output, still_open = "", []
    for kind, text, tag in _html_events(html):
        if kind == "open":
            output += text
            still_open += [] if tag in _VOID else [tag]
            continue
        if kind == "close":
            output += text
            if tag in still_open:
                del still_open[len(still_open) - 1 - still_open[::-1].index(tag)]
            continue
        kept, budget = take(text, budget, output)
        if budget is None or budget == "end":
            shown = kept if budget == "end" else escape(kept)
            tail = "" if budget == "end" or (unless_there and shown.endswith(ending)) else ending
            return output + shown + tail + "".join(f"</{tag}>" for tag in reversed(still_open))
        output += escape(kept)
    return output


def truncate_html_chars(html, length):
    """|truncatechars_html: at most `length` characters of text, the ellipsis counted."""
    if length <= 0:
        return ""
    html = unicodedata.normalize("NFC", html)
    counted = [0]

    def take(text, budget, output):
        counted[0] += len(text)
        if counted[0] == length and len(output) + len(text) == len(html):
            return text, "end"  # the text ends exactly at the limit, nothing changed: no ellipsis
        return (text, budget - len(text)) if len(text) <= budget else (text[:budget], None)

    return _html_cut(html, length - 1, take, ELLIPSIS)


def truncate_html_words(html, count):
    """|truncatewords_html: the first `count` words of text; the spaces between words in a run
    of text become one (a run that is only spaces counts as a word)."""
    if count <= 0:
        return ""

    def take(text, budget, output):
        words = re.split(r"(?<=\S)\s+(?=\S)", text)
        if len(words) <= budget:
            return " ".join(words), budget - len(words)
        return " ".join(words[:budget]), None

    return _html_cut(html, count, take, " " + ELLIPSIS, unless_there=True)
