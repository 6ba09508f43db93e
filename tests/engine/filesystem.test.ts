/**
 * The engine's quicker path joins (src/engine/filesystem.ts quickenPathJoins): every system call
 * resolves its path through Emscripten's PATH.join2, so a join that answered differently would
 * make a file the reader's code opens, lists or deletes a different file.
 */
import { fileURLToPath } from 'node:url';
import { loadPyodide, type PyodideAPI } from 'pyodide';
import { beforeAll, describe, expect, it } from 'vitest';
import { quickenPathJoins } from '../../src/engine/filesystem';
import { pyodideOptions } from '../../src/engine/pyodide-engine';

type Join2 = (left: string, right: string) => string;

describe('quickenPathJoins', () => {
  let pyodide: PyodideAPI;
  let emscriptens: Join2;
  beforeAll(async () => {
    const indexURL = fileURLToPath(new URL('../../node_modules/pyodide/', import.meta.url));
    pyodide = await loadPyodide({ indexURL, ...pyodideOptions() } as Parameters<typeof loadPyodide>[0]);
    const PATH = (pyodide as unknown as { PATH: { join2: Join2 } }).PATH;
    emscriptens = PATH.join2.bind(PATH);
    expect(quickenPathJoins(pyodide)).toBe(true);
  }, 60_000);

  it('joins every path as Emscripten does, the quick cases and the rest', () => {
    const quick = (pyodide as unknown as { PATH: { join2: Join2 } }).PATH.join2;
    const parts = ['', '.', '..', '...', 'a', 'static', 'a.css', '.hidden', 'a/b', '/a', 'a/', '/', '//', 'é', ' ', 'a//b', './a', '../a'];
    const lefts = ['/', '', '.', '..', 'a', '/a', '/a/', '/a/b', '//a', '/a//b', '/a/./b', '/a/../b', '/a/.', '/a/..', '/.', '/..',
      'a/b', '/home/learner/project/static_root', '/opt/minidjango/django/contrib/admin/static/admin/css/vendor/select2'];
    let compared = 0;
    for (const left of lefts) {
      for (const right of parts) {
        expect(quick(left, right), `join2(${JSON.stringify(left)}, ${JSON.stringify(right)})`).toBe(emscriptens(left, right));
        compared++;
      }
    }
    expect(compared).toBe(lefts.length * parts.length);
  });

  it('leaves the files a reader opens where they were', () => {
    const seen = pyodide.runPython(`
import os
os.makedirs("/tmp/joins/a/b", exist_ok=True)
with open("/tmp/joins/a/b/c.txt", "w") as out:
    out.write("here")
found = [open(path).read() for path in ("/tmp/joins/a/b/c.txt", "/tmp/joins/a/./b/../b/c.txt", "/tmp//joins/a/b/c.txt")]
found.append(sorted(os.listdir("/tmp/joins/a/b")))
str(found)
`) as string;
    expect(seen).toBe("['here', 'here', 'here', ['c.txt']]");
  });

  it('is put in once', () => {
    expect(quickenPathJoins(pyodide)).toBe(false);
  });
});
