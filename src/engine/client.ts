/**
 * The caller's side of the engine: one worker hosting Pyodide, calls answered one at a time,
 * and a time limit on each. Used by the page (a module Web Worker) and by Node tools (a worker
 * thread); each supplies `spawn`.
 *
 * A call that runs past the time limit is interrupted through a SharedArrayBuffer when there is
 * one (Python raises KeyboardInterrupt at the line it was running, and the answer says where);
 * when there is none, or the interrupt does not land (a loop inside C code), the worker is ended
 * and a new one started, and the call fails with EngineStoppedError.
 */
import type { AnswerTo, BootPhase, EngineFault, EngineRequest, FromWorker, ToWorker } from './protocol';

export interface EngineWorker {
  postMessage(message: ToWorker): void;
  terminate(): void;
  onMessage(handler: (message: FromWorker) => void): void;
  /** The worker died (an uncaught error, or it could not load). */
  onCrash(handler: (error: Error) => void): void;
}

export type EngineStatus =
  | { state: 'booting'; phase: BootPhase; fraction: number }
  | { state: 'ready' }
  | { state: 'restarting' }
  | { state: 'failed'; message: string };

export interface EngineClientOptions {
  spawn: () => EngineWorker;
  /** How long one call may run before it is interrupted. */
  timeLimitMs?: number;
  /** After an interrupt, how long to wait for the answer before replacing the worker. */
  graceMs?: number;
  /** Whether calls can be interrupted in place (needs SharedArrayBuffer). */
  interrupts?: boolean;
  onStatus?: (status: EngineStatus) => void;
}

export class EngineStoppedError extends Error {
  constructor(
    readonly reason: 'time-limit' | 'crash',
    message: string,
  ) {
    super(message);
    this.name = 'EngineStoppedError';
  }
}

interface PendingCall {
  id: number;
  request: string;
  resolve: (answer: unknown) => void;
  reject: (error: Error) => void;
}

export class EngineClient {
  private readonly timeLimitMs: number;
  private readonly graceMs: number;
  private readonly interruptBuffer: SharedArrayBuffer | null;
  private worker!: EngineWorker;
  private ready = false;
  private queue: PendingCall[] = [];
  private current: PendingCall | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private nextId = 1;
  private closed = false;
  private bootFailure: Error | null = null;
  /** How long the engine itself took to answer the last call (without messaging), in ms. */
  lastEngineMs = 0;

  constructor(private readonly options: EngineClientOptions) {
    this.timeLimitMs = options.timeLimitMs ?? 2000;
    this.graceMs = options.graceMs ?? 500;
    const interrupts = options.interrupts ?? typeof SharedArrayBuffer !== 'undefined';
    this.interruptBuffer = interrupts ? new SharedArrayBuffer(4) : null;
    this.start();
  }

  /** Send one request; resolves with the engine's answer. */
  call<R extends EngineRequest>(request: R): Promise<AnswerTo<R>> {
    if (this.closed) return Promise.reject(new Error('The engine has been closed.'));
    if (this.bootFailure) return Promise.reject(this.bootFailure);
    return new Promise<AnswerTo<R>>((resolve, reject) => {
      this.queue.push({
        id: this.nextId++,
        request: JSON.stringify(request),
        resolve: resolve as (answer: unknown) => void,
        reject,
      });
      this.pump();
    });
  }

  /** Resolves once the engine has booted (rejects if it cannot). */
  whenReady(): Promise<void> {
    return this.call({ op: 'ping' }).then(() => undefined);
  }

  close(): void {
    this.closed = true;
    clearTimeout(this.timer);
    this.worker.terminate();
    const error = new Error('The engine has been closed.');
    for (const call of [this.current, ...this.queue]) call?.reject(error);
    this.queue = [];
    this.current = null;
  }

