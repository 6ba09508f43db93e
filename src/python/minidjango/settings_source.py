"""Which statement of the reader's settings gave each setting its value.

The last assignment to a name in the settings module, following `from .base import *` into the
modules it star-imports, as Python would run them. Assignments inside `if`/`try`/`with` count;
when several could have won, the one whose literal value equals the value Django saw is
preferred. List entries added later (`MIDDLEWARE += [...]`, `.append(...)`, `.insert(0, ...)`)
are followed, so a message about one entry can point at that entry.

Each file is parsed once per distinct text (`index_of`), so a run costs a dictionary look-up
when the reader has not changed the file.
"""

import ast
import sys

from minidjango import project_loader
from minidjango.source_text import lines_of, place_of_bytes, place_of_node

#: What SettingsSource.value() answers when neither Django nor the module has the value.
NOT_KNOWN = object()

_CACHE_LIMIT = 64
_indexes = {}

# ---- one module's assignments ---------------------------------------------------------------


class Assignment:
    """One place that binds a name: the statement, its value node, and list/dict structure when literal."""

    __slots__ = ("stmt", "value", "elements")

    def __init__(self, stmt, value, elements):
        self.stmt = stmt
        self.value = value
        self.elements = elements  # element nodes when the value is built from list/tuple literals


class ModuleIndex:
    """The names a module binds at top level, in the order the statements run."""

    def __init__(self, source):
        self.lines = lines_of(source)
        self.events = []  # ("bind", name, Assignment) | ("star", module, level)
        self.import_line = 1  # where an added import goes: the first statement after the docstring
        if not project_loader.is_safe_to_parse(source):
            return  # too deep or too large to parse here (the import says so)
        try:
            tree = ast.parse(source)
        except (SyntaxError, ValueError, MemoryError, RecursionError):
            return
        self.import_line = _first_line_after_docstring(tree.body)
        self._walk(tree.body)

    def _walk(self, body):
        for stmt in body:
            kind = type(stmt)
            if kind is ast.Assign:
                for target in stmt.targets:
                    self._bind_target(stmt, target, stmt.value)
            elif kind is ast.AnnAssign and stmt.value is not None and type(stmt.target) is ast.Name:
                self._bind(stmt.target.id, stmt, stmt.value)
            elif kind is ast.AugAssign and type(stmt.target) is ast.Name:
                self.events.append(("aug", stmt.target.id, stmt))
            elif kind is ast.Expr and type(stmt.value) is ast.Call:
                self._mutation(stmt)
            elif kind is ast.ImportFrom:
                for alias in stmt.names:
                    if alias.name == "*":
                        self.events.append(("star", stmt.module or "", stmt.level))
                    else:
                        self._bind(alias.asname or alias.name, stmt, alias)
            elif kind is ast.Import:
                for alias in stmt.names:
                    self._bind(alias.asname or alias.name.partition(".")[0], stmt, alias)
            elif kind in (ast.If, ast.For, ast.While, ast.With):
                self._walk(stmt.body)
                self._walk(getattr(stmt, "orelse", ()))
            elif kind in (ast.Try, ast.TryStar):
                self._walk(stmt.body)
                for handler in stmt.handlers:
                    self._walk(handler.body)
                self._walk(stmt.orelse)
                self._walk(stmt.finalbody)
            elif kind in (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef):
                self._bind(stmt.name, stmt, stmt)

    def _bind_target(self, stmt, target, value):
        kind = type(target)
        if kind is ast.Name:
            self._bind(target.id, stmt, value)
        elif kind in (ast.Tuple, ast.List):
            values = value.elts if type(value) in (ast.Tuple, ast.List) else None
            if values is not None and len(values) == len(target.elts) and not any(
                type(v) is ast.Starred for v in values
            ):
                for sub_target, sub_value in zip(target.elts, values):
                    self._bind_target(stmt, sub_target, sub_value)
            else:
                for sub_target in target.elts:
                    if type(sub_target) is ast.Name:
                        self._bind(sub_target.id, stmt, value)

    def _bind(self, name, stmt, value):
        self.events.append(("bind", name, Assignment(stmt, value, _elements(value))))

    def _mutation(self, stmt):
        """`NAME.append(x)`, `NAME.insert(i, x)`, `NAME.extend([...])`: list entries added later on."""
        call = stmt.value
        func = call.func
        if type(func) is ast.Attribute and type(func.value) is ast.Name:
            self.events.append(("call", func.value.id, stmt))


