/**
 * The interpreter's filesystem once the engine has started: the standard library (/lib), the
 * engine's own files (/opt) and the devices are read-only; the rest (the project under /home,
 * /tmp, folders a run makes, such as /var/cache/... for a file-based cache) a run may write, and
 * the engine puts it back as it was before each run (minidjango/project.py). Without this a run
 * could leave files for the next ones: a module in site-packages that every later run imports, a
 * changed file of the engine itself.
 *
 * Emscripten's filesystem checks permission bits (there are no users): each folder and file of a
 * read-only tree loses its write bits, and its node gets a `setattr` of its own that refuses, so
 * `os.chmod` cannot give them back; the root refuses to move them away. Devices (/dev/null) stay
 * as they are.
 */
import type { PyodideAPI } from 'pyodide';

/** minidjango/project.py READ_ONLY_DIRS */
const READ_ONLY_DIRS = ['/lib', '/opt', '/dev', '/proc'];

interface FsNode {
  name: string;
  mode: number;
  contents?: Record<string, FsNode>;
  mounted?: unknown;
  node_ops: Record<string, (...args: never[]) => unknown>;
}

interface Emscripten {
  root: FsNode;
  isDir(mode: number): boolean;
  isFile(mode: number): boolean;
  ErrnoError: new (errno: number) => Error;
  mkdirTree(path: string): void;
  lookupPath(path: string): { node: FsNode };
  writeFile(path: string, data: Uint8Array): void;
  filesystems: { MEMFS: { createNode(parent: FsNode, name: string, mode: number, dev: number): FsNode } };
}

const EPERM = 63; // Emscripten's number for it

