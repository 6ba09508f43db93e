/**
 * The shape of our TypeScript: no module imports itself back (through any number of others, a
 * dynamic import() or an `import type` included), no folder of src/ depends back on a folder that
 * depends on it, and no export of src/ is left that nothing imports. A cycle is what makes a
 * module's code run before the code it needs has (a half-initialised import, seen only in some
 * bundles), and what ties two areas so neither can change alone.
 */
import { describe, expect, it } from 'vitest';
import {
  findCycles,
  groupGraph,
  moduleGraph,
  parseModules,
  readSources,
  REPOSITORY_ROOT,
  unusedExports,
  type Graph,
  type Sources,
} from './module-graph';

/** Exports read by a tool rather than imported by a module of ours. */
const USED_BY_TOOLS: Record<string, string[]> = {
  'src/content.config.ts': ['collections'], // Astro reads the content collections from here
};

const sources = readSources(REPOSITORY_ROOT, ['src', 'tests', 'bin', 'astro.config.mjs', 'vitest.config.ts']);
const modules = parseModules(sources);
const inSource = (path: string) => path.startsWith('src/');
const folderOf = (path: string) => (inSource(path) ? path.slice(0, path.lastIndexOf('/')) : null);
const readable = (cycles: string[][]) => cycles.map((cycle) => cycle.join(' → '));

describe('the modules of src/', () => {
  it('are all read, .astro components and the Node worker included', () => {
    // If the reading broke, every check below would pass on nothing.
    for (const path of ['src/engine/client.ts', 'src/components/playground/Playground.astro', 'src/engine/node/worker-entry.mjs']) {
      expect(modules.has(path), path).toBe(true);
    }
    const playground = modules.get('src/components/playground/Playground.astro')!;
    expect(playground.imports.map((i) => i.target)).toContain('src/playground/mount.ts');
  });

  it('import no module that imports them back', () => {
    const graph = moduleGraph([...modules.values()].filter((m) => inSource(m.path)));
    expect(readable(findCycles(graph))).toEqual([]);
  });

  it('form folders that never depend on each other both ways (the editor below the playground, the build below the Node worker)', () => {
    expect(readable(findCycles(groupGraph(modules.values(), folderOf)))).toEqual([]);
  });

  it('export nothing that no module, test or configuration imports', () => {
    expect(unusedExports(modules, inSource, USED_BY_TOOLS)).toEqual([]);
  });
});

describe('the import checker', () => {
  const parse = (files: Record<string, string>) => parseModules(new Map(Object.entries(files)) as Sources);
  const graphOf = (edges: Record<string, string[]>): Graph => new Map(Object.entries(edges).map(([node, to]) => [node, new Set(to)]));

  it.each([
    ['a static import', "import { b } from './b';", ['b']],
    ['a default import', "import B from './b';", ['default']],
    ['an import for its types only', "import type { B } from './b';", ['B']],
    ['a namespace import', "import * as b from './b';", '*'],
    ['an import for its effects', "import './b';", []],
    ['a re-export', "export { b as c } from './b';", ['b']],
    ['import() whose module is destructured in then()', "import('./b').then(({ b, c: d }) => b(d));", ['b', 'c']],
    ['import() awaited into a destructuring', "const { b } = await import('./b');", ['b']],
    ['import() kept whole', "const b = await import('./b');", '*'],
    ['an import with the .js extension of the compiled file', "import { b } from './b.js';", ['b']],
  ])('sees %s', (_what, code, names) => {
    const parsed = parse({ 'src/a.ts': code, 'src/b.ts': 'export const b = 1, c = 2;' });
    expect(parsed.get('src/a.ts')!.imports).toEqual([{ target: 'src/b.ts', names }]);
  });

  it('leaves packages and virtual modules out', () => {
    const parsed = parse({ 'src/a.ts': "import { z } from 'astro/zod';\nimport assets from 'virtual:engine-assets';" });
    expect(parsed.get('src/a.ts')!.imports).toEqual([]);
  });

  it("reads an .astro file's frontmatter and bundled scripts, not its JSON data scripts", () => {
    const parsed = parse({
      'src/A.astro': [
        '---',
        "import B from './B.astro';",
        '---',
        '<B />',
        '<script type="application/json" data-x set:html={JSON.stringify(x)} />',
        '<script>',
        "  import { mount } from './mount';",
        '</script>',
      ].join('\n'),
      'src/B.astro': '<p>b</p>',
      'src/mount.ts': 'export function mount() {}',
    });
    expect(parsed.get('src/A.astro')!.imports).toEqual([
      { target: 'src/B.astro', names: ['default'] },
      { target: 'src/mount.ts', names: ['mount'] },
    ]);
  });

  it.each([
    ['none in a graph that only goes down', { a: ['b', 'c'], b: ['c'], c: [] }, []],
    ['two modules importing each other', { a: ['b'], b: ['a'] }, ['a → b → a']],
    ['a module importing itself', { a: ['a'] }, ['a → a']],
    ['a longer way round, named from the same module every run', { c: ['a'], a: ['b'], b: ['c'] }, ['a → b → c → a']],
    ['each way round a knot of modules', { mount: ['first', 'open'], first: ['mount'], open: ['mount'] }, ['first → mount → first', 'mount → open → mount']],
  ])('finds %s', (_what, edges, cycles) => {
    expect(readable(findCycles(graphOf(edges)))).toEqual(cycles);
  });

  it('lists exports that nothing imports, and counts a namespace import as using all', () => {
    const parsed = parse({
      'src/a.ts': "import { used } from './b';\nimport * as all from './c';",
      'src/b.ts': 'export const used = 1;\nexport function unused() {}\nexport interface Unused {}',
      'src/c.ts': 'export const any = 1;',
    });
    expect(unusedExports(parsed, (path) => path !== 'src/a.ts')).toEqual(['src/b.ts: Unused', 'src/b.ts: unused']);
  });
});
