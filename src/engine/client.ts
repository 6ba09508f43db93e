/**
 * The caller's side of the engine: one worker hosting Pyodide, calls answered one at a time,
 * and a time limit on each. Used by the page (a module Web Worker) and by Node tools (a worker
 * thread); each supplies `spawn`.
 *
 * A call that runs past the time limit is interrupted through a SharedArrayBuffer when there is
 * one (Python raises KeyboardInterrupt at the line it was running, and the answer says where);
 * when there is none, or the interrupt does not land (a loop inside C code), the worker is ended
 * and a new one started, and the call fails with EngineStoppedError. Each worker gets a buffer
 * of its own: a SIGINT left in the buffer of a worker that never read it cannot reach the next.
 */
import { checkedAnswer, malformedMessage } from './answer-shape';
import { SHARED_SLOTS, type AnswerTo, type BootPhase, type DownloadedBytes, type EngineFault, type EngineRequest, type FromWorker, type ToWorker } from './protocol';

export interface EngineWorker {
  postMessage(message: ToWorker): void;
  terminate(): void;
  onMessage(handler: (message: FromWorker) => void): void;
  /** The worker died (an uncaught error, or it could not load). */
  onCrash(handler: (error: Error) => void): void;
}

export type EngineStatus =
  | { state: 'booting'; phase: BootPhase; fraction: number; bytes?: DownloadedBytes }
  | { state: 'ready' }
  /** Ready, and waiting for a file of the course the reader's code needs (its time limit paused). */
  | { state: 'downloading' }
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

/**
 * Why a call got no answer: it ran past the time limit (a loop that never ends), it ran past it
 * while filling memory (a value far too big), or the interpreter itself failed.
 */
type StopReason = 'time-limit' | 'memory' | 'crash';

export class EngineStoppedError extends Error {
  constructor(
    readonly reason: StopReason,
    message: string,
  ) {
    super(message);
    this.name = 'EngineStoppedError';
  }
}

interface PendingCall {
  id: number;
  op: string;
  request: string;
  resolve: (answer: unknown) => void;
  reject: (error: Error) => void;
  /** Whether the client has written SIGINT for it. */
  interrupted?: boolean;
  /** Whether it waits behind the calls made after it (call()'s `background`). */
  background: boolean;
  /** The worker's memory when the call was sent, in MiB (0 when unknown). */
  memoryAtStart?: number;
  /** What is left of its time limit when it last began running, and when that was (Date.now()). */
  timeLeftMs?: number;
  runningSince?: number;
  /** While the worker downloads a file Python reads: since when; and how long it has waited in all. */
  waitingSince?: number;
  waitedMs?: number;
}

/** A call that grows the worker's memory by this much before it is stopped was filling memory. */
const MEMORY_BOMB_MIB = 256;
/** A worker whose memory has grown past this is replaced between calls (memory never shrinks). */
const RECYCLE_MIB = 1536;
/** The longest a call may wait for downloads (the stdlib's 2.5 MB zip on a slow line) before its time limit runs on regardless. */
const DOWNLOAD_WAIT_MS = 60_000;