def _elements(value):
    kind = type(value)
    if kind in (ast.List, ast.Tuple):
        return None if any(type(e) is ast.Starred for e in value.elts) else list(value.elts)
    if kind is ast.BinOp and type(value.op) is ast.Add:
        left, right = _elements(value.left), _elements(value.right)
        return left + right if left is not None and right is not None else None
    return None


def _first_line_after_docstring(body):
    has_docstring = bool(body) and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant)
    after_docstring = body[1:] if has_docstring else body
    return after_docstring[0].lineno if after_docstring else (body[0].end_lineno + 1 if body else 1)


def index_of(source):
    """The ModuleIndex of a source text, parsed once per distinct text."""
    index = _indexes.get(source)
    if index is None:
        if len(_indexes) >= _CACHE_LIMIT:
            _indexes.pop(next(iter(_indexes)))
        index = _indexes[source] = ModuleIndex(source)
    return index


# ---- the binding that gave a setting its value ----------------------------------------------


class Binding:
    """Where a setting got its value: the file, its lines, the assignment, and the list entries."""

    def __init__(self, file, lines, assignment, elements):
        self.file = file
        self.lines = lines
        self.assignment = assignment
        self.elements = elements  # [(file, lines, node)] when every entry is known, else None

    def place_of(self, node):
        """The place of a node of this binding's file."""
        return place_of_node(self.file, self.lines, node)

    def place(self):
        """The whole assignment."""
        return self.place_of(self.assignment.stmt)

    def entry_place(self, index):
        """A list entry (where every entry is known), else the whole assignment."""
        if self.elements is not None and isinstance(index, int) and -len(self.elements) <= index < len(self.elements):
            file, lines, node = self.elements[index]
            return place_of_node(file, lines, node)
        return self.place()

    def key_place(self, key):
        """A dict entry, `key` or a path of keys into nested dicts, from its key to its value."""
        path = list(key) if isinstance(key, (list, tuple)) else [key]
        node = self.assignment.value
        found = None
        for part in path:
            if type(node) is not ast.Dict:
                break
            for key_node, value_node in zip(node.keys, node.values):
                if key_node is not None and type(key_node) is ast.Constant and key_node.value == part:
                    found = (key_node, value_node)
                    node = value_node
                    break
            else:
                break
        if found is None:
            return self.place()
        key_node, value_node = found
        return place_of_bytes(
            self.file, self.lines, key_node.lineno, key_node.col_offset, value_node.end_lineno, value_node.end_col_offset
        )


