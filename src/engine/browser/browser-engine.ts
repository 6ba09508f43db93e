/**
 * The page's engine: one module worker per page, started on first use and shared by every
 * playground on it. Calls that run too long are interrupted in place when the page is
 * cross-origin isolated (SharedArrayBuffer), otherwise the worker is replaced.
 */
import { EngineClient, type EngineStatus, type EngineWorker } from '../client';
import type { FromWorker } from '../protocol';

/** What EngineStart.astro leaves on every page: the worker's URL, and on a page with a playground the worker it started. */
interface StartedEarly {
  url: string;
  worker: Worker | null;
  /** Why that worker failed to load, if it did before this module was there to listen. */
  failure: string | null;
}

declare global {
  interface Window {
    __pythonEngine?: StartedEarly;
  }
}

/** The worker the page's head started, the first time; a new one after that (a restart). */
function takeWorker(): { worker: Worker; failure: string | null } {
  const early = window.__pythonEngine;
  if (!early) throw new Error("the page has no Python engine (EngineStart.astro is not in its head)");
  const worker = early.worker;
  early.worker = null;
  if (worker) return { worker, failure: early.failure };
  return { worker: new Worker(early.url, { type: 'module', name: 'python-engine' }), failure: null };
}

function spawnBrowserWorker(): EngineWorker {
  const { worker, failure } = takeWorker();
  return {
    postMessage: (message) => worker.postMessage(message),
    terminate: () => worker.terminate(),
    onMessage: (handler) => worker.addEventListener('message', (event: MessageEvent<FromWorker>) => handler(event.data)),
    onCrash: (handler) => {
      if (failure !== null) queueMicrotask(() => handler(new Error(failure)));
      worker.addEventListener('error', (event) => {
        event.preventDefault();
        handler(new Error(event.message || 'the Python worker failed to load'));
      });
    },
  };
}

/** Which build of the engine the page runs: its worker's URL, which changes with the worker's code and the Python it restores. */
export function engineBuild(): string {
  const early = window.__pythonEngine;
  if (!early) throw new Error("the page has no Python engine (EngineStart.astro is not in its head)");
  return early.url;
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
