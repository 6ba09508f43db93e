"""Reading a configuration as `nginx -t` does: statement by statement, stopping at the first
emergency, with the checks nginx makes when a block, the http block and the whole file end.

nginx reads and acts in one pass: a directive is checked (context, `;` or `{`, number of
arguments, then its own handler) as soon as its `;` or `{` is read, so whatever comes first in
the file is what nginx reports, and the line it names is the line of that `;` or `{`. An
`include` reads the named files in place; a block must end in the file it starts in.
"""

from minidjango.nginx.lexer import CLOSE, EOF, ERROR, OPEN, SEMI

#: How many included files can be open at once: Debian's default limit of 1024 open files,
#: less stdin, stdout, stderr and the main file. nginx does not notice an `include` cycle: it
#: nests until open() fails (under a higher limit it overflows its stack and crashes).
MAX_OPEN_INCLUDES = 1020


class Emerg(Exception):
    """What stops nginx: `[emerg] message` (or `[crit]`), with the place nginx names."""

    def __init__(self, message, at=None, level="emerg", line=True):
        super().__init__(message)
        self.message = message
        self.at = at  # a Where, or None
        self.level = level
        self.show_line = line  # False: nginx gives no "in FILE:LINE"


class Where:
    """A place in a file: nginx's line (given, or that of the character at offset `line_at`),
    and the characters an editor should mark."""

    __slots__ = ("source", "start", "end", "_line", "line_at")

    def __init__(self, source, start, end, line=None, line_at=None):
        self.source = source
        self.start = start
        self.end = end
        self._line = line
        self.line_at = line_at

    @property
    def line(self):
        if self._line is None and self.line_at is not None:
            self._line = self.source.lines.line_of(self.line_at)
        return self._line


class Statement:
    """One directive as read: its name and argument tokens, and the `;` or `{` that ended it."""

    __slots__ = ("tokens", "end", "source", "name", "args")

    def __init__(self, tokens, end, source):
        self.tokens = tokens  # (kind, value, start, end, quoted) tuples (lexer.py)
        self.end = end
        self.source = source
        self.name = tokens[0][1]
        self.args = [t[1] for t in tokens[1:]]

    @property
    def line(self):
        return self.source.lines.line_of(self.end[2])

    @property
    def opens_block(self):
        return self.end[0] is OPEN

    def span(self, first=0, last=None):
        """(start, end) offsets of tokens[first..last]."""
        last = len(self.tokens) - 1 if last is None else last
        return self.tokens[first][2], self.tokens[last][3]

    def where(self, first=0, last=None):
        """nginx's line for this directive, marking tokens[first..last] (default: all of it)."""
        start, end = self.span(first, last)
        return Where(self.source, start, end, line_at=self.end[2])

    def at_arg(self, index):
        """The place of argument `index` (0-based, after the name)."""
        return self.where(index + 1, index + 1)

    def fail(self, message, arg=None):
        raise Emerg(message, self.at_arg(arg) if arg is not None else self.where())


class Block:
    """An open block: its context, what the directives in it set, and what ends it."""

    def __init__(self, context, data, frame, statement=None, on_close=None, custom=None):
        self.context = context
        self.data = data
        self.frame = frame
        self.statement = statement
        self.on_close = on_close
        self.custom = custom
        self.seen = {}  # directive name -> the first Statement that set it here
        self.values = getattr(data, "values", None)  # the model's record of what was set, if it keeps one


class Frame:
    """The files one `include` reads, one after the other (a glob may match several)."""

    __slots__ = ("sources", "index", "source", "directives", "pos", "depth")

    def __init__(self, sources, depth):
        self.sources = sources
        self.index = 0
        self.depth = depth  # how many blocks were open when the include was read
        self.start(sources[0])

    def start(self, source):
        self.source = source
        self.directives = source.directives
        self.pos = 0

    def next_file(self):
        self.index += 1
        if self.index >= len(self.sources):
            return False
        self.start(self.sources[self.index])
        return True


