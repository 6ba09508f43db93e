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

#: The blanks before a token, and the token. Every character is a blank or starts a token, so
#: the matches follow one another through the whole text: their lengths give each one's place.
_TOKEN = re.compile(
    r"""([ \t\r\n]*+)(
        (?:[^ \t\r\n;{}"'\#\\$]|\\[\s\S]?|\$\{?)                                      # a word: its first character,
        [^ \t\r\n;{\\$]*+(?:(?:\\[\s\S]?|\$\{?)[^ \t\r\n;{\\$]*+)*+                   # then escapes and $ among the rest
      | [;{}]
      | \#[^\n]*+                                                                     # a comment
      | "[^"\\]*+(?:\\[\s\S][^"\\]*+)*+" | '[^'\\]*+(?:\\[\s\S][^'\\]*+)*+'           # a quoted string
      | ["']                                                                          # a quote never closed
    )""",
    re.X,
)
_ESCAPE = re.compile(r"\\(.)", re.S)
_ESCAPED = {'"': '"', "'": "'", "\\": "\\", "t": "\t", "r": "\r", "n": "\n"}
_AFTER_QUOTE_OK = frozenset(" \t\r\n;{)")
_ENDS = {";": SEMI, "{": OPEN, "}": CLOSE}
_QUOTES = frozenset("\"'")
#: What a token is, by its first character (a word: none of these).
_KIND_OF_FIRST = {**_ENDS, "#": "comment", '"': "quoted", "'": "quoted"}
#: A token this long may fill nginx's 4096-byte buffer (a character is at most 4 bytes).
_MAY_BE_TOO_LONG = BUFFER // 4


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
    """The directives of a file as nginx reads them: a list of (words, end), `words` the WORD
    tokens of one directive and `end` the token after them (`;`, `{` or `}`; last, EOF or the
    ERROR nginx stops at)."""
    directives = []
    words = []
    kind_of_first = _KIND_OF_FIRST.get
    end = 0
    byte_size = None
    for blanks, token in _TOKEN.findall(text):
        start = end + len(blanks)
        end = start + len(token)
        kind = kind_of_first(token[0])
        if kind is None and end - start < _MAY_BE_TOO_LONG:  # most tokens: a word
            words.append((WORD, token if "\\" not in token else unescape(token), start, end, False))
            continue
        if kind is SEMI or kind is OPEN or kind is CLOSE:
            directives.append((words, (kind, kind, start, end, False)))
            words = []
            continue
        if end - start >= _MAY_BE_TOO_LONG or token in _QUOTES:
            if byte_size is None:
                byte_size = len(text.encode("utf-8", "surrogatepass"))
            problem = _too_long(text, start, end, token, byte_size)
            if problem:
                directives.append((words, (ERROR, problem, start, start + 1, False)))
                return directives, Lines(text)
        if kind is None:
            words.append((WORD, token if "\\" not in token else unescape(token), start, end, False))
        elif kind == "comment":
            continue
        elif token in _QUOTES:  # a quote that never closes: the rest of the file is its text
            words.append((WORD, unescape(text[start + 1 :]), start, len(text), True))
            break
        else:
            words.append((WORD, unescape(token[1:-1]), start, end, True))
            if end < len(text) and text[end] not in _AFTER_QUOTE_OK:
                directives.append((words, (ERROR, f'unexpected "{text[end]}"', end, end + 1, False)))
                return directives, Lines(text)
    directives.append((words, (EOF, None, len(text), len(text), False)))
    return directives, Lines(text)


def _too_long(text, start, end, token, byte_size):
    """nginx's answer when a token fills its 4096-byte buffer while the file goes on, else None."""
    quoted = token[0] in _QUOTES
    if token in _QUOTES:  # never closed: it runs to the end of the file
        end = len(text)
    begin = start + 1 if quoted else start  # nginx counts a quoted string from after its quote
    head = text[begin:end].encode("utf-8", "surrogatepass")
    if len(head) < BUFFER:
        return None
    before = len(text[:begin].encode("utf-8", "surrogatepass"))
    if byte_size - before <= BUFFER:
        return None  # nginx reaches the end of the file first
    if quoted and (token in _QUOTES or len(head) - 1 >= BUFFER):
        return f'too long parameter, probably missing terminating "{text[start]}" character'
    return f'too long parameter "{head[:10].decode("utf-8", "replace")}..." started'
