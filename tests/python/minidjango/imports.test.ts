/**
 * The engine's modules import each other without cycles: a cycle makes the import order decide
 * whether a name exists yet, which shows up as an engine that fails to start for one reader's
 * first request and not for the next. Imports inside functions do not count (they run later).
 */
import { describe, expect, it } from 'vitest';
import { usePython } from '../../support/python';

const FIND_CYCLES = `
import ast, os
from minidjango import api

root = os.path.dirname(os.path.dirname(api.__file__))

def module_name(path):
    rel = os.path.relpath(path, root)[:-3].replace(os.sep, ".")
    return rel[: -len(".__init__")] if rel.endswith(".__init__") else rel

def top_level_imports(tree, name, is_package):
    package = name if is_package else name.rpartition(".")[0]
    pending = list(tree.body)
    while pending:
        node = pending.pop()
        if isinstance(node, (ast.If, ast.Try)):
            pending.extend(node.body + node.orelse + getattr(node, "finalbody", []) + [s for h in getattr(node, "handlers", []) for s in h.body])
        elif isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")[: len(package.split(".")) - (node.level - 1)]
                base = ".".join(parts + ([base] if base else []))
            yield base
            yield from (f"{base}.{alias.name}" for alias in node.names)

graph = {}
for folder, _, names in os.walk(os.path.join(root, "minidjango")):
    for file in names:
        if file.endswith(".py"):
            path = os.path.join(folder, file)
            name = module_name(path)
            tree = ast.parse(open(path).read())
            graph[name] = set(top_level_imports(tree, name, file == "__init__.py"))
# api imports every operation module when it is itself imported (found by folder, not named).
graph["minidjango.api"] |= {name for name in graph if name.startswith("minidjango.operations.")}
for name in graph:
    graph[name] = {target for target in graph[name] if target in graph and target != name}

cycles, state = [], {}
def visit(name, trail):
    state[name] = "open"
    for target in sorted(graph[name]):
        if state.get(target) == "open":
            cycles.append(trail[trail.index(target):] + [target])
        elif target not in state:
            visit(target, trail + [target])
    state[name] = "done"
for name in sorted(graph):
    if name not in state:
        visit(name, [name])
result = [" -> ".join(cycle) for cycle in cycles]
`;

const python = usePython();

describe('the engine’s imports', () => {
  it('form no cycle', () => {
    expect(python.run(FIND_CYCLES)).toEqual([]);
  });
});
