/**
 * The engine's files in the built site: Pyodide's runtime (copied from node_modules/pyodide,
 * never fetched from a CDN) and a memory snapshot of the interpreter with the engine already
 * imported. Both live under a versioned folder, so hosts may cache them for a year.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { PythonSources } from '../pyodide-engine';
import type { SourceBundles } from './python-sources';

export const PYODIDE_DIR = fileURLToPath(new URL('../../../node_modules/pyodide/', import.meta.url));

/** The standard library's zip in the pyodide package; the browser reads it only when Python does (../stdlib-later.ts). */
export const STDLIB_FILE = 'python_stdlib.zip';

/** The files of the pyodide package the browser needs, its loader (pyodide.mjs) included. */
export const PYODIDE_RUNTIME_FILES = ['pyodide.mjs', 'pyodide.asm.mjs', 'pyodide.asm.wasm', STDLIB_FILE, 'pyodide-lock.json'];

const PYODIDE_VERSION: string = JSON.parse(readFileSync(`${PYODIDE_DIR}package.json`, 'utf8')).version;

export interface EngineAssets {
  /** Folder of the runtime files, relative to the site's base, e.g. "pyodide/314.0.7/". */
  pyodidePath: string;
  /** The snapshot's file name inside that folder; it changes whenever the Python sources or the recipe do. */
  snapshotFile: string;
  /** The file name of each bundle of the sources inside that folder (JSON: path → text; python-sources.ts splitSources). */
  sourceFiles: Record<keyof SourceBundles, string>;
}

/** What makes the snapshot besides the Python sources: a change to how it is made makes a new one. */
const SNAPSHOT_RECIPE = ['./snapshot.ts', '../warm-up.ts', '../pyodide-engine.ts', './wasm-memory.ts', './free-memory.ts', '../shipped-snapshot.ts'].map((file) => readFileSync(new URL(file, import.meta.url), 'utf8'));

export function engineAssets(sources: PythonSources): EngineAssets {
  const hash = createHash('sha256').update(PYODIDE_VERSION);
  for (const text of SNAPSHOT_RECIPE) hash.update(text).update('\0');
  for (const path of Object.keys(sources).sort()) hash.update(path).update('\0').update(sources[path]!).update('\0');
  const digest = hash.digest('hex').slice(0, 12);
  return {
    pyodidePath: `pyodide/${PYODIDE_VERSION}/`,
    snapshotFile: `engine-${digest}.snapshot`,
    sourceFiles: {
      imported: `engine-${digest}.imported.json`,
      importedLater: `engine-${digest}.later.json`,
      staticFiles: `engine-${digest}.static.json`,
    },
  };
}
