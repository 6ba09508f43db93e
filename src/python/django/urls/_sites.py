"""Where URL patterns are written, and how deep include()s may go: the course's additions to
Django's URL system (nothing here exists in Django, and nothing a reader writes uses it).

- path() and re_path() note their call site (a SourceSite) on what they make, so a match, a
  404's tried patterns, a check message or an error about a pattern can point at the reader's
  line;
- the include depth is counted while resolving and checking, so a URLconf that includes itself
  stops with RecursionError long before the browser's stack is exhausted.
"""

import ast
import os
import sys

from django._process import forgotten_by_new_process

_DJANGO_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__))) + os.sep

#: How deeply include()s may nest while resolving or checking. Django only stops at Python's
#: recursion limit; a URLconf that includes itself gets there either way, but here it must
#: happen well before the browser's stack runs out, whatever else is running.
MAX_INCLUDE_DEPTH = 100


class SourceSite:
    """A place in a source file: `filename`, `lineno`, and span() for the exact columns.

    A call site keeps the calling frame's code object and instruction, and works the columns
    out only when asked (most sites are never shown)."""

    __slots__ = ("filename", "lineno", "_code", "_instruction")

    def __init__(self, filename, lineno, code=None, instruction=-1):
        self.filename = filename
        self.lineno = lineno
        self._code = code
        self._instruction = instruction

    def __repr__(self):
        return "<SourceSite %s:%s>" % (self.filename, self.lineno)

    def span(self):
        """(line, col, end_line, end_col): 1-based lines, 0-based columns counted in UTF-8
        bytes as Python's code positions give them; the columns are None when unknown."""
        if self._code is not None and self._instruction >= 0:
            positions = self._code.co_positions()
            for _ in range(self._instruction // 2):
                next(positions, None)
            line, end_line, col, end_col = next(positions, (None, None, None, None))
            if line is not None:
                return line, col, end_line or line, end_col
        return self.lineno, None, self.lineno, None


def caller_site():
    """The SourceSite of the nearest frame outside Django: the reader's path()/re_path() call."""
    frame = sys._getframe(1)
    while frame is not None and frame.f_code.co_filename.startswith(_DJANGO_DIR):
        frame = frame.f_back
    if frame is None:
        return None
    return SourceSite(frame.f_code.co_filename, frame.f_lineno, frame.f_code, frame.f_lasti)


def assignment_site(module, name):
    """The SourceSite of the last top-level `name = ...` (or `name: T = ...`) statement of
    `module`'s source file, or None (no file, or no such statement)."""
    filename = getattr(module, "__file__", None)
    if not filename:
        return None
    try:
        with open(filename, encoding="utf-8") as source:
            tree = ast.parse(source.read())
    except (OSError, UnicodeDecodeError, SyntaxError, ValueError):
        return None
    lines = [
        statement.lineno
        for statement in tree.body
        if _assigns(statement, name)
    ]
    return SourceSite(filename, lines[-1]) if lines else None


def _assigns(statement, name):
    if isinstance(statement, ast.Assign):
        targets = statement.targets
    elif isinstance(statement, ast.AnnAssign) and statement.value is not None:
        targets = [statement.target]
    else:
        return False
    return any(isinstance(target, ast.Name) and target.id == name for target in targets)


def with_site(error, site):
    """`error`, marked as being about the pattern written at `site`."""
    error.source_site = site
    return error


class IncludeDepth:
    """How many include()s the current resolve() or check is inside; entering one more than
    MAX_INCLUDE_DEPTH raises RecursionError, pointing at that include()."""

    __slots__ = ("depth",)

    def __init__(self):
        self.depth = 0

    def enter(self, resolver):
        if self.depth >= MAX_INCLUDE_DEPTH:
            raise with_site(RecursionError("maximum recursion depth exceeded"), getattr(resolver, "source_site", None))
        self.depth += 1

    def leave(self):
        self.depth -= 1


include_depth = IncludeDepth()


@forgotten_by_new_process
def _forget_include_depth():
    include_depth.depth = 0
