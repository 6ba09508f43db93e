/**
 * The modules of our TypeScript (.ts, .mjs, and the frontmatter and scripts of .astro files) and
 * the imports between them, read with the TypeScript parser: enough to find import cycles and
 * exports nobody imports. Only relative imports count; packages and virtual modules are outside.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

export interface ModuleImport {
  /** The imported module, as a path relative to the root ('src/engine/client.ts'). */
  target: string;
  /** The names taken from it ('default' for a default import); '*' when it could be any. */
  names: string[] | '*';
}

export interface Module {
  path: string;
  imports: ModuleImport[];
  /** The names it exports (none for .astro components, whose one export is implicit). */
  exports: string[];
}

/** Module path → its source text; paths are '/'-separated and relative to the root. */
export type Sources = Map<string, string>;

const CODE_FILE = /\.(ts|mts|mjs|astro)$/;
const RESOLVE_SUFFIXES = ['', '.ts', '.mts', '.mjs', '.astro', '/index.ts'];

/** Every code file under the given folders (or files) of `root`. */
export function readSources(root: string, entries: string[]): Sources {
  const sources: Sources = new Map();
  const walk = (full: string) => {
    if (statSync(full).isDirectory()) {
      for (const name of readdirSync(full).sort()) if (name !== 'node_modules') walk(join(full, name));
    } else if (CODE_FILE.test(full)) {
      sources.set(relative(root, full).split(sep).join('/'), readFileSync(full, 'utf8'));
    }
  };
  for (const entry of entries) if (existsSync(join(root, entry))) walk(join(root, entry));
  return sources;
}

