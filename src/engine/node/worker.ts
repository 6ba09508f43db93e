/** The Node worker thread that hosts Pyodide (started by node-engine.ts through worker-entry.mjs). */
import { parentPort } from 'node:worker_threads';
import { loadPyodide } from 'pyodide';
import { lockDown } from '../lockdown';
import { nodeLockDownPlan } from './lockdown-plan';
import { installPythonSources, pyodideOptions } from '../pyodide-engine';
import { engineAssets, PYODIDE_DIR } from '../build/assets';
import { cachedEngineSnapshot } from '../build/snapshot';
import { withRoomForSnapshot } from '../snapshot-room';
import { serveEngine } from '../serve';
import type { ToWorker } from '../protocol';
import { readPythonSources } from '../build/python-sources';

const port = parentPort!;

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
    const { bytes: snapshot } = await cachedEngineSnapshot(sources, engineAssets(sources).snapshotFile);
    const pyodide = await withRoomForSnapshot(snapshot, () =>
      loadPyodide({ indexURL: PYODIDE_DIR, ...pyodideOptions(), _loadSnapshot: snapshot } as Parameters<typeof loadPyodide>[0]),
    );
    progress('stdlib', 0.8);
    installPythonSources(pyodide, sources);
    return pyodide;
  },
  (pyodide) => {
    const left = lockDown(pyodide, nodeLockDownPlan());
    if (left.length) throw new Error(`could not lock the worker down: ${left.join(', ')}`);
  },
);