class Finding:
    __slots__ = ("level", "message", "where", "show_line")

    def __init__(self, level, message, where=None, show_line=True):
        self.level = level
        self.message = message
        self.where = where
        self.show_line = show_line and where is not None


class Reader:
    """Reads the files statement by statement and hands each directive to its handler."""

    def __init__(self, fs, table, dispatch_hook=None):
        self.fs = fs
        self.table = table
        self.frames = []
        self.blocks = []
        self.findings = []

    # -- what handlers call -------------------------------------------------------------------

    @property
    def block(self):
        return self.blocks[-1]

    def warn(self, message, where=None, show_line=True):
        self.findings.append(Finding("warn", message, where, show_line))

    def open_block(self, context, data, statement, on_close=None, custom=None):
        block = Block(context, data, self.frames[-1], statement, on_close, custom)
        self.blocks.append(block)
        return block

    def include(self, sources, statement):
        """Read `sources` here, in the current block, one after the other."""
        if not sources:
            return
        if len(self.frames) > MAX_OPEN_INCLUDES:
            raise Emerg(f'open() "{sources[0].path}" failed (24: Too many open files)', statement.where())
        self.frames.append(Frame(sources, len(self.blocks)))

    # -- the loop ------------------------------------------------------------------------------

    def read(self, source, main_block):
        self.blocks.append(main_block)
        main_block.frame = Frame([source], 1)
        frames = self.frames
        frames.append(main_block.frame)
        while frames:
            frame = frames[-1]
            words, token = frame.directives[frame.pos]
            frame.pos += 1
            kind = token[0]
            if kind is SEMI or kind is OPEN:
                if not words:
                    raise Emerg(f'unexpected "{kind}"', self._at(frame, token))
                self._dispatch(Statement(words, token, frame.source))
            elif kind is CLOSE:
                if words or len(self.blocks) <= frame.depth:
                    raise Emerg('unexpected "}"', self._at(frame, token))
                self._close(token, frame)
            elif kind is EOF:
                if words:
                    raise Emerg('unexpected end of file, expecting ";" or "}"', self._at(frame, token, words[-1]))
                if len(self.blocks) > frame.depth:
                    raise Emerg('unexpected end of file, expecting "}"', self._at(frame, token))
                if not frame.next_file():
                    frames.pop()
            elif kind is ERROR:
                if token[2] < 0:  # nginx could not read the file at all
                    raise Emerg(token[1], None, level="crit", line=False)
                raise Emerg(token[1], self._at(frame, token))

    @staticmethod
    def _at(frame, token, mark=None):
        mark = mark or token
        return Where(frame.source, mark[2], max(mark[3], mark[2] + 1), line_at=token[2])

    def _close(self, token, frame):
        block = self.blocks.pop()
        if block.on_close:
            block.on_close(self, block, Where(frame.source, token[2], token[3], line_at=token[2]))

    def _dispatch(self, statement):
        block = self.blocks[-1]
        if block.custom is not None:
            block.custom(self, block, statement)
            return
        name = statement.name
        rows = self.table.get(name)
        if rows is None:
            raise Emerg(f'unknown directive "{name}"', statement.where(0, 0))
        row = rows.get(block.context)
        if row is None:
            raise Emerg(f'"{name}" directive is not allowed here', statement.where(0, 0))
        opens = statement.end[0] is OPEN
        if opens and not row.block:
            end = statement.end
            raise Emerg(f'directive "{name}" is not terminated by ";"', Where(statement.source, end[2], end[3], line_at=end[2]))
        if row.block and not opens:
            raise Emerg(f'directive "{name}" has no opening "{{"', statement.where())
        count = len(statement.args)
        if count not in row.counts and count < row.at_least:
            raise Emerg(f'invalid number of arguments in "{name}" directive', statement.where())
        row.handler(self, statement, block, row)
        if block.values is not None:
            block.values[name] = statement
