"""How the reader's modules are compiled: screened first, and compiled once per distinct text.

Python's compiler walks an expression recursively. Under Pyodide that recursion runs on the
JavaScript engine's stack, which is far smaller than a native thread's and which Python's own
recursion guard cannot see: `x = 1+1+...+1` with a few thousand terms ends the interpreter
("Maximum call stack size exceeded") instead of raising an exception. So before compiling a
module of the project, its tokens are screened for an expression nested deeper than any real
settings file needs; such a module fails to import with the MemoryError Python itself raises
for source too deeply nested to parse, at the line of the offending statement.

The same hook keeps the code objects: a reader who re-runs the check without changing a file
does not pay for compiling it again (a code object does not change when it runs). And since a
reader changes one statement at a time, a module is compiled statement by statement (see
`statements`): a keystroke recompiles the statement it touched, not the whole settings file,
whose compilation is the longest single step of a check under Pyodide.
"""

import io
import keyword
import os
import re
import sys
import tokenize
from importlib.machinery import SOURCE_SUFFIXES, FileFinder, SourceFileLoader
from importlib.util import decode_source

from minidjango import interrupts

#: Deeper than this, an expression is refused (crashes begin around 3000 on a 1 MB stack).
MAX_DEPTH = 1000
TOO_DEEP_MESSAGE = "Parser stack overflowed - Python source too complex to parse"

#: Larger Python files are refused: compiling 1 MB takes seconds under Pyodide, past the time
#: limit, and compile() cannot be interrupted. Settings files are a few kilobytes.
MAX_SOURCE_BYTES = 256 * 1024


class SourceTooLargeError(Exception):
    """A module of the project is larger than the engine compiles (MAX_SOURCE_BYTES)."""

_CACHE_LIMIT = 1024  # code objects of statements: a project of several files holds a few hundred
_code_cache = {}
_screened = {}

# Cheap upper bound on the chain tokens of a file: below it no expression can be too deep.
_CHAIN_MARKS = (b".", b"+", b"-", b"*", b"/", b"%", b"@", b"&", b"|", b"^", b"~", b"<", b">", b"(", b"[",
                b"=", b"not", b"and", b"or", b"if", b"else", b"lambda", b"await", b"in", b"is", b"yield")
_NOT_CHAIN_OPS = frozenset({",", ";", ":", "=", ")", "]", "}", "(", "[", "{", "->", ":="})
_CHAIN_KEYWORDS = frozenset({"not", "and", "or", "if", "else", "lambda", "await", "in", "is", "for", "yield", "from"})
_OPENERS = {"(": ")", "[": "]", "{": "}"}


def is_safe_to_parse(source):
    """Whether `ast.parse` or compile() may be given this text (str or bytes) without risk."""
    data = source.encode("utf-8", "surrogatepass") if isinstance(source, str) else source
    return len(data) <= MAX_SOURCE_BYTES and too_deep_line(data) is None


def too_deep_line(data):
    """The line of the first statement nested deeper than MAX_DEPTH, or None (cached by text)."""
    if sum(data.count(mark) for mark in _CHAIN_MARKS) < MAX_DEPTH - 200:
        return None
    if data in _screened:
        return _screened[data]
    try:
        line = _deepest_statement(decode_source(data))
    except (SyntaxError, tokenize.TokenError, UnicodeDecodeError, ValueError, MemoryError, RecursionError):
        line = None  # the compiler reports these itself, without deep recursion
    _remember(_screened, data, line)
    return line


def _deepest_statement(text):
    """Walk the tokens, estimating the depth of the syntax tree each expression builds."""
    frames = [[0, 0]]  # per open bracket: [chain tokens since its last comma, lambdas awaiting ':']
    outer = 0  # chain tokens counted in the frames below the innermost one, plus one per bracket
    elif_runs = {}
    indent = 0
    statement_start = True
    statement_line = 1
    previous = None
    for tok in tokenize.generate_tokens(io.StringIO(text).readline):
        kind, string = tok.type, tok.string
        if kind in (tokenize.NEWLINE, tokenize.ENDMARKER):
            frames = [[0, 0]]
            outer = 0
            statement_start = True
            previous = None
            continue
        if kind == tokenize.INDENT:
            indent += 1
            continue
        if kind == tokenize.DEDENT:
            elif_runs.pop(indent, None)
            indent -= 1
            continue
        if kind in (tokenize.NL, tokenize.COMMENT):
            continue
        if statement_start:
            statement_start = False
            statement_line = tok.start[0]
            if string == "elif":
                elif_runs[indent] = elif_runs.get(indent, 0) + 1
                if elif_runs[indent] > MAX_DEPTH:
                    return statement_line
            elif string != "else":
                elif_runs[indent] = 0
        frame = frames[-1]
        if kind == tokenize.OP:
            if string in _OPENERS:
                if previous is not None and (previous.type in (tokenize.NAME, tokenize.NUMBER, tokenize.STRING)
                                             or previous.string in (")", "]", "}")):
                    frame[0] += 1  # a call or a subscript: one level more
                outer += frame[0] + 1
                frames.append([0, 0])
            elif string in (")", "]", "}"):
                if len(frames) > 1:
                    frames.pop()
                    outer -= frames[-1][0] + 1
            elif string == ",":
                frame[0] = 0
            elif string == ":":
                if frame[1]:
                    frame[1] -= 1
                else:
                    frame[0] = 0
            elif string not in _NOT_CHAIN_OPS:
                frame[0] += 1
        elif kind == tokenize.NAME and string in _CHAIN_KEYWORDS and keyword.iskeyword(string):
            frame[0] += 1
            if string == "lambda":
                frame[1] += 1
        previous = tok
        if outer + frames[-1][0] > MAX_DEPTH:
            return statement_line
    return None


