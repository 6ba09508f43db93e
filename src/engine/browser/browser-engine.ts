/**
 * The page's engine: one module worker per page, started on first use and shared by every
 * playground on it. Calls that run too long are interrupted in place when the page is
 * cross-origin isolated (SharedArrayBuffer), otherwise the worker is replaced.
 */
import { EngineClient, type EngineStatus, type EngineWorker } from '../client';
import type { FromWorker } from '../protocol';

function spawnBrowserWorker(): EngineWorker {
  const worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module', name: 'python-engine' });
  return {
    postMessage: (message) => worker.postMessage(message),
    terminate: () => worker.terminate(),
    onMessage: (handler) => worker.addEventListener('message', (event: MessageEvent<FromWorker>) => handler(event.data)),
    onCrash: (handler) =>
      worker.addEventListener('error', (event) => {
        event.preventDefault();
        handler(new Error(event.message || 'the Python worker failed to load'));
      }),
  };
}

let shared: EngineClient | null = null;
const listeners = new Set<(status: EngineStatus) => void>();
let lastStatus: EngineStatus = { state: 'booting', phase: 'runtime', fraction: 0 };

/** The page's engine, started on the first call. */
export function pageEngine(): EngineClient {
  if (shared) return shared;
  performance.mark('d2p:engine:start');
  shared = new EngineClient({
    spawn: spawnBrowserWorker,
    interrupts: typeof SharedArrayBuffer !== 'undefined' && globalThis.crossOriginIsolated === true,
    onStatus: (status) => {
      if (status.state === 'ready') performance.mark('d2p:engine:ready');
      lastStatus = status;
      for (const listener of listeners) listener(status);
    },
  });
  return shared;
}

/** Follow the engine's loading progress and restarts; called at once with the latest status. */
export function onEngineStatus(listener: (status: EngineStatus) => void): void {
  listeners.add(listener);
  listener(lastStatus);
}
