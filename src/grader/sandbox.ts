/**
 * A submission's own process (child.ts), and the grader's conversation with it.
 *
 * Node's permission model draws the walls: the child may read only the engine's files (its own
 * compiled JavaScript, Pyodide, the memory snapshot, the Python sources), not the submission (the
 * grader reads it and sends its files), not another submission, not the teacher's machine; it
 * may write nothing, start no process and no worker. Its environment is empty (no CI tokens).
 * Its JavaScript heap is capped (--max-old-space-size), its WebAssembly memory too (child.ts),
 * and it is killed at the wall-time limit. Answers come on a pipe of their own (fd 3): what it
 * prints on stdout or stderr is kept (a little, for the teacher) but never read as an answer.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import type { Readable, Writable } from 'node:stream';

export interface SandboxConfig {
  childScript: string;
  pyodideDir: string;
  snapshotFile: string;
  sourcesFile: string;
  /** Everything the child may read: files, and folders as `folder/*`. */
  readable: string[];
  /** Wall time to start the engine (the grader's, not the submission's: generous on a busy machine). */
  startLimitMs: number;
  /** Wall time the submission's project may then take, its check and every answer. */
  timeLimitMs: number;
  heapMiB: number;
  wasmMemoryMiB: number;
}

export class SandboxError extends Error {
  constructor(
    readonly kind: 'time-limit' | 'memory' | 'crashed',
    message: string,
  ) {
    super(message);
  }
}

/**
 * Node's flags for a submission's process: read only what `readable` lists (no write, no child
 * process, no worker: the permission model grants none of these unless asked), and a heap cap.
 */
export function permissionFlags(config: Pick<SandboxConfig, 'readable' | 'heapMiB'>): string[] {
  return [
    '--experimental-permission',
    // One flag for each (Node 20 mislays some entries of one comma-separated list).
    ...config.readable.map((path) => `--allow-fs-read=${path}`),
    `--max-old-space-size=${config.heapMiB}`,
    // A process that lives a few seconds: V8's optimising compiler would spend a core compiling
    // the interpreter's 10 MB of WebAssembly again in the background for nothing, and validating
    // all of it up front (Pyodide's own binary) costs more than the few functions a run calls.
    '--liftoff-only',
    '--wasm-lazy-validation',
    // Pyodide's start-up makes some 25 MB of JavaScript objects at once: young and old space
    // sized for that from the start, instead of collecting and growing them step by step.
    '--min-semi-space-size=16',
    '--initial-old-space-size=128',
    '--no-warnings',
  ];
}

function childConfig(config: SandboxConfig) {
  return { pyodideDir: config.pyodideDir, snapshotFile: config.snapshotFile, sourcesFile: config.sourcesFile, wasmMemoryMiB: config.wasmMemoryMiB };
}

/** Most bytes one answer may have (the engine bounds its answers far below this). */
const MAX_LINE = 16 * 2 ** 20;
const KEPT_OUTPUT = 2000;

export class Sandbox {
  private readonly child: ChildProcess;
  private buffered = '';
  private waiting: { resolve: (message: Record<string, unknown>) => void; reject: (error: Error) => void } | null = null;
  private ended: SandboxError | null = null;
  private timer: ReturnType<typeof setTimeout>;
  /** The start of what the child printed (shown when it fails). */
  output = '';

