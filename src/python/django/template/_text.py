"""Text helpers of the template language (Django keeps them in django.utils.text, which
another part of our tree owns): splitting a tag into words, quoted strings as literals, lists
in prose, and shortening text for |truncatechars and |truncatewords."""

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