/** The TypeScript an .astro file runs: its frontmatter and its bundled <script> elements. */
export function astroCode(text: string): string {
  const parts: string[] = [];
  const frontmatter = /^\s*---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  if (frontmatter) parts.push(frontmatter[1]!);
  for (const tag of text.matchAll(/<script\b([^>]*)>/g)) {
    const attributes = tag[1]!;
    // Self-closing, JSON data or is:inline scripts are not modules Astro bundles.
    if (attributes.trimEnd().endsWith('/') || /type=["']application\/json/.test(attributes) || /is:inline/.test(attributes)) continue;
    const start = tag.index + tag[0].length;
    const end = text.indexOf('</script>', start);
    if (end > start) parts.push(text.slice(start, end));
  }
  return parts.join('\n');
}

function resolveSpecifier(from: string, specifier: string, sources: Sources): string | null {
  if (!specifier.startsWith('.')) return null;
  const base = posix.normalize(posix.join(posix.dirname(from), specifier));
  const candidates = RESOLVE_SUFFIXES.map((suffix) => `${base}${suffix}`);
  if (base.endsWith('.js')) candidates.push(base.replace(/\.js$/, '.ts'));
  return candidates.find((candidate) => sources.has(candidate)) ?? null;
}

function bindingNames(pattern: ts.BindingName): string[] | '*' {
  if (!ts.isObjectBindingPattern(pattern)) return '*';
  const names: string[] = [];
  for (const element of pattern.elements) {
    if (element.dotDotDotToken) return '*';
    const key = element.propertyName ?? element.name;
    if (!ts.isIdentifier(key)) return '*';
    names.push(key.text);
  }
  return names;
}

/** What is taken from `import('./x')`: `({ a }) => ...` in a `.then`, or `const { a } = await import(...)`. */
function dynamicImportNames(call: ts.CallExpression): string[] | '*' {
  let node: ts.Node = call;
  while (ts.isParenthesizedExpression(node.parent) || ts.isAsExpression(node.parent) || ts.isAwaitExpression(node.parent)) node = node.parent;
  const parent = node.parent;
  if (ts.isVariableDeclaration(parent)) return bindingNames(parent.name);
  if (ts.isPropertyAccessExpression(parent) && parent.name.text === 'then' && ts.isCallExpression(parent.parent)) {
    const handler = parent.parent.arguments[0];
    if (handler && (ts.isArrowFunction(handler) || ts.isFunctionExpression(handler))) {
      const first = handler.parameters[0];
      return first ? bindingNames(first.name) : [];
    }
  }
  return '*';
}

function isExported(node: ts.Node): boolean {
  return ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
}

function declaredNames(statement: ts.Statement): string[] {
  const isDefault = ts.canHaveModifiers(statement) && (ts.getModifiers(statement) ?? []).some((m) => m.kind === ts.SyntaxKind.DefaultKeyword);
  if (isDefault) return ['default'];
  if (ts.isVariableStatement(statement)) {
    return statement.declarationList.declarations.flatMap((d) => (ts.isIdentifier(d.name) ? [d.name.text] : []));
  }
  const named = statement as ts.Statement & { name?: ts.Node };
  return named.name && ts.isIdentifier(named.name) ? [named.name.text] : [];
}

export function parseModule(path: string, text: string, sources: Sources): Module {
  const code = path.endsWith('.astro') ? astroCode(text) : text;
  const file = ts.createSourceFile(path, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const imports: ModuleImport[] = [];
  const exports: string[] = [];
  const declarationFile = path.endsWith('.d.ts');

  // Type-only and dynamic imports count too: `import type` ties the shapes of two modules, and
  // `import('./x')` only delays loading a dependency.
  const take = (specifier: ts.Expression | undefined, names: string[] | '*') => {
    if (!specifier || !ts.isStringLiteralLike(specifier)) return;
    const target = resolveSpecifier(path, specifier.text, sources);
    if (target) imports.push({ target, names });
  };

  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node)) {
      const clause = node.importClause;
      const names: string[] = [];
      let everything = false;
      if (clause?.name) names.push('default');
      const bindings = clause?.namedBindings;
      if (bindings && ts.isNamespaceImport(bindings)) everything = true;
      if (bindings && ts.isNamedImports(bindings)) {
        for (const element of bindings.elements) names.push((element.propertyName ?? element.name).text);
      }
      take(node.moduleSpecifier, everything ? '*' : names);
    } else if (ts.isExportDeclaration(node)) {
      const clause = node.exportClause;
      const names = clause && ts.isNamedExports(clause) ? clause.elements.map((e) => (e.propertyName ?? e.name).text) : '*';
      if (node.moduleSpecifier) take(node.moduleSpecifier, names);
      if (!declarationFile && clause && ts.isNamedExports(clause)) exports.push(...clause.elements.map((e) => e.name.text));
    } else if (!declarationFile && ts.isExportAssignment(node)) {
      exports.push('default');
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      take(node.arguments[0], dynamicImportNames(node));
    } else if (!declarationFile && node.parent && ts.isSourceFile(node.parent) && isExported(node)) {
      exports.push(...declaredNames(node as ts.Statement));
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return { path, imports, exports: path.endsWith('.astro') ? [] : exports };
}

export function parseModules(sources: Sources): Map<string, Module> {
  return new Map([...sources].map(([path, text]) => [path, parseModule(path, text, sources)]));
}

/** A graph's edges as adjacency lists, over any kind of node (modules, folders). */
export type Graph = Map<string, Set<string>>;

export function moduleGraph(modules: Iterable<Module>): Graph {
  const graph: Graph = new Map();
  for (const module of modules) graph.set(module.path, new Set(module.imports.map((i) => i.target)));
  return graph;
}

/**
 * The graph between groups of modules (`groupOf` names a module's group, or null to leave it
 * out): A → B when a module of A imports one of B.
 */
export function groupGraph(modules: Iterable<Module>, groupOf: (path: string) => string | null): Graph {
  const graph: Graph = new Map();
  for (const module of modules) {
    const from = groupOf(module.path);
    if (from === null) continue;
    const edges = graph.get(from) ?? new Set<string>();
    graph.set(from, edges);
    for (const { target } of module.imports) {
      const to = groupOf(target);
      if (to !== null && to !== from) edges.add(to);
    }
  }
  return graph;
}

/**
 * The cycles of a graph, each written as a path that goes round and back to where it started:
 * ['a.ts', 'b.ts', 'a.ts']. For each group of nodes that reach one another, a shortest cycle
 * through each of its nodes (the same cycle is listed once). Sorted, so a failure reads the same
 * on every run.
 */
export function findCycles(graph: Graph): string[][] {
  // Tarjan's algorithm for the strongly connected components.
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  const edgesOf = (node: string) => [...(graph.get(node) ?? [])].sort();

  const connect = (node: string) => {
    index.set(node, counter);
    low.set(node, counter);
    counter += 1;
    stack.push(node);
    onStack.add(node);
    for (const next of edgesOf(node)) {
      if (!index.has(next)) {
        connect(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) {
        low.set(node, Math.min(low.get(node)!, index.get(next)!));
      }
    }
    if (low.get(node) === index.get(node)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      const selfLoop = graph.get(node)?.has(node) ?? false;
      if (component.length > 1 || selfLoop) components.push(component);
    }
  };
  for (const node of [...graph.keys()].sort()) if (!index.has(node)) connect(node);

  const cycles = new Map<string, string[]>();
  for (const component of components) {
    for (const node of component) {
      const cycle = cycleThrough(node, new Set(component), edgesOf);
      cycles.set(rotated(cycle).join(' → '), rotated(cycle));
    }
  }
  return [...cycles.keys()].sort().map((key) => cycles.get(key)!);
}

/** The same cycle written from its first node by name, so rotations of it compare equal. */
function rotated(cycle: string[]): string[] {
  const round = cycle.slice(0, -1);
  const first = round.indexOf([...round].sort()[0]!);
  const from = [...round.slice(first), ...round.slice(0, first)];
  return [...from, from[0]!];
}

/** A shortest way from `start` back to it, inside the strongly connected group `members`. */
function cycleThrough(start: string, members: Set<string>, edgesOf: (node: string) => string[]): string[] {
  const cameFrom = new Map<string, string>();
  const queue = [start];
  while (queue.length) {
    const node = queue.shift()!;
    for (const next of edgesOf(node)) {
      if (!members.has(next)) continue;
      if (next === start) {
        const path = [node];
        while (path[0] !== start) path.unshift(cameFrom.get(path[0]!)!);
        return [...path, start];
      }
      if (!cameFrom.has(next)) {
        cameFrom.set(next, node);
        queue.push(next);
      }
    }
  }
  return [start, start];
}

/** "module: name" for each export of the `checked` modules that no module imports. */
export function unusedExports(modules: Map<string, Module>, checked: (path: string) => boolean, usedByTools: Record<string, string[]> = {}): string[] {
  const used = new Map<string, Set<string> | '*'>();
  for (const module of modules.values()) {
    for (const { target, names } of module.imports) {
      const already = used.get(target);
      if (already === '*') continue;
      if (names === '*') used.set(target, '*');
      else used.set(target, new Set([...(already ?? []), ...names]));
    }
  }
  const unused: string[] = [];
  for (const module of modules.values()) {
    if (!checked(module.path)) continue;
    const taken = used.get(module.path);
    if (taken === '*') continue;
    for (const name of module.exports) {
      if (!taken?.has(name) && !usedByTools[module.path]?.includes(name)) unused.push(`${module.path}: ${name}`);
    }
  }
  return unused.sort();
}

/** The repository's root, for tests that read it. */
export const REPOSITORY_ROOT = fileURLToPath(new URL('../../', import.meta.url));

