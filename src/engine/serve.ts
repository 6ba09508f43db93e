/**
 * The worker's side of the conversation: boot Pyodide once, then answer calls one at a time.
 * Shared by the browser's module worker and Node's worker thread; each passes its own way to
 * post messages and its own way to boot.
 */
import type { PyodideAPI } from 'pyodide';
import type { BootPhase, FromWorker, ToWorker } from './protocol';
import { startPythonEngine, type PythonEngine } from './pyodide-engine';
import { WARM_UP_REQUESTS } from './warm-up';

interface WorkerEndpoint {
  post(message: FromWorker): void;
  listen(handler: (message: ToWorker) => void): void;
}

/** Loads Pyodide with the engine's sources installed, reporting progress as it goes. */
type BootPyodide = (progress: (phase: BootPhase, fraction: number) => void) => Promise<PyodideAPI>;

export function serveEngine(endpoint: WorkerEndpoint, boot: BootPyodide): void {
  let engine: PythonEngine | null = null;
  let interrupt: Int32Array | null = null;
  const pending: Array<Extract<ToWorker, { type: 'call' }>> = [];

  const answer = (call: Extract<ToWorker, { type: 'call' }>) => {
    if (interrupt) Atomics.store(interrupt, 0, 0);
    try {
      const started = performance.now();
      const answer = engine!.handle(call.request);
      endpoint.post({ type: 'answer', id: call.id, answer, ms: performance.now() - started });
    } catch (error) {
      endpoint.post({ type: 'crashed', id: call.id, message: error instanceof Error ? error.message : String(error) });
    }
  };

  endpoint.listen((message) => {
    if (message.type === 'boot') {
      boot((phase, fraction) => endpoint.post({ type: 'progress', phase, fraction }))
        .then((pyodide) => {
          if (message.interruptBuffer) {
            interrupt = new Int32Array(message.interruptBuffer);
            pyodide.setInterruptBuffer(interrupt);
          }
          endpoint.post({ type: 'progress', phase: 'engine', fraction: 0.95 });
          engine = startPythonEngine(pyodide, interrupt);
          // Import everything a first check needs now, outside any call's time limit (with a
          // build-time snapshot this is already done and takes milliseconds).
          for (const request of WARM_UP_REQUESTS) engine.handle(JSON.stringify(request));
          endpoint.post({ type: 'ready' });
          for (const call of pending.splice(0)) answer(call);
        })
        .catch((error: unknown) => {
          endpoint.post({ type: 'boot-failed', message: error instanceof Error ? error.message : String(error) });
        });
    } else if (engine) {
      answer(message);
    } else {
      pending.push(message);
    }
  });
}
