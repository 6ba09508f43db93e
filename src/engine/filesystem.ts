/**
 * The interpreter's filesystem, read-only once the engine has started, but for the folders a run
 * may write in (its project under /home, /tmp), which the engine puts back as they were before
 * each run (minidjango/project.py). Without this a run could leave files for the next ones: a
 * module in site-packages every later run would import, or a changed file of the engine itself.
 *
 * Emscripten's filesystem checks permission bits (there are no users): each folder and file
 * outside the writable ones loses its write bits, and its node gets a `setattr` of its own that
 * refuses, so `os.chmod` cannot give them back. Devices (/dev/null) stay as they are.
 */
import type { PyodideAPI } from 'pyodide';

interface FsNode {
  mode: number;
  contents?: Record<string, FsNode>;
  mounted?: unknown;
  node_ops: Record<string, unknown>;
}

/** Returns how many folders and files it made read-only. */
export function makeReadOnlyExcept(pyodide: PyodideAPI, writable: readonly string[]): number {
  const FS = pyodide.FS as unknown as {
    root: FsNode;
    isDir(mode: number): boolean;
    isFile(mode: number): boolean;
    ErrnoError: new (errno: number) => Error;
  };
  const EPERM = 63; // Emscripten's number for it
  const refuse = () => {
    throw new FS.ErrnoError(EPERM);
  };
  if (!FS?.root) return 0; // a test's fake Pyodide
  let locked = 0;
  const walk = (node: FsNode, path: string) => {
    if (writable.includes(path) || node.mounted) return;
    if (!FS.isDir(node.mode) && !FS.isFile(node.mode)) return; // devices, links
    node.mode &= ~0o222;
    node.node_ops = { ...node.node_ops, setattr: refuse };
    locked++;
    if (FS.isDir(node.mode) && node.contents) for (const [name, child] of Object.entries(node.contents)) walk(child, `${path}/${name}`);
  };
  walk(FS.root, '');
  return locked;
}