/** Returns how many folders and files it made read-only. */
export function makeReadOnly(pyodide: PyodideAPI, trees: readonly string[] = READ_ONLY_DIRS): number {
  const FS = pyodide.FS as unknown as Emscripten | undefined;
  if (!FS?.root?.contents) return 0; // a test's fake Pyodide
  const refuse = () => {
    throw new FS.ErrnoError(EPERM);
  };
  let locked = 0;
  const lock = (node: FsNode) => {
    if (node.mounted || (!FS.isDir(node.mode) && !FS.isFile(node.mode))) return; // other filesystems, devices, links
    node.mode &= ~0o222;
    node.node_ops = { ...node.node_ops, setattr: refuse };
    locked++;
    if (FS.isDir(node.mode) && node.contents) for (const child of Object.values(node.contents)) lock(child);
  };
  const protectedNodes = new Set<FsNode>();
  for (const tree of trees) {
    const node = FS.root.contents[tree.replace(/^\//, '')];
    if (!node) continue;
    protectedNodes.add(node);
    lock(node);
  }
  // Moving a tree away is an operation of the folder it is in, the root, which stays writable.
  const root = FS.root;
  const rename = root.node_ops.rename as (node: FsNode, ...rest: never[]) => unknown;
  root.node_ops = {
    ...root.node_ops,
    rename: (node: FsNode, ...rest: never[]) => (protectedNodes.has(node) ? refuse() : rename(node, ...rest)),
  };
  return locked;
}

/** The modes FS.mkdir and FS.writeFile give by default. */
const FOLDER_MODE = 0o40777;
const FILE_MODE = 0o100666;
const EIO = 29; // Emscripten's number for it

/**
 * A file whose bytes are read when Python first reads it (a download the page has not made yet):
 * its size is known at once, so listing, stat and open read nothing. A `read` that throws or
 * gives other than `size` bytes is an I/O error to Python, and the next read tries again.
 */
export interface LaterFile {
  size: number;
  read(): Uint8Array;
}

interface MemfsFile {
  contents?: unknown;
  usedBytes?: number;
}

/** MEMFS keeps a file's bytes in `contents` (its first `usedBytes`): both are filled on first use. */
function fillOnFirstRead(FS: Emscripten, node: MemfsFile, later: LaterFile): void {
  let bytes: Uint8Array | null = null;
  let filled = false; // once read, or written (a write replaces what `read` would give)
  let used = later.size;
  const fill = (): Uint8Array | null => {
    if (filled) return bytes;
    let read: Uint8Array;
    try {
      read = later.read();
    } catch {
      throw new FS.ErrnoError(EIO);
    }
    if (read.length !== later.size) throw new FS.ErrnoError(EIO);
    filled = true;
    return (bytes = read);
  };
  const write = (value: Uint8Array | null) => {
    filled = true;
    bytes = value;
  };
  Object.defineProperties(node, {
    contents: { enumerable: true, get: fill, set: write },
    usedBytes: { enumerable: true, get: () => used, set: (value: number) => void (used = value) },
  });
}

/**
 * Write `files` (path under `root` → bytes, or a LaterFile) into Emscripten's in-memory
 * filesystem, each folder and file node made by MEMFS itself and the bytes kept as given, not
 * copied. FS.writeFile resolves the whole path, checks permissions and copies the bytes for each
 * file: 25 ms of every start for the engine's 550 files, against 1 ms. A file already there is
 * written by FS.writeFile.
 */
export function writeTree(pyodide: Pick<PyodideAPI, 'FS'>, root: string, files: Iterable<[relPath: string, bytes: Uint8Array | LaterFile]>): void {
  const FS = pyodide.FS as unknown as Emscripten;
  const { MEMFS } = FS.filesystems;
  FS.mkdirTree(root);
  const folders = new Map<string, FsNode>([['', FS.lookupPath(root).node]]);
  /** The folder node `relPath` is in (made if need be), and its name there. */
  const placeOf = (relPath: string): [FsNode, string] => {
    const cut = relPath.lastIndexOf('/');
    return [folder(cut < 0 ? '' : relPath.slice(0, cut)), relPath.slice(cut + 1)];
  };
  const folder = (relPath: string): FsNode => {
    const known = folders.get(relPath);
    if (known) return known;
    const [parent, name] = placeOf(relPath);
    const there = parent.contents?.[name];
    const node = there && FS.isDir(there.mode) ? there : MEMFS.createNode(parent, name, FOLDER_MODE, 0);
    folders.set(relPath, node);
    return node;
  };
  for (const [relPath, bytes] of files) {
    const [parent, name] = placeOf(relPath);
    if (parent.contents?.[name]) {
      FS.writeFile(`${root}/${relPath}`, bytes instanceof Uint8Array ? bytes : bytes.read());
      continue;
    }
    const node = MEMFS.createNode(parent, name, FILE_MODE, 0) as MemfsFile;
    if (bytes instanceof Uint8Array) Object.assign(node, { contents: bytes, usedBytes: bytes.length });
    else fillOnFirstRead(FS, node, bytes);
  }
}

interface EmscriptenPath {
  join2(left: string, right: string): string;
}

/** Whether `path` is absolute and already normalized: no empty, "." or ".." part, no slash at its end. */
function isNormalAbsolute(path: string): boolean {
  if (path === '/') return true;
  return (
    path.charCodeAt(0) === 47 &&
    path.charCodeAt(path.length - 1) !== 47 &&
    !path.includes('//') &&
    !path.includes('/./') &&
    !path.includes('/../') &&
    !path.endsWith('/.') &&
    !path.endsWith('/..')
  );
}

/**
 * Emscripten resolves every path a system call names one part at a time, and joins each part to
 * the path so far with PATH.join2, which normalizes the whole joined path again (splits it,
 * filters it, joins it): a file eleven folders deep cost some 15 µs a lookup, a stat or an open,
 * several of them per file collectstatic copies. Joining one plain part to a normalized absolute
 * path is only a concatenation: that case is answered directly, every other by Emscripten's own
 * join2, so every answer is the one it gives. Returns whether it could (a test's fake Pyodide
 * has no PATH).
 */
export function quickenPathJoins(pyodide: PyodideAPI): boolean {
  const PATH = (pyodide as unknown as { PATH?: EmscriptenPath }).PATH;
  if (!PATH || typeof PATH.join2 !== 'function' || (PATH.join2 as { quick?: boolean }).quick) return false;
  const join2 = PATH.join2.bind(PATH);
  const quick = (left: string, right: string): string => {
    if (typeof left === 'string' && typeof right === 'string' && right !== '' && right !== '.' && right !== '..' &&
      !right.includes('/') && isNormalAbsolute(left)) {
      return left === '/' ? `/${right}` : `${left}/${right}`;
    }
    return join2(left, right);
  };
  PATH.join2 = Object.assign(quick, { quick: true });
  return true;
}
