"""Reading a URL regex backwards, for reverse(): normalize() turns a pattern into the format
strings that reverse() fills in ('^blog/(?P<slug>[-\\w]+)/$' gives [('blog/%(slug)s/', ['slug'])]).

It is a sketch of the regex, not a decompiler, and its rules are Django's:

- a capturing group becomes a parameter: `%(name)s`, or `%(_0)s`, `%(_1)s`... for unnamed ones,
  numbered from the left; its contents are not read. `(?P=name)` becomes `%(name)s` too, but
  without a parameter of its own;
- a repeated piece is written the smallest number of times it may occur: never for `*`, `?` and
  `{0,...}`, except that an optional piece holding a group gives two spellings, without it and
  with it once;
- a character class is written as its first character, an escape such as `\\d` as a sample of
  what it matches (ESCAPE_MAPPINGS), and `\\b`, `\\A`, `\\Z` as nothing; '.' stays '.';
- look-aheads and look-behinds are left out, '^' is ignored and '$' ends the pattern;
- a '|' outside a capturing group makes the pattern unreadable: one empty spelling;
- flags such as `(?i)` and comments `(?#...)` are refused with ValueError.
"""

import re
from itertools import groupby, product

from django.utils.functional import SimpleLazyObject

# What an escape stands for in a reversed URL; None means it matches no character at all.
# Any other escaped character stands for itself.
ESCAPE_MAPPINGS = {
    "A": None,
    "b": None,
    "B": None,
    "d": "0",
    "D": "x",
    "s": " ",
    "S": "x",
    "w": "x",
    "W": "!",
    "Z": None,
}


class Choice(list):
    """Alternatives at one place of the pattern; None stands for "nothing here"."""


class Group(list):
    """A capturing group: [its format string ('%(name)s'), its parameter name or None]."""


class NonCapture(list):
    """The pieces of a (?:...) group, kept together so that a quantifier applies to all of them."""


class _Unreadable(Exception):
    """A '|' outside any capturing group: there is no single way to spell the pattern."""


class _Tokens:
    """The pattern as (character, escaped) pairs, with escapes already replaced by what they
    stand for. Running out of characters raises _Ended wherever it happens: reading then stops
    with what it has, as for a pattern cut short."""

    class _Ended(Exception):
        pass

    def __init__(self, pattern):
        self.pairs = []
        chars = iter(pattern)
        for ch in chars:
            if ch == "\\":
                ch = next(chars, None)
                if ch is None:  # a trailing backslash: an error, once reading gets there
                    self.pairs.append(None)
                    break
                stands_for = ESCAPE_MAPPINGS.get(ch, ch)
                if stands_for is not None:
                    self.pairs.append((stands_for, True))
            else:
                self.pairs.append((ch, False))
        self.position = 0

    def take(self):
        if self.position >= len(self.pairs):
            raise self._Ended
        pair = self.pairs[self.position]
        if pair is None:
            raise RuntimeError("generator raised StopIteration")
        self.position += 1
        return pair

    def peek_char(self):
        """The next character, or None at the end (without taking it)."""
        if self.position < len(self.pairs):
            if self.pairs[self.position] is None:
                raise RuntimeError("generator raised StopIteration")
            return self.pairs[self.position][0]
        return None

    def skip_past(self, closer):
        """Take characters up to and including the first unescaped `closer`."""
        while self.take() != (closer, False):
            pass

    def skip_group_body(self, depth):
        """Move past the ')' that closes the group whose body we are in; `depth` counts groups
        already opened inside it. Escaped characters never open or close anything."""
        while True:
            ch, escaped = self.take()
            if escaped:
                continue
            if ch == "(":
                depth += 1
            elif ch == ")":
                if depth == 0:
                    return
                depth -= 1


