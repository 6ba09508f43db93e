/**
 * The standard library's zip (2.5 MB, already deflated, so no smaller on the wire), read when
 * Python first reads it instead of downloaded before the first answer. Everything the engine
 * imports is in the snapshot already (build/snapshot.ts), and the snapshot keeps zipimport's
 * table of the zip's entries: only a reader's import of a module nothing imported yet (`csv`,
 * `ctypes`) or a traceback's source line from the stdlib opens the file.
 *
 * Pyodide installs the zip named by `stdLibURL` before the snapshot is restored; it is given an
 * empty one (STDLIB_PLACEHOLDER), replaced here by a file of the real zip's size whose bytes are
 * loaded on first read. Its size is known at once, so a stat (zipimport makes one for each
 * importer) reads nothing.
 */
import type { PyodideAPI } from 'pyodide';

/** The zip Pyodide installs at start in the browser: an empty archive (its end record alone). */
export const STDLIB_PLACEHOLDER = {
  file: 'python_stdlib.placeholder.zip',
  bytes: Uint8Array.of(0x50, 0x4b, 0x05, 0x06, ...new Array<number>(18).fill(0)),
};

interface FileNode {
  contents?: unknown;
  usedBytes?: number;
}

interface Emscripten {
  readdir(path: string): string[];
  lookupPath(path: string): { node: FileNode & { contents: Record<string, FileNode> } };
  unlink(path: string): void;
  ErrnoError: new (errno: number) => Error;
  filesystems: { MEMFS: { createNode(parent: unknown, name: string, mode: number, dev: number): FileNode } };
}

const EIO = 29; // Emscripten's number for it
const FILE_MODE = 0o100444;
const STDLIB_ZIP = /^python\d+\.zip$/;

/**
 * Replace the zip Pyodide installed in /lib by one of `size` bytes that `load` gives on its
 * first read. A load that throws or gives other than `size` bytes is an I/O error to Python
 * (its import fails, the engine lives on), and the next read tries again.
 */
export function stdlibOnFirstRead(pyodide: Pick<PyodideAPI, 'FS'>, size: number, load: () => Uint8Array): string {
  const FS = pyodide.FS as unknown as Emscripten;
  const name = FS.readdir('/lib').find((entry) => STDLIB_ZIP.test(entry));
  if (!name) throw new Error('Pyodide installed no standard library zip in /lib');
  const path = `/lib/${name}`;
  FS.unlink(path);
  const node = FS.filesystems.MEMFS.createNode(FS.lookupPath('/lib').node, name, FILE_MODE, 0);
  let bytes: Uint8Array | null = null;
  Object.defineProperty(node, 'usedBytes', { value: size, writable: false });
  Object.defineProperty(node, 'contents', {
    enumerable: true,
    get(): Uint8Array {
      if (bytes) return bytes;
      let loaded: Uint8Array;
      try {
        loaded = load();
      } catch {
        throw new FS.ErrnoError(EIO);
      }
      if (loaded.length !== size) throw new FS.ErrnoError(EIO);
      bytes = loaded;
      return bytes;
    },
  });
  return path;
}