  private start(): void {
    this.ready = false;
    const worker = this.options.spawn();
    this.worker = worker;
    worker.onMessage((message) => {
      if (worker === this.worker) this.receive(message);
    });
    worker.onCrash((error) => {
      if (worker === this.worker) this.crashed(error.message);
    });
    worker.postMessage({ type: 'boot', interruptBuffer: this.interruptBuffer });
  }

  private receive(message: FromWorker): void {
    if (this.closed) return;
    switch (message.type) {
      case 'progress':
        this.options.onStatus?.({ state: 'booting', phase: message.phase, fraction: message.fraction });
        break;
      case 'ready':
        this.ready = true;
        this.options.onStatus?.({ state: 'ready' });
        this.pump();
        break;
      case 'boot-failed':
        this.failBoot(message.message);
        break;
      case 'answer': {
        if (this.current?.id !== message.id) return;
        this.lastEngineMs = message.ms;
        const outcome = readAnswer(message.answer);
        this.settle((call) => ('error' in outcome ? call.reject(outcome.error) : call.resolve(outcome.answer)));
        break;
      }
      case 'crashed':
        if (this.current?.id === message.id) this.crashed(message.message);
        break;
    }
  }

  private pump(): void {
    if (!this.ready || this.current || this.closed) return;
    const call = this.queue.shift();
    if (!call) return;
    this.current = call;
    if (this.interruptBuffer) Atomics.store(new Int32Array(this.interruptBuffer), 0, 0);
    this.worker.postMessage({ type: 'call', id: call.id, request: call.request });
    this.timer = setTimeout(() => this.overtime(call), this.timeLimitMs);
  }

  private overtime(call: PendingCall): void {
    if (this.current !== call) return;
    if (this.interruptBuffer) {
      Atomics.store(new Int32Array(this.interruptBuffer), 0, 2); // SIGINT: KeyboardInterrupt in Python
      this.timer = setTimeout(() => this.replaceWorker(call), this.graceMs);
    } else {
      this.replaceWorker(call);
    }
  }

  private replaceWorker(call: PendingCall): void {
    if (this.current !== call) return;
    const seconds = (this.timeLimitMs / 1000).toLocaleString('en', { maximumFractionDigits: 1 });
    this.restart(new EngineStoppedError('time-limit', `The code was still running after ${seconds} s and was stopped.`));
  }

  private crashed(message: string): void {
    if (this.closed) return;
    if (!this.ready) {
      this.failBoot(message);
      return;
    }
    this.restart(new EngineStoppedError('crash', `The Python interpreter failed: ${message}`));
  }

  private failBoot(message: string): void {
    this.worker.terminate();
    this.bootFailure = new Error(`The Python engine could not start: ${message}`);
    this.options.onStatus?.({ state: 'failed', message });
    for (const call of [this.current, ...this.queue]) call?.reject(this.bootFailure);
    this.current = null;
    this.queue = [];
  }

  /** Replace the worker; the call it was running fails with `error`, queued calls wait for the new one. */
  private restart(error: Error): void {
    this.settle((call) => call.reject(error), false);
    this.worker.terminate();
    this.options.onStatus?.({ state: 'restarting' });
    this.start();
  }

  private settle(finish: (call: PendingCall) => void, pumpNext = true): void {
    clearTimeout(this.timer);
    const call = this.current;
    this.current = null;
    if (call) finish(call);
    if (pumpNext) this.pump();
  }
}

/**
 * The engine's answer, or the error its caller gets: a malformed request's fault, or an answer
 * that is not JSON (read here, before the call is settled, so a bad answer cannot stall the queue).
 */
function readAnswer(text: string): { answer: unknown } | { error: Error } {
  let answer: unknown;
  try {
    answer = JSON.parse(text);
  } catch (error) {
    return { error: new Error(`The engine answered with something that is not JSON (${String(error)}).`) };
  }
  if (answer && typeof answer === 'object' && 'fault' in answer) return { error: new Error((answer as EngineFault).fault) };
  return { answer };
}
