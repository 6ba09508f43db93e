/**
 * Starting the Python engine inside a Pyodide instance: the same steps in a browser worker and
 * in a Node worker thread. Only where Pyodide and the Python sources come from differs.
 */
import type { PyodideAPI } from 'pyodide';
import { quickenPathJoins, writeTree, type LaterFile } from './filesystem';

/** Where the engine's Python packages live in Pyodide's filesystem (src/python is copied here). */
export const ENGINE_ROOT = '/opt/minidjango';

/** The interpreter's name as a server's Python has it (not the script that started it on the build machine). */
const PYTHON_EXECUTABLE = '/usr/bin/python3';

/**
 * What every interpreter of the engine starts with: no JavaScript globals, no environment, no
 * output, and a program name of its own. A fresh object each time: loadPyodide changes it.
 */
export function pyodideOptions(): { jsglobals: object; env: Record<string, string>; stdout: () => void; stderr: () => void; _sysExecutable: string } {
  return { jsglobals: Object.create(null) as object, env: {}, stdout: () => {}, stderr: () => {}, _sysExecutable: PYTHON_EXECUTABLE };
}

/** Python source files: path relative to src/python → text. */
export type PythonSources = Record<string, string>;

export interface PythonEngine {
  /** Answer one JSON request with a JSON answer (see minidjango/api.py). Synchronous. */
  handle(requestJson: string): string;
  /**
   * Finish putting the interpreter back after the last answer's run (minidjango/api.py
   * `settle`): for once the answer is sent; the next handle() does it first if not done.
   */
  settle(): void;
  /**
   * Let the client's SIGINT (slot 0 of `signal`) stop the reader's code: Pyodide reads it, and
   * the engine makes the reader's loops look at it (minidjango/interrupts.py).
   */
  enableInterrupts(signal: Int32Array): void;
  /**
   * Cut Python off from JavaScript for good, once the worker needs nothing more of Pyodide's API:
   * the `js` and `pyodide_js` modules are unregistered, the bridge modules forgotten, the
   * interpreter's paths made a server's (minidjango/api.py `seal`).
   */
  seal(): void;
}

/** Write the engine's files, path relative to src/python → their UTF-8 bytes, under ENGINE_ROOT. */
export function writeEngineFiles(pyodide: Pick<PyodideAPI, 'FS'>, files: Iterable<[relPath: string, bytes: Uint8Array | LaterFile]>): void {
  writeTree(pyodide, ENGINE_ROOT, files);
}

// Encoded natively: given a string, Emscripten's FS encodes it in JavaScript, byte by byte (60 ms
// of start-up for the engine's 3 MB of sources).
const utf8 = new TextEncoder();

export function installPythonSources(pyodide: PyodideAPI, sources: PythonSources): void {
  writeEngineFiles(pyodide, Object.entries(sources).map(([relPath, text]) => [relPath, utf8.encode(text)]));
}

/** Each source file's size in UTF-8 bytes: what a filesystem of sources read later must know at once. */
export function sourceSizes(sources: PythonSources): Record<string, number> {
  return Object.fromEntries(Object.entries(sources).map(([relPath, text]) => [relPath, utf8.encode(text).length]));
}

/** Engine files whose bytes are read when Python first reads one of them (`load` gives them all at once). */
export function installPythonSourcesOnFirstRead(pyodide: PyodideAPI, sizes: Record<string, number>, load: () => PythonSources): void {
  let encoded: Map<string, Uint8Array> | null = null;
  const bytesOf = (relPath: string): Uint8Array => {
    encoded ??= new Map(Object.entries(load()).map(([path, text]) => [path, utf8.encode(text)]));
    const bytes = encoded.get(relPath);
    if (!bytes) throw new Error(`${relPath}: not among the engine's sources`);
    return bytes;
  };
  writeEngineFiles(pyodide, Object.entries(sizes).map(([relPath, size]) => [relPath, { size, read: () => bytesOf(relPath) }]));
}

/** Import the engine and return its entry points. */
export function startPythonEngine(pyodide: PyodideAPI): PythonEngine {
  quickenPathJoins(pyodide);
  pyodide.runPython(`
import sys
sys.dont_write_bytecode = True
if ${JSON.stringify(ENGINE_ROOT)} not in sys.path:
    sys.path.insert(0, ${JSON.stringify(ENGINE_ROOT)})
import minidjango.api
`);
  const api = pyodide.pyimport('minidjango.api');
  const handle = api.handle as (json: string) => string;
  const settle = api.settle as () => void;
  const enableInterrupts = api.enable_interrupts as () => void;
  const seal = api.seal as () => void;
  return {
    handle: (requestJson) => handle(requestJson),
    settle: () => settle(),
    enableInterrupts(signal) {
      pyodide.setInterruptBuffer(signal);
      enableInterrupts();
    },
    seal() {
      for (const name of ['js', 'pyodide_js']) {
        try {
          pyodide.unregisterJsModule(name);
        } catch {
          // not registered (a test's fake Pyodide)
        }
      }
      seal();
    },
  };
}