# Triple-quoted strings may hold lines that look like statements: they are blanked out (same
# length, same line breaks) before looking for where statements start. The pattern is tried only
# where a triple quote is (str.find gets there much faster than a regex search would).
_TRIPLE_QUOTED = re.compile(
    r"""'''[^\\']*(?:(?:\\[\s\S]|'(?!''))[^\\']*)*'''"""
    r'|"""[^\\"]*(?:(?:\\[\s\S]|"(?!""))[^\\"]*)*"""'
)
# A line break followed, at column 0, by the start of a statement (not an else/elif/except/
# finally/case clause). Starting with a literal lets the regex engine skip to each line break.
_STATEMENT_START = re.compile(r"\n(?!(?:else|elif|except|finally|case)\b)[A-Za-z_@]")


def _blank_triple_quoted(source):
    kept, done, at = [], 0, 0
    while True:
        single, double = source.find("'''", at), source.find('"""', at)
        if single < 0 and double < 0:
            break
        first = double if single < 0 or 0 <= double < single else single
        string = _TRIPLE_QUOTED.match(source, first)
        if string is None:  # never closed: the rest is looked at as it is
            at = first + 1
            continue
        kept += [source[done:first], "\n".join(" " * len(line) for line in string.group().split("\n"))]
        done = at = string.end()
    return "".join(kept) + source[done:] if kept else source


def statements(source):
    """Split a module's text into runs of lines holding whole top-level statements, as
    (first line, text): a run starts at each line that begins, at column 0, with a name or a
    decorator (a decorated definition stays with its decorators). This is a guess (a Python
    loop over every token would cost as much as compiling); where it is wrong (a name at column
    0 inside a bracket, a backslash continuation), a piece does not compile and the caller
    compiles the whole text instead, so what runs is always what Python runs."""
    masked = _blank_triple_quoted(source)
    if "@" not in masked:
        return _undecorated_statements(source, masked)
    pieces = []
    start, start_line = 0, 1
    for match in _STATEMENT_START.finditer(masked):
        at = match.start() + 1
        before = masked[start:at].rstrip()
        if before[before.rfind("\n") + 1 :].lstrip().startswith("@"):
            continue  # a decorator and what it decorates stay together
        if before.strip():
            pieces.append((start_line, source[start:at]))
            start_line += masked.count("\n", start, at)
            start = at
    pieces.append((start_line, source[start:]))
    return pieces


def _undecorated_statements(source, masked):
    """statements() for a text with no decorator: every statement start begins a run, except
    one with nothing but blank space before it (the first run then starts at the top). The
    same runs as the loop above, without its look back at each start (this runs on every
    keystroke, and a settings file has a hundred statements)."""
    starts = [match.start() + 1 for match in _STATEMENT_START.finditer(masked)]
    if starts and masked[: starts[0]].isspace():
        del starts[0]
    pieces = []
    start, line = 0, 1
    for at in starts:
        pieces.append((line, source[start:at]))
        line += masked.count("\n", start, at)
        start = at
    pieces.append((line, source[start:]))
    return pieces


