/** The Node worker thread that hosts Pyodide (started by node-engine.ts through worker-entry.mjs). */
import { parentPort } from 'node:worker_threads';
import { loadPyodide } from 'pyodide';
import { lockDown } from '../lockdown';
import { installPythonSources, pyodideOptions } from '../pyodide-engine';
import { engineAssets, PYODIDE_DIR } from '../build/assets';
import { cachedEngineSnapshot } from '../build/snapshot';
import { serveEngine } from '../serve';
import type { ToWorker } from '../protocol';
import { readPythonSources } from '../build/python-sources';

const port = parentPort!;

/**
 * What the thread's scope loses once started. `process` is the way to Node's modules (files,
 * child processes, the network: process.getBuiltinModule), so it is replaced by what Pyodide
 * itself reads of it.
 */
function lockedProcess(): object {
  const { version, versions, platform } = process;
  const quiet = Object.freeze({ write: () => true, isTTY: false });
  return Object.freeze({
    version,
    versions: Object.freeze({ ...versions }),
    platform,
    release: Object.freeze({ name: 'node' }),
    argv: Object.freeze([]),
    env: Object.freeze({}),
    exitCode: undefined,
    browser: undefined,
    stdout: quiet,
    stderr: quiet,
    getuid: () => 0,
    umask: () => 0o22,
    cwd: () => '/',
    hrtime: Object.assign((previous?: [number, number]) => process.hrtime(previous), { bigint: () => process.hrtime.bigint() }),
  });
}

serveEngine(
  {
    post: (message) => port.postMessage(message),
    listen: (handler) => port.on('message', (message: ToWorker) => handler(message)),
  },
  async (progress) => {
    progress('runtime', 0);
    // The same snapshot the site ships (made once per version of the Python sources, kept in
    // node_modules/.cache): the engine starts in a fraction of a second instead of seconds.
    const sources = readPythonSources();
    const snapshot = await cachedEngineSnapshot(sources, engineAssets(sources).snapshotFile);
    const pyodide = await loadPyodide({ indexURL: PYODIDE_DIR, ...pyodideOptions(), _loadSnapshot: snapshot } as Parameters<typeof loadPyodide>[0]);
    progress('stdlib', 0.8);
    installPythonSources(pyodide, sources);
    return pyodide;
  },
  (pyodide) => {
    const left = lockDown(pyodide, {
      scope: globalThis,
      globals: ['fetch', 'WebSocket', 'EventSource', 'BroadcastChannel', 'navigator', 'require', 'module'],
      replacements: { process: lockedProcess() },
    });
    if (left.length) throw new Error(`could not lock the worker down: ${left.join(', ')}`);
  },
);
