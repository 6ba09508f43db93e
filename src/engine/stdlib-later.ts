/**
 * The standard library's zip (2.5 MB, already deflated, so no smaller on the wire), read when
 * Python first reads it instead of downloaded before the first answer. Everything the engine
 * imports is in the snapshot already (build/snapshot.ts), and the snapshot keeps zipimport's
 * table of the zip's entries: only a reader's import of a module nothing imported yet (`csv`,
 * `ctypes`) or a traceback's source line from the stdlib opens the file.
 *
 * Pyodide installs the zip named by `stdLibURL` before the snapshot is restored; it is given an
 * empty one (STDLIB_PLACEHOLDER), replaced here by a file of the real zip's size whose bytes
 * come on first read (filesystem.ts LaterFile).
 */
import type { PyodideAPI } from 'pyodide';
import { writeTree, type LaterFile } from './filesystem';

/** The zip Pyodide installs at start in the browser: an empty archive (its end record alone). */
export const STDLIB_PLACEHOLDER = {
  file: 'python_stdlib.placeholder.zip',
  bytes: Uint8Array.of(0x50, 0x4b, 0x05, 0x06, ...new Array<number>(18).fill(0)),
};

const STDLIB_ZIP = /^python\d+\.zip$/;

/** Replace the zip Pyodide installed in /lib by `zip`. */
export function stdlibOnFirstRead(pyodide: Pick<PyodideAPI, 'FS'>, zip: LaterFile): void {
  const name = pyodide.FS.readdir('/lib').find((entry: string) => STDLIB_ZIP.test(entry));
  if (!name) throw new Error('Pyodide installed no standard library zip in /lib');
  pyodide.FS.unlink(`/lib/${name}`);
  writeTree(pyodide, '/lib', [[name, zip]]);
}
