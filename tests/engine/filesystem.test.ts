/**
 * The engine's quicker path joins (src/engine/filesystem.ts quickenPathJoins): every system call
 * resolves its path through Emscripten's PATH.join2, so a join that answered differently would
 * make a file the reader's code opens, lists or deletes a different file. And its quick writer of
 * the engine's files (writeTree): a file it made that Python read differently would be an engine
 * that fails to import, or a read-only tree a run could write into.
 */
import { fileURLToPath } from 'node:url';
import { loadPyodide, type PyodideAPI } from 'pyodide';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeReadOnly, quickenPathJoins, writeTree } from '../../src/engine/filesystem';
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

describe('writeTree', () => {
  let pyodide: PyodideAPI;
  const utf8 = new TextEncoder();
  beforeAll(async () => {
    const indexURL = fileURLToPath(new URL('../../node_modules/pyodide/', import.meta.url));
    pyodide = await loadPyodide({ indexURL, ...pyodideOptions() } as Parameters<typeof loadPyodide>[0]);
  }, 60_000);

  it('makes files Python reads, lists, stats and imports as if FS.writeFile had written them', () => {
    const bundle = utf8.encode('VALUE = "é"\n' + 'X = 2\n');
    writeTree(pyodide, '/opt/tree', [
      ['pkg/__init__.py', bundle.subarray(0, 13)],
      ['pkg/deep/er/mod.py', bundle.subarray(13)],
      ['top.txt', new Uint8Array([0, 255, 10])],
    ]);
    pyodide.FS.writeFile('/opt/written.txt', new Uint8Array([0, 255, 10]));
    const seen = pyodide.runPython(`
import os, sys
sys.path.insert(0, "/opt/tree")
import pkg, pkg.deep.er.mod
def mode(path):
    return oct(os.stat(path).st_mode)
str([pkg.VALUE, pkg.deep.er.mod.X, sorted(os.listdir("/opt/tree")), sorted(os.listdir("/opt/tree/pkg")),
     open("/opt/tree/top.txt", "rb").read(), os.stat("/opt/tree/top.txt").st_size,
     os.path.isdir("/opt/tree/pkg/deep"), mode("/opt/tree/top.txt") == mode("/opt/written.txt"),
     mode("/opt/tree/pkg/deep") == mode("/opt")])
`) as string;
    expect(seen).toBe("['é', 2, ['pkg', 'top.txt'], ['__init__.py', 'deep'], b'\\x00\\xff\\n', 3, True, True, True]");
  });

  it('writes a file that is already there again, and adds to folders that are', () => {
    writeTree(pyodide, '/opt/again', [['a/one.txt', utf8.encode('first')]]);
    writeTree(pyodide, '/opt/again', [['a/one.txt', utf8.encode('second')], ['a/two.txt', utf8.encode('2')]]);
    expect(pyodide.runPython('import os\nstr([open("/opt/again/a/one.txt").read(), sorted(os.listdir("/opt/again/a"))])')).toBe(
      "['second', ['one.txt', 'two.txt']]",
    );
  });

  it('leaves nothing writable once the tree is made read-only', () => {
    writeTree(pyodide, '/opt/locked', [['a/b.py', utf8.encode('x = 1')]]);
    makeReadOnly(pyodide, ['/opt']);
    const refused = pyodide.runPython(`
refused = []
for attempt in (lambda: open("/opt/locked/a/b.py", "w"), lambda: open("/opt/locked/a/new.py", "w")):
    try:
        attempt()
    except PermissionError:
        refused.append(True)
str(refused)
`) as string;
    expect(refused).toBe('[True, True]');
  });
});