export class EngineClient {
  private readonly timeLimitMs: number;
  private readonly graceMs: number;
  private readonly interrupts: boolean;
  /** The memory shared with the current worker (SHARED_SLOTS), or null without interrupts. */
  private shared: Int32Array | null = null;
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
    this.interrupts = options.interrupts ?? typeof SharedArrayBuffer !== 'undefined';
    this.start();
  }

  /**
   * Send one request; resolves with the engine's answer. A `background` call (one the page makes
   * of its own accord, such as the first answer of a playground further down) waits behind every
   * other call, even those made after it: what the reader has just typed is answered first.
   */
  call<R extends EngineRequest>(request: R, { background = false } = {}): Promise<AnswerTo<R>> {
    if (this.closed) return Promise.reject(new Error('The engine has been closed.'));
    if (this.bootFailure) return Promise.reject(this.bootFailure);
    return new Promise<AnswerTo<R>>((resolve, reject) => {
      const call: PendingCall = {
        id: this.nextId++,
        op: request.op,
        request: JSON.stringify(request),
        resolve: resolve as (answer: unknown) => void,
        reject,
        background,
      };
      const firstInBackground = background ? -1 : this.queue.findIndex((waiting) => waiting.background);
      if (firstInBackground < 0) this.queue.push(call);
      else this.queue.splice(firstInBackground, 0, call);
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
    // A buffer of its own for each worker: the last one may have been replaced with SIGINT still
    // in its buffer (it never reached a point that reads it), and must not boot the next into it.
    this.shared = this.interrupts ? new Int32Array(new SharedArrayBuffer(SHARED_SLOTS.count * 4)) : null;
    const worker = this.options.spawn();
    this.worker = worker;
    worker.onMessage((message) => {
      if (worker === this.worker) this.receive(message);
    });
    worker.onCrash((error) => {
      if (worker === this.worker) this.crashed(error.message);
    });
    worker.postMessage({ type: 'boot', interruptBuffer: (this.shared?.buffer as SharedArrayBuffer | undefined) ?? null });
  }

  private receive(message: FromWorker): void {
    if (this.closed) return;
    const problem = malformedMessage(message);
    if (problem) {
      // Not a message our worker sends: something in it is not what it should be. Whatever it
      // was meant to do, the call it may be about fails, and a new worker takes over.
      if (this.ready) this.restart(new EngineStoppedError('crash', `the Python worker sent a malformed message (${problem})`));
      else this.failBoot(`the Python worker sent a malformed message (${problem})`);
      return;
    }
    switch (message.type) {
      case 'progress':
        this.options.onStatus?.({ state: 'booting', phase: message.phase, fraction: message.fraction, ...(message.bytes ? { bytes: message.bytes } : {}) });
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
        const outcome = readAnswer(this.current.op, message.answer);
        const bloated = this.memoryMiB() >= RECYCLE_MIB;
        this.settle((call) => ('error' in outcome ? call.reject(outcome.error) : call.resolve(outcome.answer)), !bloated);
        if (bloated) this.recycle();
        break;
      }
      case 'crashed':
        if (this.current?.id === message.id) this.crashed(message.message);
        break;
      case 'download':
        if (this.current && !this.current.interrupted) this.downloading(this.current, message.waiting);
        break;
    }
  }

  /** Stop the call's time limit while the worker downloads, and give it back what was left after. */
  private downloading(call: PendingCall, waiting: boolean): void {
    const now = Date.now();
    if (waiting === (call.waitingSince !== undefined)) return;
    clearTimeout(this.timer);
    if (waiting) {
      call.timeLeftMs = call.timeLeftMs! - (now - call.runningSince!);
      call.waitingSince = now;
      this.timer = setTimeout(() => this.overtime(call), Math.max(0, DOWNLOAD_WAIT_MS - (call.waitedMs ?? 0)));
      this.options.onStatus?.({ state: 'downloading' });
    } else {
      call.waitedMs = (call.waitedMs ?? 0) + (now - call.waitingSince!);
      call.waitingSince = undefined;
      call.runningSince = now;
      this.timer = setTimeout(() => this.overtime(call), Math.max(0, call.timeLeftMs!));
      this.options.onStatus?.({ state: 'ready' });
    }
  }

  private pump(): void {
    if (!this.ready || this.current || this.closed) return;
    const call = this.queue.shift();
    if (!call) return;
    this.current = call;
    if (this.shared) Atomics.store(this.shared, SHARED_SLOTS.signal, 0);
    call.memoryAtStart = this.memoryMiB();
    this.worker.postMessage({ type: 'call', id: call.id, request: call.request });
    call.timeLeftMs = this.timeLimitMs;
    call.runningSince = Date.now();
    this.timer = setTimeout(() => this.overtime(call), this.timeLimitMs);
  }

  /** The size of the worker's memory, in MiB, as it last said (0 without shared memory). */
  private memoryMiB(): number {
    return this.shared ? Atomics.load(this.shared, SHARED_SLOTS.memoryMiB) : 0;
  }

  private overtime(call: PendingCall): void {
    if (this.current !== call) return;
    if (this.shared) {
      Atomics.store(this.shared, SHARED_SLOTS.signal, 2); // SIGINT: KeyboardInterrupt in Python
      call.interrupted = true;
      this.timer = setTimeout(() => this.replaceWorker(call), this.graceMs);
    } else {
      this.replaceWorker(call);
    }
  }

  private replaceWorker(call: PendingCall): void {
    if (this.current !== call) return;
    const seconds = (this.timeLimitMs / 1000).toLocaleString('en', { maximumFractionDigits: 1 });
    const grown = this.memoryMiB() - (call.memoryAtStart ?? 0);
    if (call.waitingSince !== undefined) {
      const waited = (DOWNLOAD_WAIT_MS / 1000).toLocaleString('en');
      this.restart(new EngineStoppedError('time-limit', `Python waited more than ${waited} s for a file of the course to download, and was stopped.`));
      return;
    }
    this.restart(
      grown >= MEMORY_BOMB_MIB
        ? new EngineStoppedError('memory', `The code was still filling memory after ${seconds} s (${grown.toLocaleString('en')} MB more) and was stopped.`)
        : new EngineStoppedError('time-limit', `The code was still running after ${seconds} s and was stopped.`),
    );
  }

  private crashed(message: string): void {
    if (this.closed) return;
    if (!this.ready) {
      this.failBoot(message);
      return;
    }
    if (this.current?.interrupted) {
      // The time limit's SIGINT landed in the engine's own code, not in the reader's: still the time limit.
      this.replaceWorker(this.current);
      return;
    }
    const memory = /out of memory|memory (allocation|exhausted)|Cannot enlarge memory|Array buffer allocation failed|Invalid (string|array) length|OOM/i.test(message);
    this.restart(
      memory
        ? new EngineStoppedError('memory', `Python ran out of memory (${message}).`)
        : new EngineStoppedError('crash', `The Python interpreter failed: ${message}`),
    );
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
    this.recycle();
  }

  /** A new worker in place of this one (between calls: queued calls wait for it). */
  private recycle(): void {
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
 * The engine's answer, or the error its caller gets: a malformed request's fault, an answer that
 * is not JSON, too large, or not of the shape its operation answers (read here, before the call
 * is settled, so a bad answer cannot stall the queue, and nothing unchecked reaches the page).
 */
function readAnswer(op: string, text: string): { answer: unknown } | { error: Error } {
  let answer: unknown;
  try {
    answer = JSON.parse(text);
  } catch (error) {
    return { error: new Error(`The engine answered with something that is not JSON (${String(error)}).`) };
  }
  if (answer && typeof answer === 'object' && 'fault' in answer && typeof (answer as EngineFault).fault === 'string') {
    return { error: new Error((answer as EngineFault).fault.slice(0, 2000)) };
  }
  const problem = checkedAnswer(op, answer);
  if (problem) return { error: new Error(`The engine's answer was malformed: ${problem}.`) };
  return { answer };
}