class ProjectSourceLoader(SourceFileLoader):
    """SourceFileLoader for the reader's files: screened, and compiled once per distinct text."""

    #: The project's files as just written (absolute path -> bytes), set by project.py: reading
    #: them back from the filesystem would only give the same bytes, slower.
    written = {}

    def get_data(self, path):
        data = self.written.get(path)
        try:
            # Unless the reader's code rewrote the file meanwhile (then its size differs).
            if data is not None and os.stat(path).st_size == len(data):
                return data
        except OSError:
            pass
        return super().get_data(path)

    def get_code(self, fullname):
        # The project is never byte-compiled (sys.dont_write_bytecode): skip looking for a .pyc.
        path = self.get_filename(fullname)
        return self.source_to_code(self.get_data(path), path)

    def exec_module(self, module):
        for code in self.get_codes(module.__name__):
            exec(code, module.__dict__)

    def get_codes(self, fullname):
        """The module's code, as code objects to run in order (one per run of statements)."""
        path = self.get_filename(fullname)
        data = self.get_data(path)
        try:
            source = data.decode("utf-8")
        except UnicodeDecodeError:
            source = None
        if source is None or "__future__" in source or len(data) > MAX_SOURCE_BYTES:
            return [self.source_to_code(data, path)]  # the whole module, with its checks
        codes = []
        for first, text in statements(source):
            key = (path, first, text)
            code = _code_cache.get(key)
            if code is None:
                if too_deep_line(text.encode("utf-8", "surrogatepass")) is not None:
                    return [self.source_to_code(data, path)]  # refused, at the line of that statement
                try:
                    code = compile("\n" * (first - 1) + text, path, "exec", dont_inherit=True)
                except (SyntaxError, ValueError):
                    return [self.source_to_code(data, path)]  # Python's own error, for the whole file
                interrupts.watch(code)
                _remember(_code_cache, key, code)
            codes.append(code)
        return codes

    def source_to_code(self, data, path, *, _optimize=-1):
        key = (path, data)
        code = _code_cache.get(key)
        if code is None:
            if len(data) > MAX_SOURCE_BYTES:
                error = SourceTooLargeError(
                    f"{os.path.basename(path)} is {len(data):,} bytes; the checker compiles Python files of up to "
                    f"{MAX_SOURCE_BYTES:,} bytes ({MAX_SOURCE_BYTES // 1024} KB)."
                )
                error.minidjango_where = (path, 1)
                raise error
            line = too_deep_line(data)
            if line is not None:
                error = MemoryError(TOO_DEEP_MESSAGE)
                error.minidjango_where = (path, line)
                raise error
            try:
                code = super().source_to_code(data, path, _optimize=_optimize)
            except SyntaxError as error:
                if error.filename is None and b"\0" in data:
                    # compile() names neither the file nor the line for NUL bytes; say both.
                    at = data.index(b"\0")
                    error.filename, error.lineno = path, data.count(b"\n", 0, at) + 1
                    error.offset = at - (data.rfind(b"\n", 0, at) + 1) + 1
                raise
            interrupts.watch(code)
            _remember(_code_cache, key, code)
        return code


def _remember(cache, key, value):
    if len(cache) >= _CACHE_LIMIT:
        cache.pop(next(iter(cache)))
    cache[key] = value


class UnchangingSourceLoader(SourceFileLoader):
    """SourceFileLoader for the third-party packages a run may declare installed. Their files
    never change while the interpreter lives, so each is compiled once; and each module's
    namespace is noted as its code left it, so that a run that changed it can be told apart
    (project.py then forgets the package instead of keeping it for the next run)."""

    _codes = {}
    #: Each module's namespace as its code left it (module name -> a copy).
    _as_loaded = {}

    def get_code(self, fullname):
        path = self.get_filename(fullname)
        code = self._codes.get(path)
        if code is None:
            code = self._codes[path] = self.source_to_code(self.get_data(path), path)
        return code

    def exec_module(self, module):
        super().exec_module(module)
        self._as_loaded[module.__name__] = dict(module.__dict__)


def changed_since_loaded(module):
    """Whether the namespace of a module UnchangingSourceLoader loaded holds other names or
    values than its code left there (its submodules, set on it as they are imported, aside)."""
    loaded = UnchangingSourceLoader._as_loaded.get(getattr(module, "__name__", None))
    if loaded is None:
        return False
    now = module.__dict__
    prefix = module.__name__ + "."
    for name, value in now.items():
        if loaded.get(name, loaded) is not value and sys.modules.get(prefix + name) is not value:
            return True
    return any(name not in now for name in loaded)


def install(project_dir, unchanging_dir):
    """Make folders under `project_dir` import with ProjectSourceLoader, and those under
    `unchanging_dir` with UnchangingSourceLoader (before any other hook)."""
    _install_hook(project_dir, ProjectSourceLoader)
    _install_hook(unchanging_dir, UnchangingSourceLoader)


def in_folder(path, folder):
    """Whether `path` is the folder `folder` (no trailing slash) or anything inside it."""
    return path == folder or path.startswith(folder + "/")


def _install_hook(folder, loader):
    finder_for = FileFinder.path_hook((loader, SOURCE_SUFFIXES))
    folder = folder.rstrip("/")

    def path_hook(path):
        if in_folder(path, folder):
            return finder_for(path)
        raise ImportError(f"not a folder for {loader.__name__}")

    path_hook.minidjango_loader = loader
    if not any(getattr(hook, "minidjango_loader", None) is loader for hook in sys.path_hooks):
        sys.path_hooks.insert(0, path_hook)
    for path in [p for p in sys.path_importer_cache if in_folder(p, folder)]:
        del sys.path_importer_cache[path]
