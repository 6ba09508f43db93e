"""The .env syntax, read by hand one statement at a time.

A statement is one of
    # a comment
    [export ]KEY[ = VALUE][ # comment]
where KEY is a run of characters other than whitespace, `=` and `#`, or anything between single
quotes; VALUE is 'single-quoted', "double-quoted" (both may span lines) or the rest of the line.
A statement that is none of these is reported (with the line it starts on) and skipped to the
end of its line. Statements are separated by any whitespace.
"""

import logging

logger = logging.getLogger("dotenv.main")

#: What a backslash sequence stands for inside each kind of quotes (others stay as written).
ESCAPES = {
    "'": {"\\": "\\", "'": "'"},
    '"': {"\\": "\\", "'": "'", '"': '"', "a": "\a", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t", "v": "\v"},
}

LINE_ENDS = "\r\n"


class Unparsable(Exception):
    """The statement at hand breaks the syntax."""


def is_blank(char):
    """Space inside a line: whitespace that does not end it."""
    return char.isspace() and char not in LINE_ENDS


def is_key_char(char):
    return not char.isspace() and char not in "=#"


class Scanner:
    """A position in the text, and the statements read from there on."""

    def __init__(self, text):
        self.text = text.removeprefix("\ufeff")
        self.pos = 0
        self.line = 1  # the line the next statement is counted as starting on

    # ---- moving through the text ----

    def char(self, offset=0):
        index = self.pos + offset
        return self.text[index] if index < len(self.text) else ""

    def take(self, accept):
        start = self.pos
        while self.pos < len(self.text) and accept(self.text[self.pos]):
            self.pos += 1
        return self.text[start:self.pos]

    def rest_of_line(self):
        return self.take(lambda char: char not in LINE_ENDS)

    def line_end(self):
        """Step over one line ending (\\r\\n counts as one); False if the line goes on."""
        if self.text.startswith("\r\n", self.pos):
            self.pos += 2
        elif self.char() in ("\r", "\n"):
            self.pos += 1
        elif self.pos < len(self.text):
            return False
        return True

    def skip_broken_line(self):
        """After a statement that does not parse: the rest of its line and one line-ending
        character (of a \\r\\n only the \\r: python-dotenv then counts the \\n as one more line)."""
        self.rest_of_line()
        if self.char() in ("\r", "\n"):
            self.pos += 1

    def count_lines(self, start):
        passed = self.text[start:self.pos]
        self.line += passed.count("\n") + passed.count("\r") - passed.count("\r\n")

    # ---- statements ----

    def entries(self):
        """(key, value) for each binding, in order; value is None for a key without `=`."""
        while True:
            start = self.pos
            self.take(str.isspace)
            if self.pos >= len(self.text):
                return
            try:
                entry = self.statement()
            except Unparsable:
                logger.warning("python-dotenv could not parse statement starting at line %s", self.line)
                self.skip_broken_line()
                entry = None
            self.count_lines(start)
            if entry is not None:
                yield entry

    def statement(self):
        if self.char() != "#":
            self.export_word()
        if self.char() == "#":
            self.rest_of_line()
            self.line_end()
            return None
        key = self.key()
        self.take(is_blank)
        value = None
        if self.char() == "=":
            self.pos += 1
            value = self.value()
        self.end_of_statement()
        return key, value

    def export_word(self):
        """`export ` in front of a key changes nothing; `export` alone is a key."""
        if self.text.startswith("export", self.pos) and is_blank(self.char(6)):
            self.pos += 6
            self.take(is_blank)

    def key(self):
        if self.char() == "'":
            close = self.text.find("'", self.pos + 1)
            if close <= self.pos + 1:
                raise Unparsable
            key, self.pos = self.text[self.pos + 1:close], close + 1
            return key
        key = self.take(is_key_char)
        if not key:
            raise Unparsable
        return key

    def value(self):
        spaced = bool(self.take(is_blank))
        quote = self.char()
        if quote in ESCAPES:
            return self.quoted(quote)
        text = self.rest_of_line()
        if spaced and text.startswith("#"):
            return ""
        return without_comment(text)

    def quoted(self, quote):
        """The value between two quotes; a backslash keeps the next character from closing it."""
        index = self.pos + 1
        while index < len(self.text) and self.text[index] != quote:
            index += 2 if self.text[index] == "\\" else 1
        if index >= len(self.text):
            raise Unparsable
        raw, self.pos = self.text[self.pos + 1:index], index + 1
        return unescape(raw, ESCAPES[quote])

    def end_of_statement(self):
        self.take(is_blank)
        if self.char() == "#":
            self.rest_of_line()
        if not self.line_end():
            raise Unparsable


def without_comment(text):
    """An unquoted value ends where ` #` (any whitespace, then #) starts a comment."""
    for index in range(1, len(text)):
        if text[index] == "#" and text[index - 1].isspace():
            text = text[:index]
            break
    return text.rstrip()


def unescape(raw, table):
    out, index = [], 0
    while index < len(raw):
        pair = raw[index:index + 2]
        if len(pair) == 2 and pair[0] == "\\" and pair[1] in table:
            out.append(table[pair[1]])
            index += 2
        else:
            out.append(raw[index])
            index += 1
    return "".join(out)


def expand(value, lookup):
    """Replace each ${NAME} or ${NAME:-default}; lookup(name) gives a value or None when unset.

    NAME runs to the first `}` or `:`; anything else after `${` (as `${A:x}`) stays as written.
    """
    out, index = [], 0
    while True:
        start = value.find("${", index)
        close = value.find("}", start + 2) if start >= 0 else -1
        if close < 0:
            out.append(value[index:])
            return "".join(out)
        name, colon, default = value[start + 2:close].partition(":")
        if colon and not default.startswith("-"):
            out.append(value[index:start + 1])
            index = start + 1
            continue
        found = lookup(name)
        out.append(value[index:start])
        out.append(found if found is not None else default[1:])
        index = close + 1