class _Sketch:
    """Reads a pattern into a list of pieces: single characters, Group, NonCapture, Choice."""

    def __init__(self, pattern):
        self.tokens = _Tokens(pattern)
        self.pieces = []
        self.open_groups = []  # where each (?:...) still open started, in self.pieces
        self.unnamed = 0

    def read(self):
        tokens = self.tokens
        try:
            ch, escaped = tokens.take()
            while True:
                reread = self.step(ch, escaped)
                if reread is None:
                    ch, escaped = tokens.take()
                elif reread is _STOP:
                    break
                else:
                    # A quantifier looked one character ahead: that character is read again,
                    # as a plain (unescaped) one.
                    ch, escaped = reread, False
        except _Tokens._Ended:
            pass
        return self.pieces

    def step(self, ch, escaped):
        """Handle one character; the character to read again, _STOP, or None."""
        handle = _Sketch.on_plain if escaped else _HANDLERS.get(ch, _Sketch.on_plain)
        return handle(self, ch)

    def on_plain(self, ch):
        self.pieces.append(ch)
        return None

    def on_bar(self, ch):
        raise _Unreadable

    def on_caret(self, ch):
        return None

    def on_dollar(self, ch):
        return _STOP

    def on_close(self, ch):
        start = self.open_groups.pop()
        self.pieces[start:] = [NonCapture(self.pieces[start:])]
        return None

    def on_class(self, ch):
        first, _ = self.tokens.take()
        self.pieces.append(first)
        self.tokens.skip_past("]")
        return None

    def on_open(self, ch):
        tokens = self.tokens
        ch, escaped = tokens.take()
        if escaped or ch != "?":
            self.add_parameter("_%d" % self.unnamed)
            self.unnamed += 1
            # The first character of the body is already taken: an opening '(' there counts.
            tokens.skip_group_body(1 if ch == "(" else 0)
            return None
        ch, _ = tokens.take()
        if ch in "!=<":  # a look-around (or a (?<name>...) Python does not have)
            tokens.skip_group_body(0)
        elif ch == ":":
            self.open_groups.append(len(self.pieces))
        elif ch == "P":
            self.on_named()
        else:
            raise ValueError("Non-reversible reg-exp portion: '(?%s'" % ch)
        return None

    def on_named(self):
        tokens = self.tokens
        kind, _ = tokens.take()
        if kind not in "<=":
            raise ValueError("Non-reversible reg-exp portion: '(?P%s'" % kind)
        end = ">" if kind == "<" else ")"
        name = []
        ch, _ = tokens.take()
        while ch != end:
            name.append(ch)
            ch, _ = tokens.take()
        name = "".join(name)
        if kind == "<":
            self.add_parameter(name)
            tokens.skip_group_body(0)
        else:  # (?P=name): the same text again, not a parameter of its own
            self.pieces.append(Group(("%%(%s)s" % name, None)))

    def add_parameter(self, name):
        self.pieces.append(Group(("%%(%s)s" % name, name)))

    def on_quantifier(self, ch):
        fewest, reread = self.read_quantifier(ch)
        if fewest == 0:
            if _holds_group(self.pieces[-1]):
                self.pieces[-1] = Choice([None, self.pieces[-1]])
            else:
                self.pieces.pop()
        elif fewest > 1:
            self.pieces.extend([self.pieces[-1]] * (fewest - 1))
        return reread

    def read_quantifier(self, ch):
        """(the fewest occurrences the quantifier allows, the character after it or None)."""
        tokens = self.tokens
        bounds = []
        if ch == "{":
            c, _ = tokens.take()
            while c != "}":
                bounds.append(c)
                c, _ = tokens.take()
        after = tokens.peek_char()
        if after is not None:
            tokens.take()
        if after == "?":  # lazy: the same fewest occurrences
            after = None
        if ch == "{":
            return int("".join(bounds).split(",")[0]), after
        return (1 if ch == "+" else 0), after


_STOP = object()
_HANDLERS = {
    "|": _Sketch.on_bar,
    "^": _Sketch.on_caret,
    "$": _Sketch.on_dollar,
    ")": _Sketch.on_close,
    "[": _Sketch.on_class,
    "(": _Sketch.on_open,
    **dict.fromkeys("*?+{", _Sketch.on_quantifier),
}


def _holds_group(piece):
    """A Group, or a NonCapture with one somewhere in its direct (non-optional) pieces."""
    if isinstance(piece, Group):
        return True
    return isinstance(piece, NonCapture) and any(_holds_group(inner) for inner in piece)


def _spellings(piece):
    """Every (text, parameters) that `piece` can be written as, in order."""
    if piece is None:  # an optional part left out: spelt as nothing at all
        return _sequence_spellings(())
    if isinstance(piece, str):
        return [(piece, [])]
    if isinstance(piece, Group):
        text, name = piece
        return [(text, [name] if name else [])]
    if isinstance(piece, Choice):
        return [spelling for option in piece for spelling in _spellings(option)]
    return _sequence_spellings(piece)


def _sequence_spellings(pieces):
    """The spellings of pieces written one after the other: each combination of theirs, the
    earlier pieces' choices varying slowest."""
    options = []
    for is_text, run in groupby(pieces, key=lambda piece: isinstance(piece, str)):
        if is_text:  # consecutive characters: one way to write them
            options.append([("".join(run), [])])
        else:
            options.extend(map(_spellings, run))
    return [
        ("".join(text for text, _ in combination), [name for _, names in combination for name in names])
        for combination in product(*options)
    ]


def normalize(pattern):
    """A list of (format string, [parameter names]) pairs: the ways reverse() may write `pattern`."""
    try:
        pieces = _Sketch(pattern).read()
    except _Unreadable:
        pieces = ()  # written as nothing
    return _sequence_spellings(pieces)


def _lazy_re_compile(regex, flags=0):
    """A regex compiled the first time it is used."""

    def compile_now():
        if isinstance(regex, (str, bytes)):
            return re.compile(regex, flags)
        if flags:
            raise AssertionError("flags must be empty if regex is passed pre-compiled")
        return regex

    return SimpleLazyObject(compile_now)
