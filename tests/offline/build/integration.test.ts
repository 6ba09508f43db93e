/**
 * The manifest the build writes into sw.js. If it broke, a file of the site would be missing
 * offline (a chapter, the search index, Python's runtime), or a new build would not tell the
 * reader of a new version, or an unchanged build would tell them of one for nothing.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { manifestOfBuild, serviceWorkerScript } from '../../../src/offline/build/integration';

const dirs: string[] = [];
function build(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'd2p-offline-'));
  dirs.push(root);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const site = {
  'index.html': '<h1>Home</h1>',
  'caching/index.html': '<h1>Caching</h1>',
  'caching/index.html.gz': 'gz',
  '_astro/app.js': 'console.log(1)',
  'pagefind/pagefind.js': 'search',
  'pyodide/314.0.7/pyodide.asm.wasm': 'wasm',
  'sw.js': 'old worker',
};

describe('the offline manifest of a build', () => {
  it('lists every file of the site once, by URL, with Python’s files marked', () => {
    const manifest = manifestOfBuild(build(site));
    expect(manifest.entries.map((e) => [e.url, e.bytes, e.engine])).toEqual([
      ['_astro/app.js', 14, false],
      ['caching/', 16, false],
      ['', 13, false],
      ['pagefind/pagefind.js', 6, false],
      ['pyodide/314.0.7/pyodide.asm.wasm', 4, true],
    ]);
  });

  it('has the same version for the same files, and a new one when any file changes', () => {
    const first = manifestOfBuild(build(site)).version;
    expect(manifestOfBuild(build(site)).version).toBe(first);
    expect(manifestOfBuild(build({ ...site, 'caching/index.html': '<h1>Caching, again</h1>' })).version).not.toBe(first);
  });

  it('writes a service worker that carries its manifest', async () => {
    const manifest = manifestOfBuild(build(site));
    const script = await serviceWorkerScript(manifest);
    expect(script.startsWith(`const OFFLINE_MANIFEST = ${JSON.stringify(manifest)};`)).toBe(true);
    expect(script).toContain('addEventListener("fetch"');
  });
});