class SettingsSource:
    """The reader's settings module as source: which statement gave each setting its value."""

    def __init__(self, project, settings_module):
        self.project = project
        self.settings_module = settings_module
        self._found = {}

    def value(self, name):
        """The value Django saw for a setting; when Django refused the settings before keeping
        them, the value in the settings module itself; NOT_KNOWN when neither has it."""
        from django.conf import settings

        holder = settings._wrapped if settings.configured else sys.modules.get(self.settings_module or "")
        try:
            return getattr(holder, name) if holder is not None else NOT_KNOWN
        except Exception:
            return NOT_KNOWN

    def module_file(self, dotted):
        """The project file of a module ('mysite.settings' -> 'mysite/settings.py'), or None."""
        base = dotted.replace(".", "/")
        for candidate in (base + ".py", base + "/__init__.py"):
            if self.project.source(candidate) is not None:
                return candidate
        return None

    def binding(self, name):
        """The Binding that gave `name` the value Django saw, or None when no file assigns it."""
        candidates = self.candidates(name)
        return candidates.pick(self.value(name)) if candidates is not None else None

    def last_binding(self, name):
        """The Binding that ran last (whatever value Django saw), or None."""
        candidates = self.candidates(name)
        return candidates.pick(NOT_KNOWN) if candidates is not None else None

    def candidates(self, name):
        """Every assignment that could have given `name` its value, in run order (or None)."""
        if name not in self._found:
            file = self.module_file(self.settings_module or "")
            self._found[name] = self._resolve(self.settings_module, file, name, set()) if file else None
        return self._found[name]

    def _resolve(self, module, file, name, seen):
        """The candidates for `name` in a module, in run order: (file, lines, Assignment, entries)."""
        if file in seen:
            return None
        seen = seen | {file}
        index = index_of(self.project.source(file))
        candidates = []
        entries = None
        current = None
        for event in index.events:
            kind = event[0]
            if kind == "star":
                target = _absolute_module(module, file, event[1], event[2])
                target_file = self.module_file(target) if target else None
                if target_file and not name.startswith("_"):
                    inner = self._resolve(target, target_file, name, seen)
                    if inner is not None:
                        candidates.extend(inner.candidates)
                        current, entries = inner.chosen, inner.elements
            elif event[1] != name:
                continue
            elif kind == "bind":
                assignment = event[2]
                current = Binding(file, index.lines, assignment, None)
                entries = [(file, index.lines, n) for n in assignment.elements] if assignment.elements is not None else None
                candidates.append((current, entries))
            elif kind == "aug":
                added = _elements(event[2].value)
                entries = entries + [(file, index.lines, n) for n in added] if entries is not None and added is not None else None
                if current is not None:
                    candidates.append((current, entries))
            elif kind == "call":
                entries = _apply_list_call(entries, event[2], file, index.lines)
                if current is not None:
                    candidates.append((current, entries))
        if not candidates:
            return None
        return _Candidates(candidates, current, entries)

    def place(self, name, index=None, key=None):
        """Where `name` (its entry `index`, or its dict entry `key`) is written, or None."""
        binding = self.binding(name)
        if binding is None:
            return None
        if index is not None:
            return binding.entry_place(index)
        if key is not None:
            return binding.key_place(key)
        return binding.place()


class _Candidates:
    def __init__(self, candidates, chosen, elements):
        self.candidates = candidates
        self.chosen = chosen
        self.elements = elements

    def pick(self, runtime_value):
        """The binding that ran last, or, when the value Django saw is a literal, the last assignment of that literal."""
        chosen, elements = self.chosen, self.elements
        if runtime_value is not NOT_KNOWN and len({id(b.assignment) for b, _ in self.candidates}) > 1:
            for binding, entries in reversed(self.candidates):
                if _literal_equals(binding.assignment.value, runtime_value):
                    chosen, elements = binding, entries
                    break
        return Binding(chosen.file, chosen.lines, chosen.assignment, elements)


def _literal_equals(node, value):
    if not isinstance(node, ast.expr):
        return False
    try:
        literal = ast.literal_eval(node)
    except Exception:
        return False
    try:
        return type(literal) is type(value) and literal == value
    except Exception:
        return False


def _apply_list_call(entries, stmt, file, lines):
    if entries is None:
        return None
    call = stmt.value
    method, args = call.func.attr, call.args
    if method == "append" and len(args) == 1:
        return entries + [(file, lines, args[0])]
    if method == "extend" and len(args) == 1 and _elements(args[0]) is not None:
        return entries + [(file, lines, n) for n in _elements(args[0])]
    if method == "insert" and len(args) == 2 and type(args[0]) is ast.Constant and type(args[0].value) is int:
        entries = list(entries)
        entries.insert(args[0].value, (file, lines, args[1]))
        return entries
    if method in ("update", "setdefault", "__setitem__"):
        return entries
    return None


def _absolute_module(module, file, name, level):
    if not level:
        return name
    package = module.split(".") if file.endswith("/__init__.py") else module.split(".")[:-1]
    if level - 1 > len(package):
        return None
    if level > 1:
        package = package[: len(package) - (level - 1)]
    return ".".join(package + ([name] if name else []))