  constructor(private readonly config: SandboxConfig) {
    this.child = spawn(process.execPath, [...permissionFlags(config), config.childScript, JSON.stringify(childConfig(config))], {
      stdio: ['pipe', 'pipe', 'pipe', 'pipe'],
      env: {},
      cwd: '/',
    });
    const keep = (chunk: Buffer) => {
      if (this.output.length < KEPT_OUTPUT) this.output = (this.output + chunk.toString('utf8')).slice(0, KEPT_OUTPUT);
    };
    this.child.stdout!.on('data', keep);
    this.child.stderr!.on('data', keep);
    const answers = this.child.stdio[3] as Readable;
    answers.setEncoding('utf8');
    answers.on('data', (chunk: string) => this.receive(chunk));
    (this.child.stdin as Writable).on('error', () => {}); // a child that died: reported by 'exit'
    this.child.on('exit', (code, signal) => {
      const memory = /heap out of memory|Allocation failed/i.test(this.output);
      this.end(
        this.ended ??
          (memory
            ? new SandboxError('memory', 'the submission ran out of memory (its process went past the memory cap)')
            : new SandboxError('crashed', `the submission's process ended before answering (${signal ? `signal ${signal}` : `exit code ${code}`})${this.output ? `: ${lastLine(this.output)}` : ''}`)),
      );
    });
    this.child.on('error', (error) => this.end(new SandboxError('crashed', `the submission's process could not start: ${error.message}`)));
    this.timer = setTimeout(() => {
      const seconds = (config.startLimitMs / 1000).toLocaleString('en');
      this.end(new SandboxError('crashed', `the engine did not start within ${seconds} s (the machine is too busy?)`));
    }, config.startLimitMs);
  }

  /** From now on the submission's own time runs. */
  private startClock(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      const seconds = (this.config.timeLimitMs / 1000).toLocaleString('en');
      this.end(new SandboxError('time-limit', `the submission was still running after ${seconds} s (the time limit) and was stopped`));
    }, this.config.timeLimitMs);
  }

  private receive(chunk: string): void {
    this.buffered += chunk;
    if (this.buffered.length > MAX_LINE) return this.end(new SandboxError('crashed', 'the submission\'s process sent an answer larger than the grader reads'));
    let newline: number;
    while ((newline = this.buffered.indexOf('\n')) >= 0) {
      const line = this.buffered.slice(0, newline);
      this.buffered = this.buffered.slice(newline + 1);
      let message: unknown;
      try {
        message = JSON.parse(line);
      } catch {
        return this.end(new SandboxError('crashed', 'the submission\'s process sent something that is not an answer'));
      }
      const waiting = this.waiting;
      if (!waiting || !message || typeof message !== 'object' || Array.isArray(message)) {
        return this.end(new SandboxError('crashed', 'the submission\'s process sent an answer nobody asked for'));
      }
      this.waiting = null;
      waiting.resolve(message as Record<string, unknown>);
    }
  }

  private end(error: SandboxError): void {
    if (!this.ended) this.ended = error;
    clearTimeout(this.timer);
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill('SIGKILL');
    this.waiting?.reject(this.ended);
    this.waiting = null;
  }

  private next(key: string): Promise<string> {
    if (this.ended) return Promise.reject(this.ended);
    return new Promise<Record<string, unknown>>((resolve, reject) => {
      this.waiting = { resolve, reject };
    }).then((message) => {
      if (typeof message.failed === 'string') {
        const memory = /memory|Cannot enlarge|Aborted\(OOM\)/i.test(message.failed);
        throw new SandboxError(memory ? 'memory' : 'crashed', `the submission's process failed: ${message.failed}`);
      }
      if (key === 'ready' && message.ready === true) return '';
      const value = message[key];
      if (typeof value !== 'string') throw new SandboxError('crashed', `the submission's process answered out of turn`);
      return value;
    });
  }

  ready(): Promise<string> {
    return this.next('ready');
  }

  private ask(message: object, key: string): Promise<string> {
    const answer = this.next(key);
    (this.child.stdin as Writable).write(`${JSON.stringify(message)}\n`);
    return answer;
  }

  start(request: object): Promise<string> {
    this.startClock();
    return this.ask({ start: request }, 'evidence');
  }

  question(question: unknown): Promise<string> {
    return this.ask({ ask: question }, 'answer');
  }

  close(): void {
    this.end(new SandboxError('crashed', 'closed'));
  }
}

function lastLine(text: string): string {
  return text.trim().split('\n').at(-1)!.slice(0, 300);
}
