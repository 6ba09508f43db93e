/**
 * The worker's side of the conversation: boot Pyodide once, at once, then answer calls one at a time.
 * Shared by the browser's module worker and Node's worker thread; each passes its own way to
 * post messages, its own way to boot, and its own way to lock the worker's JavaScript down once
 * booted (nothing of the network, storage or messaging left for code that reaches it).
 */
import type { PyodideAPI } from 'pyodide';
import { SHARED_SLOTS, type BootPhase, type DownloadedBytes, type FromWorker, type ToWorker } from './protocol';
import { makeReadOnly } from './filesystem';
import { startPythonEngine, type PythonEngine } from './pyodide-engine';

interface WorkerEndpoint {
  post(message: FromWorker): void;
  listen(handler: (message: ToWorker) => void): void;
}

/** Loads Pyodide with the engine's sources installed, reporting progress as it goes. */
type BootPyodide = (progress: (phase: BootPhase, fraction: number, bytes?: DownloadedBytes) => void) => Promise<PyodideAPI>;

/** Called once the engine has started, before the first call: see lockdown.ts. */
type LockDown = (pyodide: PyodideAPI) => void;

export function serveEngine(endpoint: WorkerEndpoint, boot: BootPyodide, lockDown: LockDown = () => {}): void {
  let engine: PythonEngine | null = null;
  let shared: Int32Array | null = null;
  let memory: { bytes(): number } | null = null;
  const pending: Array<Extract<ToWorker, { type: 'call' }>> = [];

  /** The interpreter's memory in MiB, where the client can read it even while Python runs. */
  const noteMemory = () => {
    if (shared && memory) Atomics.store(shared, SHARED_SLOTS.memoryMiB, Math.round(memory.bytes() / 2 ** 20));
  };

  const answer = (call: Extract<ToWorker, { type: 'call' }>) => {
    if (shared) Atomics.store(shared, SHARED_SLOTS.signal, 0);
    try {
      const started = performance.now();
      const answer = engine!.handle(call.request);
      noteMemory();
      endpoint.post({ type: 'answer', id: call.id, answer, ms: performance.now() - started });
    } catch (error) {
      noteMemory();
      endpoint.post({ type: 'crashed', id: call.id, message: lastLine(error instanceof Error ? error.message : String(error)) });
      return;
    }
    try {
      engine!.settle();
    } catch {
      // Stopped half-way (a time limit's SIGINT landing just after the answer): the next call's
      // handle() finishes it first.
    }
  };

  // Python's start begins as soon as the worker runs, not when the page's 'boot' message comes:
  // the page may create the worker long before its scripts can talk to it (EngineStart.astro).
  // Until that message, progress is held (a worker's messages to nobody are lost), and so is the
  // outcome, which needs the message's interrupt buffer.
  let started = false;
  let heldProgress: FromWorker | null = null;
  const booted = boot((phase, fraction, bytes) => {
    const message: FromWorker = bytes ? { type: 'progress', phase, fraction, bytes } : { type: 'progress', phase, fraction };
    if (started) endpoint.post(message);
    else heldProgress = message;
  });
  booted.catch(() => {}); // told once the page asks (below)

  endpoint.listen((message) => {
    if (message.type === 'boot') {
      if (started) return;
      started = true;
      if (heldProgress) endpoint.post(heldProgress);
      booted
        .then((pyodide) => {
          endpoint.post({ type: 'progress', phase: 'engine', fraction: 0.95 });
          // Both boots restore the build-time snapshot, taken after the engine's warm-up
          // (build/snapshot.ts): everything a first check needs is imported already, and running
          // the warm-up again would only hold the first answer back (130 ms in a browser).
          engine = startPythonEngine(pyodide);
          engine.seal();
          makeReadOnly(pyodide);
          if (message.interruptBuffer) {
            shared = new Int32Array(message.interruptBuffer);
            Atomics.store(shared, SHARED_SLOTS.signal, 0);
            engine.enableInterrupts(shared.subarray(SHARED_SLOTS.signal, SHARED_SLOTS.signal + 1));
            memory = trackMemory(pyodide, noteMemory);
            noteMemory();
          }
          lockDown(pyodide);
          endpoint.post({ type: 'ready' });
          for (const call of pending.splice(0)) answer(call);
        })
        .catch((error: unknown) => {
          endpoint.post({ type: 'boot-failed', message: lastLine(error instanceof Error ? error.message : String(error)) });
        });
    } else if (engine) {
      answer(message);
    } else {
      pending.push(message);
    }
  });
}

/**
 * The size of the interpreter's WebAssembly memory, with `grown` called each time it grows (a
 * memory bomb grows it in steps while it fills it): Emscripten grows it through
 * WebAssembly.Memory.prototype.grow, watched here.
 */
function trackMemory(pyodide: PyodideAPI, grown: () => void): { bytes(): number } | null {
  const heap = (pyodide as unknown as { _module?: { HEAPU8?: Uint8Array } })._module?.HEAPU8;
  if (!heap || typeof WebAssembly === 'undefined') return null;
  let current: { buffer: ArrayBufferLike } = heap;
  const grow = WebAssembly.Memory.prototype.grow;
  Object.defineProperty(WebAssembly.Memory.prototype, 'grow', {
    value: function (this: WebAssembly.Memory, delta: number) {
      const pages = grow.call(this, delta);
      current = this;
      grown();
      return pages;
    },
  });
  return { bytes: () => current.buffer.byteLength };
}

/** A Python traceback's last line ("MemoryError: ..."), or the message itself; never more than 1,000 characters. */
function lastLine(message: string): string {
  const lines = message.trim().split('\n');
  return (lines.length > 1 ? lines.at(-1)!.trim() : message).slice(0, 1000);
}
