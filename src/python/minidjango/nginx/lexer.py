"""nginx's configuration syntax, cut into tokens as nginx reads it.

What nginx does (found by running it, see tests/engine/nginx-differential.test.ts):
- blanks are space, tab, CR and LF; only LF starts a new line;
- `;` ends a directive, `{` opens a block (also right after a word: `location /{`), `}` closes
  one, but only between words: inside a word `}` is an ordinary character, and so is `{` right
  after `$` (`${name}`);
- `#` starts a comment only where a word could start (`a#b` is one word);
- a word or a quoted string may hold any character after a backslash; `\\"`, `\\'`, `\\\\`,
  `\\t`, `\\r`, `\\n` become the character they name, any other pair stays as written;
- a quoted string must be followed by a blank, `;`, `{` or `)` (which starts the next word);
- nginx reads through a 4096-byte buffer: a word, quoted string or comment that fills it while
  more of the file follows is "too long".

The lexer stops at the first thing nginx would refuse and ends the token list with it, so that
the parser reports it only when it gets there (nginx reports whatever comes first in the file).
"""

import bisect
import re

BUFFER = 4096

# token kinds
WORD, SEMI, OPEN, CLOSE, EOF, ERROR = "word", ";", "{", "}", "eof", "error"

_TOKEN = re.compile(
    r"""[ \t\r\n]*(?:
        (?P<word>(?:[^ \t\r\n;{}"'\#\\$]|\\[\s\S]?|\$\{?)(?:[^ \t\r\n;{\\$]+|\\[\s\S]?|\$\{?)*)
      | (?P<punct>[;{}])
      | (?P<comment>\#[^\n]*)
      | (?P<quoted>"[^"\\]*(?:\\[\s\S][^"\\]*)*"|'[^'\\]*(?:\\[\s\S][^'\\]*)*')
      | (?P<open_quote>["'])
    )""",
    re.X,
)
_ESCAPE = re.compile(r"\\(.)", re.S)
_ESCAPED = {'"': '"', "'": "'", "\\": "\\", "t": "\t", "r": "\r", "n": "\n"}
_AFTER_QUOTE_OK = frozenset(" \t\r\n;{)")


#: A token is a tuple (kind, value, start, end, quoted): kind WORD, SEMI, OPEN, CLOSE, EOF or
#: ERROR (value: nginx's message), start and end character offsets into the file's text.
KIND, VALUE, START, END, QUOTED = range(5)


def unescape(raw):
    if "\\" not in raw:
        return raw
    return _ESCAPE.sub(lambda m: _ESCAPED.get(m.group(1), m.group(0)), raw)


class Lines:
    """Offsets -> nginx's line numbers (only LF counts)."""

    def __init__(self, text):
        self.text = text
        self._breaks = None

    @property
    def breaks(self):
        if self._breaks is None:
            self._breaks = [m.start() for m in re.finditer("\n", self.text)]
        return self._breaks

    def line_of(self, offset):
        return bisect.bisect_left(self.breaks, offset) + 1


def tokenize(text):
    """The tokens of a file, ending with EOF or with the ERROR nginx stops at."""
    lines = Lines(text)
    tokens = []
    append = tokens.append
    size = len(text)
    byte_size = None
    long_token = BUFFER // 4
    for m in _TOKEN.finditer(text):
        group = m.lastindex
        pos = m.start(group)
        end = m.end()
        if end - pos >= long_token or group == _OPEN_QUOTE:  # may fill nginx's 4096-byte buffer: count bytes
            if group == _OPEN_QUOTE:
                end = size
            if byte_size is None:
                byte_size = len(text.encode("utf-8", "surrogatepass"))
            problem = _too_long(text, pos, end, _KINDS[group], byte_size)
            if problem:
                append((ERROR, problem, pos, pos + 1, False))
                return tokens, lines
        if group == _WORD:
            value = m.group(group)
            append((WORD, unescape(value) if "\\" in value else value, pos, end, False))
        elif group == _PUNCT:
            char = _PUNCT_KIND[text[pos]]
            append((char, char, pos, end, False))
        elif group == _QUOTED:
            append((WORD, unescape(text[pos + 1 : end - 1]), pos, end, True))
            if end < size and text[end] not in _AFTER_QUOTE_OK:
                append((ERROR, f'unexpected "{text[end]}"', end, end + 1, False))
                return tokens, lines
        elif group == _OPEN_QUOTE:  # a quote that never closes: the rest of the file is its text
            append((WORD, unescape(text[pos + 1 :]), pos, size, True))
            break
    append((EOF, None, size, size, False))
    return tokens, lines


_PUNCT_KIND = {";": SEMI, "{": OPEN, "}": CLOSE}
_KINDS = {index: name for name, index in _TOKEN.groupindex.items()}
_WORD, _PUNCT, _QUOTED, _OPEN_QUOTE = (_TOKEN.groupindex[k] for k in ("word", "punct", "quoted", "open_quote"))


def _too_long(text, start, end, kind, byte_size):
    """nginx's answer when a token fills its 4096-byte buffer while the file goes on, else None."""
    if kind not in ("comment", "word", "quoted", "open_quote"):
        return None
    quoted = kind in ("quoted", "open_quote")
    begin = start + 1 if quoted else start  # nginx counts a quoted string from after its quote
    head = text[begin:end].encode("utf-8", "surrogatepass")
    if len(head) < BUFFER:
        return None
    before = len(text[:begin].encode("utf-8", "surrogatepass"))
    if byte_size - before <= BUFFER:
        return None  # nginx reaches the end of the file first
    if quoted and (kind == "open_quote" or len(head) - 1 >= BUFFER):
        return f'too long parameter, probably missing terminating "{text[start]}" character'
    return f'too long parameter "{head[:10].decode("utf-8", "replace")}..." started'
