/**
 * A memory snapshot of Pyodide with the engine imported and warmed up, made in Node at build
 * time. Restoring it in the browser skips the interpreter's start and every import (seconds).
 *
 * This uses Pyodide's private snapshot options (`_makeSnapshot`, `makeMemorySnapshot`,
 * `_loadSnapshot`), which is why package.json pins pyodide to one exact version and
 * tests/engine/snapshot.test.ts checks that a snapshot loads and answers.
 */
import { mkdirSync, readFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadPyodide, type PyodideAPI } from 'pyodide';
import { ENGINE_ROOT, installPythonSources, pyodideOptions, startPythonEngine, type PythonSources } from '../pyodide-engine';
import { PYODIDE_DIR } from './assets';
import { WARM_UP_REQUESTS } from '../warm-up';
import { zeroFreeMemory } from './free-memory';
import { writeWholeFile } from './whole-file';

const CACHE_DIR = fileURLToPath(new URL('../../../node_modules/.cache/django-to-production/', import.meta.url));

type SnapshotPyodide = PyodideAPI & { makeMemorySnapshot(): Uint8Array; _module: Parameters<typeof zeroFreeMemory>[0] };

/**
 * The standard library's modules the engine imports only when a run needs them, and the warm-up
 * does not reach: a date in TIME_ZONE (zoneinfo, which reads sysconfig and importlib.resources),
 * a date format (calendar), a management command (argparse), WhiteNoise's and the test client's
 * wsgiref, a latin-1 header. In the browser the stdlib's zip is downloaded only when Python
 * first reads it (../stdlib-later.ts): imported here, no answer of the engine's waits for it.
 */
const STDLIB_THE_ENGINE_IMPORTS_LATER = [
  'argparse',
  'calendar',
  'encodings.latin_1',
  'importlib.resources',
  'sysconfig',
  'wsgiref.headers',
  'wsgiref.util',
  'zoneinfo',
];

/** A snapshot, and which of the engine's sources it has imported (paths relative to src/python). */
interface EngineSnapshot {
  bytes: Uint8Array;
  imported: string[];
}

export async function makeEngineSnapshot(sources: PythonSources): Promise<EngineSnapshot> {
  const pyodide = (await loadPyodide({ indexURL: PYODIDE_DIR, ...pyodideOptions(), _makeSnapshot: true } as Parameters<typeof loadPyodide>[0])) as SnapshotPyodide;
  installPythonSources(pyodide, sources);
  const engine = startPythonEngine(pyodide);
  pyodide.runPython(`import ${STDLIB_THE_ENGINE_IMPORTS_LATER.join(', ')}`);
  for (const request of WARM_UP_REQUESTS) engine.handle(JSON.stringify(request));
  const imported = importedSources(pyodide).filter((path) => path in sources);
  // What start-up made lives as long as the worker: collected and frozen here, so the worker's
  // own collection when it seals itself (minidjango/api.py) has only the last start's objects to walk.
  pyodide.runPython('import gc; gc.collect(); gc.freeze()');
  zeroFreeMemory(pyodide._module);
  return { bytes: pyodide.makeMemorySnapshot(), imported };
}

function importedSources(pyodide: PyodideAPI): string[] {
  const root = `${ENGINE_ROOT}/`;
  const files = pyodide.runPython(`[getattr(m, '__file__', None) or '' for m in list(__import__('sys').modules.values())]`) as { toJs(): string[]; destroy(): void };
  const paths = files.toJs().filter((file) => file.startsWith(root)).map((file) => file.slice(root.length));
  files.destroy();
  return [...new Set(paths)].sort();
}

/** The snapshot for these sources, made once and kept in node_modules/.cache (its list of imports beside it). */
export async function cachedEngineSnapshot(sources: PythonSources, fileName: string): Promise<EngineSnapshot> {
  const cached = `${CACHE_DIR}${fileName}`;
  const importedList = `${cached}.imported.json`;
  if (existsSync(cached) && existsSync(importedList)) return { bytes: readFileSync(cached), imported: JSON.parse(readFileSync(importedList, 'utf8')) as string[] };
  const snapshot = await makeEngineSnapshot(sources);
  mkdirSync(CACHE_DIR, { recursive: true });
  writeWholeFile(importedList, JSON.stringify(snapshot.imported));
  writeWholeFile(cached, snapshot.bytes);
  return snapshot;
}
