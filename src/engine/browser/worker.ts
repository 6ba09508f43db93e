/**
 * The page's Web Worker that hosts Pyodide (one per page, shared by all its playgrounds).
 * It restores the build-time memory snapshot, so the interpreter starts with the engine
 * already imported; the reader's Python runs here, away from the page's DOM and storage.
 * Once started, the worker is locked down (../lockdown.ts): no network, no storage, no
 * messages to the page but the engine's answers.
 */
/// <reference lib="webworker" />
import type { loadPyodide as LoadPyodide } from 'pyodide';
import assets from 'virtual:engine-assets';
import { lockDown } from '../lockdown';
import { installPythonSourcesOnFirstRead, pyodideOptions, type PythonSources } from '../pyodide-engine';
import type { ToWorker } from '../protocol';
import { serveEngine } from '../serve';
import { fetchWithProgress } from './fetch-progress';
import { keptOrFetched } from './kept-copy';
import { withRoomForSnapshot } from '../snapshot-room';
import { ShippedSnapshot } from '../shipped-snapshot';
import { STDLIB_PLACEHOLDER, stdlibOnFirstRead } from '../stdlib-later';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const folder = new URL(`${import.meta.env.BASE_URL}${assets.pyodidePath}`, scope.location.origin).href;
// Taken now: after start-up the worker's own postMessage is gone (the reader's code must not post).
const post = scope.postMessage.bind(scope);
const listen = scope.addEventListener.bind(scope);
const SyncRequest = XMLHttpRequest;

/**
 * A file of the site, read while Python waits for it: Python's reads are synchronous, and a
 * worker may make a synchronous request. Only ever asked for the standard library's zip and the
 * bundles of the engine's sources. The page is told while it downloads, so that the wait does
 * not count against the call's time limit.
 */
function readNow(url: string): Uint8Array {
  post({ type: 'download', waiting: true });
  try {
    const request = new SyncRequest();
    request.open('GET', url, false);
    request.responseType = 'arraybuffer';
    request.send();
    if (request.status !== 200) throw new Error(`${url}: HTTP ${request.status}`);
    return new Uint8Array(request.response as ArrayBuffer);
  } finally {
    post({ type: 'download', waiting: false });
  }
}

/** What the worker's scope loses once started: every way out of it but `post`. */
const LOCKED = {
  globals: [
    'fetch',
    'XMLHttpRequest',
    'WebSocket',
    'WebSocketStream',
    'EventSource',
    'WebTransport',
    'importScripts',
    'indexedDB',
    'caches',
    'cookieStore',
    'Worker',
    'SharedWorker',
    'BroadcastChannel',
    'Notification',
    'postMessage',
    'dispatchEvent',
    'webkitRequestFileSystem',
    'webkitRequestFileSystemSync',
    'webkitResolveLocalFileSystemURL',
    'webkitResolveLocalFileSystemSyncURL',
  ],
  navigator: ['storage', 'serviceWorker', 'locks', 'permissions', 'sendBeacon'],
};

serveEngine(
  {
    post: (message) => post(message),
    // Only the page's messages: an event dispatched from inside the worker is not trusted.
    listen: (handler) => listen('message', (event: MessageEvent<ToWorker>) => event.isTrusted && handler(event.data)),
  },
  async (progress) => {
    progress('runtime', 0);
    // Pyodide holds the snapshot at once and downloads and compiles its wasm meanwhile; it
    // reads the snapshot once its instance exists, which withRoomForSnapshot holds until here.
    const snapshot = new ShippedSnapshot(assets.snapshotSize);
    const arrived = fetchWithProgress(
      `${folder}${assets.snapshotFile}`,
      assets.snapshotBytes,
      (fraction, received) => progress('runtime', fraction * 0.85, { received, total: assets.snapshotBytes }),
      keptOrFetched,
    ).then((shipped) => snapshot.arrive(shipped));
    // Pyodide imports its runtime script (1.2 MB) only once its loader has run: imported now, it
    // is fetched and compiled meanwhile, and Pyodide's own import, which reports a failure, finds it.
    import(/* @vite-ignore */ `${folder}pyodide.asm.mjs`).catch(() => {});
    // The loader is loaded from the site's own copy of the package, not bundled: it is the
    // same version as the runtime files beside it, and bundling it would drag in Node code.
    const { loadPyodide } = (await import(/* @vite-ignore */ `${folder}pyodide.mjs`)) as { loadPyodide: typeof LoadPyodide };
    const [pyodide] = await Promise.all([
      withRoomForSnapshot(
        arrived,
        () =>
          loadPyodide({
            indexURL: folder,
            ...pyodideOptions(),
            stdLibURL: `${folder}${STDLIB_PLACEHOLDER.file}`,
            _loadSnapshot: snapshot,
          } as Parameters<typeof LoadPyodide>[0]),
        (arrivedSnapshot, memory) => arrivedSnapshot.keepFreshMemory(memory),
      ),
      // A failed download fails the boot: Pyodide only warns when its instantiation fails, and waits on.
      arrived,
    ]);
    progress('stdlib', 0.9);
    // The stdlib and the engine's sources are read when Python first reads them: the engine's
    // own work reads none of them (tests/engine/stdlib-later.test.ts).
    stdlibOnFirstRead(pyodide, { size: assets.stdlibBytes, read: () => readNow(`${folder}${assets.stdlibFile}`) });
    for (const [bundle, file] of Object.entries(assets.sourceFiles) as Array<[keyof typeof assets.sourceFiles, string]>) {
      installPythonSourcesOnFirstRead(pyodide, assets.sourceSizes[bundle], () => JSON.parse(new TextDecoder().decode(readNow(`${folder}${file}`))) as PythonSources);
    }
    return pyodide;
  },
  (pyodide) => {
    const left = lockDown(pyodide, { scope, ...LOCKED });
    if (left.length) console.warn(`The Python worker could not remove: ${left.join(', ')}`);
  },
);
