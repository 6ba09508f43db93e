/**
 * The engine client on a fake worker, in Node: what the page's playground relies on when Python
 * is slow, stuck or dead. Calls are answered one at a time and in order; a call that runs past
 * the time limit is interrupted (or its worker replaced) and the next call still answers; a
 * worker that dies is replaced; a worker that cannot start fails every call with the reason.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EngineClient, EngineStoppedError, type EngineClientOptions, type EngineStatus, type EngineWorker } from '../../src/engine/client';
import type { FromWorker, ToWorker } from '../../src/engine/protocol';

/** A worker the test drives by hand: it records what it is sent and says what the test makes it say. */
class FakeWorker implements EngineWorker {
  readonly sent: ToWorker[] = [];
  terminated = false;
  private messageHandler: (message: FromWorker) => void = () => {};
  private crashHandler: (error: Error) => void = () => {};

  postMessage(message: ToWorker): void {
    this.sent.push(message);
  }
  terminate(): void {
    this.terminated = true;
  }
  onMessage(handler: (message: FromWorker) => void): void {
    this.messageHandler = handler;
  }
  onCrash(handler: (error: Error) => void): void {
    this.crashHandler = handler;
  }

  say(message: FromWorker): void {
    this.messageHandler(message);
  }
  die(message: string): void {
    this.crashHandler(new Error(message));
  }
  /** The calls it was sent: [id, op]. */
  get calls(): Array<[number, string]> {
    return this.sent.flatMap((m) => (m.type === 'call' ? [[m.id, (JSON.parse(m.request) as { op: string }).op] as [number, string]] : []));
  }
  /** Answer the call it is running (the last one sent). */
  answerLast(answer: unknown, ms = 1): void {
    const [id] = this.calls.at(-1)!;
    this.say({ type: 'answer', id, answer: JSON.stringify(answer), ms });
  }
  get interruptBuffer(): SharedArrayBuffer | null {
    const boot = this.sent.find((m) => m.type === 'boot');
    return boot?.type === 'boot' ? boot.interruptBuffer : null;
  }
  /** What the client last wrote into the interrupt buffer: 2 is SIGINT. */
  get signal(): number {
    return Atomics.load(new Int32Array(this.interruptBuffer!), 0);
  }
}

function startClient(options: Partial<Omit<EngineClientOptions, 'spawn'>> = {}) {
  const workers: FakeWorker[] = [];
  const statuses: EngineStatus[] = [];
  const client = new EngineClient({
    interrupts: false,
    timeLimitMs: 2000,
    ...options,
    spawn: () => {
      const worker = new FakeWorker();
      workers.push(worker);
      return worker;
    },
    onStatus: (status) => statuses.push(status),
  });
  return {
    client,
    workers,
    statuses,
    /** The worker the client uses now. */
    get worker(): FakeWorker {
      return workers.at(-1)!;
    },
  };
}

/** A ping's answer, told apart by its Django version. */
const pong = (django: string) => ({ django, python: '3.14.0', project_dir: '/home/learner/project' });

/** Settle whatever promise callbacks are due, without moving the clock. */
const flush = () => vi.advanceTimersByTimeAsync(0);

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('the engine client: booting', () => {
  it('holds calls until the worker is ready, reporting the loading progress meanwhile', async () => {
    const engine = startClient();
    const answer = engine.client.call({ op: 'ping' });
    engine.worker.say({ type: 'progress', phase: 'runtime', fraction: 0.5 });
    expect(engine.worker.calls).toEqual([]);

    engine.worker.say({ type: 'ready' });
    expect(engine.worker.calls).toEqual([[1, 'ping']]);
    engine.worker.answerLast(pong('6.1'));
    await expect(answer).resolves.toEqual(pong('6.1'));
    expect(engine.statuses).toEqual([{ state: 'booting', phase: 'runtime', fraction: 0.5 }, { state: 'ready' }]);
  });

  it('passes on how many bytes of the download have arrived, for the loading bar; a report whose bytes are not counts fails the start', () => {
    const engine = startClient();
    engine.worker.say({ type: 'progress', phase: 'runtime', fraction: 0.25, bytes: { received: 100, total: 400 } });
    expect(engine.statuses).toEqual([{ state: 'booting', phase: 'runtime', fraction: 0.25, bytes: { received: 100, total: 400 } }]);
    engine.worker.say({ type: 'progress', phase: 'runtime', fraction: 0.5, bytes: { received: 'half', total: 400 } } as never);
    expect(engine.statuses.at(-1)).toMatchObject({ state: 'failed' });
  });

  it.each([
    ['when the page can share memory with the worker', true, true],
    ['when it cannot (a host without cross-origin isolation)', false, false],
  ])('gives the worker a buffer to interrupt Python through %s', (_when, interrupts, hasBuffer) => {
    const engine = startClient({ interrupts });
    expect(engine.worker.sent[0]?.type).toBe('boot');
    expect(engine.worker.interruptBuffer !== null).toBe(hasBuffer);
  });

  it.each([
    ['says it cannot start', (worker: FakeWorker) => worker.say({ type: 'boot-failed', message: 'HTTP 404' })],
    ['dies while starting', (worker: FakeWorker) => worker.die('HTTP 404')],
  ])('fails every call, waiting or later, with the reason when the worker %s', async (_what, fail) => {
    const engine = startClient();
    const waiting = engine.client.call({ op: 'ping' });
    fail(engine.worker);
    await expect(waiting).rejects.toThrow('The Python engine could not start: HTTP 404');
    await expect(engine.client.call({ op: 'ping' })).rejects.toThrow('The Python engine could not start: HTTP 404');
    expect(engine.statuses.at(-1)).toEqual({ state: 'failed', message: 'HTTP 404' });
    expect(engine.worker.terminated).toBe(true);
    expect(engine.workers).toHaveLength(1); // no endless restarts of a worker that cannot load
  });

  it('whenReady() resolves once the engine answers', async () => {
    const engine = startClient();
    let ready = false;
    void engine.client.whenReady().then(() => (ready = true));
    engine.worker.say({ type: 'ready' });
    await flush();
    expect(ready).toBe(false);
    engine.worker.answerLast(pong('6.1'));
    await flush();
    expect(ready).toBe(true);
  });
});

describe('the engine client: the queue', () => {
  it('sends one call at a time, in the order they were made, and gives each its own answer', async () => {
    const engine = startClient();
    engine.worker.say({ type: 'ready' });
    const first = engine.client.call({ op: 'ping' });
    const second = engine.client.call({ op: 'check', files: {}, settings_module: 'mysite.settings', deploy: true });
    expect(engine.worker.calls).toEqual([[1, 'ping']]);
    const checked = { error: null, messages: [{ id: 'security.W018', level: 'WARNING', msg: 'DEBUG is on.', hint: null }] };

    engine.worker.answerLast(pong('first answer'));
    expect(engine.worker.calls).toEqual([[1, 'ping'], [2, 'check']]);
    engine.worker.answerLast(checked);
    await expect(first).resolves.toEqual(pong('first answer'));
    await expect(second).resolves.toEqual(checked);
  });

  it('answers a call made after background calls before them, and the background ones in their order', async () => {
    const engine = startClient();
    const background = [engine.client.call({ op: 'ping' }, { background: true }), engine.client.call({ op: 'ping' }, { background: true })];
    const reader = engine.client.call({ op: 'ping' });
    engine.worker.say({ type: 'ready' });
    for (let i = 0; i < 3; i++) engine.worker.answerLast(pong(String(i)));
    expect(engine.worker.calls.map(([id]) => id)).toEqual([3, 1, 2]);
    await expect(reader).resolves.toEqual(pong('0'));
    await expect(Promise.all(background)).resolves.toEqual([pong('1'), pong('2')]);
  });

  it('ignores an answer to a call it is not waiting for', async () => {
    const engine = startClient();
    engine.worker.say({ type: 'ready' });
    const call = engine.client.call({ op: 'ping' });
    engine.worker.say({ type: 'answer', id: 99, answer: '"stray"', ms: 1 });
    engine.worker.answerLast(pong('mine'));
    await expect(call).resolves.toEqual(pong('mine'));
  });

  it("rejects a malformed request with the engine's fault, and goes on", async () => {
    const engine = startClient();
    engine.worker.say({ type: 'ready' });
    const bad = engine.client.call({ op: 'ping' });
    const next = engine.client.call({ op: 'ping' });
    engine.worker.answerLast({ fault: "ValueError: Unknown operation 'x'" });
    await expect(bad).rejects.toThrow("ValueError: Unknown operation 'x'");
    engine.worker.answerLast(pong('next'));
    await expect(next).resolves.toEqual(pong('next'));
  });

  it('rejects an answer that is not JSON, and goes on (the queue does not stall)', async () => {
    const engine = startClient();
    engine.worker.say({ type: 'ready' });
    const bad = engine.client.call({ op: 'ping' });
    const next = engine.client.call({ op: 'ping' });
    engine.worker.say({ type: 'answer', id: 1, answer: '{"x": NaN', ms: 1 });
    await expect(bad).rejects.toThrow(/not JSON/);
    expect(engine.worker.calls).toEqual([[1, 'ping'], [2, 'ping']]);
    engine.worker.answerLast(pong('next'));
    await expect(next).resolves.toEqual(pong('next'));
  });

  it('keeps how long the engine itself took on the last call (what the benchmark reports)', async () => {
    const engine = startClient();
    engine.worker.say({ type: 'ready' });
    const call = engine.client.call({ op: 'ping' });
    engine.worker.answerLast(pong('ok'), 4.5);
    await call;
    expect(engine.client.lastEngineMs).toBe(4.5);
  });
});

describe('the engine client: the time limit', () => {
  it.each([
    [2000, 'The code was still running after 2 s and was stopped.'],
    [1500, 'The code was still running after 1.5 s and was stopped.'],
    [4000, 'The code was still running after 4 s and was stopped.'],
  ])('without interrupts, replaces the worker after %i ms: "%s"', async (timeLimitMs, message) => {
    const engine = startClient({ timeLimitMs });
    engine.worker.say({ type: 'ready' });
    const stuck = engine.client.call({ op: 'ping' });
    const stuckError = stuck.catch((error: unknown) => error);
    await vi.advanceTimersByTimeAsync(timeLimitMs - 1);
    expect(engine.workers).toHaveLength(1);

    await vi.advanceTimersByTimeAsync(1);
    const error = await stuckError;
    expect(error).toBeInstanceOf(EngineStoppedError);
    expect(error).toMatchObject({ reason: 'time-limit', message });
    expect(engine.workers[0]!.terminated).toBe(true);
    expect(engine.workers).toHaveLength(2);
    expect(engine.statuses.at(-1)).toEqual({ state: 'restarting' });
  });

  it('sends the calls that waited behind a stuck one to the new worker, once it is ready', async () => {
    const engine = startClient();
    engine.worker.say({ type: 'ready' });
    const stuck = engine.client.call({ op: 'ping' }).catch(() => 'stopped');
    const waiting = engine.client.call({ op: 'ping' });
    await vi.advanceTimersByTimeAsync(2000);
    await expect(stuck).resolves.toBe('stopped');

    const fresh = engine.worker;
    expect(fresh.calls).toEqual([]);
    fresh.say({ type: 'ready' });
    expect(fresh.calls).toEqual([[2, 'ping']]);
    fresh.answerLast(pong('answered by the new worker'));
    await expect(waiting).resolves.toEqual(pong('answered by the new worker'));
  });

  it('ignores what the replaced worker says afterwards', async () => {
    const engine = startClient();
    const old = engine.worker;
    old.say({ type: 'ready' });
    void engine.client.call({ op: 'ping' }).catch(() => {});
    await vi.advanceTimersByTimeAsync(2000);
    const next = engine.client.call({ op: 'ping' });
    engine.worker.say({ type: 'ready' });

    old.say({ type: 'answer', id: 2, answer: '"late, from the old worker"', ms: 1 });
    old.die('terminated');
    engine.worker.answerLast(pong('from the new worker'));
    await expect(next).resolves.toEqual(pong('from the new worker'));
    expect(engine.workers).toHaveLength(2);
  });

  it("with interrupts, stops Python in place: the call gets Python's own answer (KeyboardInterrupt, at its line)", async () => {
    const engine = startClient({ interrupts: true, graceMs: 500 });
    engine.worker.say({ type: 'ready' });
    const call = engine.client.call({ op: 'check', files: {}, settings_module: 'mysite.settings', deploy: true });
    expect(engine.worker.signal).toBe(0);
    await vi.advanceTimersByTimeAsync(2000);
    expect(engine.worker.signal).toBe(2);

    await vi.advanceTimersByTimeAsync(499);
    const stopped = { error: { type: 'KeyboardInterrupt', message: '', file: 'mysite/settings.py', line: 3 }, messages: [] };
    engine.worker.answerLast(stopped);
    await expect(call).resolves.toEqual(stopped);
    await vi.advanceTimersByTimeAsync(1000);
    expect(engine.workers).toHaveLength(1);
  });

  it('with interrupts, still replaces the worker when Python does not stop within the grace time', async () => {
    const engine = startClient({ interrupts: true, graceMs: 500 });
    engine.worker.say({ type: 'ready' });
    const call = engine.client.call({ op: 'ping' }).catch((error: unknown) => error);
    await vi.advanceTimersByTimeAsync(2500);
    expect(await call).toMatchObject({ reason: 'time-limit' });
    expect(engine.workers).toHaveLength(2);
  });

  it('clears the interrupt before each call, so a late SIGINT meant for one call never stops the next', async () => {
    const engine = startClient({ interrupts: true, graceMs: 500 });
    engine.worker.say({ type: 'ready' });
    const first = engine.client.call({ op: 'ping' });
    await vi.advanceTimersByTimeAsync(2000);
    expect(engine.worker.signal).toBe(2);
    const second = engine.client.call({ op: 'ping' });
    engine.worker.answerLast(pong('first'));
    await first;
    expect(engine.worker.calls).toHaveLength(2);
    expect(engine.worker.signal).toBe(0);
    engine.worker.answerLast(pong('second'));
    await expect(second).resolves.toEqual(pong('second'));
  });

  it('gives each call the whole time limit, however long the one before took', async () => {
    const engine = startClient();
    engine.worker.say({ type: 'ready' });
    const first = engine.client.call({ op: 'ping' });
    const second = engine.client.call({ op: 'ping' });
    await vi.advanceTimersByTimeAsync(1900);
    engine.worker.answerLast(pong('first'));
    await first;
    await vi.advanceTimersByTimeAsync(1900);
    engine.worker.answerLast(pong('second'));
    await expect(second).resolves.toEqual(pong('second'));
    expect(engine.workers).toHaveLength(1);
  });
});

describe('the engine client: downloads while a call runs', () => {
  it("does not count Python's wait for a file of the course against the time limit (the stdlib's zip on a slow line)", async () => {
    const engine = startClient();
    engine.worker.say({ type: 'ready' });
    const call = engine.client.call({ op: 'ping' });
    await vi.advanceTimersByTimeAsync(1500);
    engine.worker.say({ type: 'download', waiting: true });
    // The playground says why nothing answers yet.
    expect(engine.statuses.at(-1)).toEqual({ state: 'downloading' });
    await vi.advanceTimersByTimeAsync(20_000);
    engine.worker.say({ type: 'download', waiting: false });
    expect(engine.statuses.at(-1)).toEqual({ state: 'ready' });
    await vi.advanceTimersByTimeAsync(400);
    engine.worker.answerLast(pong('after the download'));
    await expect(call).resolves.toEqual(pong('after the download'));
    expect(engine.workers).toHaveLength(1);
  });

  it('still stops the code once what was left of the time limit after the download has run out', async () => {
    const engine = startClient();
    engine.worker.say({ type: 'ready' });
    const stuck = engine.client.call({ op: 'ping' }).catch((error: unknown) => error);
    await vi.advanceTimersByTimeAsync(1500);
    engine.worker.say({ type: 'download', waiting: true });
    await vi.advanceTimersByTimeAsync(5000);
    engine.worker.say({ type: 'download', waiting: false });
    await vi.advanceTimersByTimeAsync(499);
    expect(engine.workers).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(await stuck).toMatchObject({ reason: 'time-limit', message: 'The code was still running after 2 s and was stopped.' });
  });

  it('stops a call whose downloads have waited a minute in all, and says it was the download', async () => {
    const engine = startClient();
    engine.worker.say({ type: 'ready' });
    const stuck = engine.client.call({ op: 'ping' }).catch((error: unknown) => error);
    engine.worker.say({ type: 'download', waiting: true });
    await vi.advanceTimersByTimeAsync(40_000);
    engine.worker.say({ type: 'download', waiting: false });
    engine.worker.say({ type: 'download', waiting: true });
    await vi.advanceTimersByTimeAsync(19_999);
    expect(engine.workers).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(await stuck).toMatchObject({ reason: 'time-limit', message: 'Python waited more than 60 s for a file of the course to download, and was stopped.' });
  });

  it('fails the start on a download report without its state', () => {
    const engine = startClient();
    engine.worker.say({ type: 'download' } as unknown as FromWorker);
    expect(engine.statuses.at(-1)).toMatchObject({ state: 'failed' });
  });
});

describe('the engine client: crashes', () => {
  it.each([
    ['reports that the interpreter failed', (worker: FakeWorker, id: number) => worker.say({ type: 'crashed', id, message: 'RuntimeError: unreachable' })],
    ['dies', (worker: FakeWorker) => worker.die('RuntimeError: unreachable')],
  ])('fails the running call and starts a new worker when the worker %s', async (_what, crash) => {
    const engine = startClient();
    engine.worker.say({ type: 'ready' });
    const call = engine.client.call({ op: 'ping' }).catch((error: unknown) => error);
    crash(engine.worker, 1);
    expect(await call).toMatchObject({ reason: 'crash', message: 'The Python interpreter failed: RuntimeError: unreachable' });
    expect(engine.workers).toHaveLength(2);
    expect(engine.statuses.at(-1)).toEqual({ state: 'restarting' });

    const next = engine.client.call({ op: 'ping' });
    engine.worker.say({ type: 'ready' });
    engine.worker.answerLast(pong('alive again'));
    await expect(next).resolves.toEqual(pong('alive again'));
  });

  it.each(['RangeError: out of memory', 'RangeError: Array buffer allocation failed', 'RangeError: Invalid string length'])(
    'tells a worker that ran out of memory (%s) apart from one that failed',
    async (message) => {
      const engine = startClient();
      engine.worker.say({ type: 'ready' });
      const call = engine.client.call({ op: 'ping' }).catch((error: unknown) => error);
      engine.worker.say({ type: 'crashed', id: 1, message });
      expect(await call).toMatchObject({ reason: 'memory', message: `Python ran out of memory (${message}).` });
      expect(engine.workers).toHaveLength(2);
    },
  );

  it('ignores a crash report about a call it is not waiting for', () => {
    const engine = startClient();
    engine.worker.say({ type: 'ready' });
    void engine.client.call({ op: 'ping' });
    engine.worker.say({ type: 'crashed', id: 42, message: 'old news' });
    expect(engine.workers).toHaveLength(1);
  });
});

describe('the engine client: a stuck or swollen worker', () => {
  /** What a worker writes into the memory it shares with the client: its size in MiB. */
  const setMemory = (worker: FakeWorker, mib: number) => Atomics.store(new Int32Array(worker.interruptBuffer!), 1, mib);

  it('gives each worker a buffer of its own: a SIGINT left in the old one never reaches the new one', async () => {
    const engine = startClient({ interrupts: true, graceMs: 500 });
    engine.worker.say({ type: 'ready' });
    const stuck = engine.client.call({ op: 'ping' }).catch((error: unknown) => error);
    await vi.advanceTimersByTimeAsync(2500); // SIGINT written, never read (a loop in C code): replaced
    expect(await stuck).toMatchObject({ reason: 'time-limit' });
    const [old, fresh] = engine.workers;
    expect(old!.signal).toBe(2);
    expect(fresh!.interruptBuffer).not.toBe(old!.interruptBuffer);
    expect(fresh!.signal).toBe(0);
  });

  it('calls a crash after the SIGINT what it is: the time limit', async () => {
    const engine = startClient({ interrupts: true });
    engine.worker.say({ type: 'ready' });
    const call = engine.client.call({ op: 'ping' }).catch((error: unknown) => error);
    await vi.advanceTimersByTimeAsync(2000);
    engine.worker.say({ type: 'crashed', id: 1, message: 'KeyboardInterrupt' });
    expect(await call).toMatchObject({ reason: 'time-limit' });
  });

  it('tells a call stopped while it filled memory from one stuck in a loop', async () => {
    const engine = startClient({ interrupts: true, graceMs: 500 });
    engine.worker.say({ type: 'ready' });
    setMemory(engine.worker, 40);
    const bomb = engine.client.call({ op: 'ping' }).catch((error: unknown) => error);
    setMemory(engine.worker, 1200);
    await vi.advanceTimersByTimeAsync(2500);
    expect(await bomb).toMatchObject({ reason: 'memory', message: 'The code was still filling memory after 2 s (1,160 MB more) and was stopped.' });

    engine.worker.say({ type: 'ready' });
    setMemory(engine.worker, 40);
    const loop = engine.client.call({ op: 'ping' }).catch((error: unknown) => error);
    setMemory(engine.worker, 41);
    await vi.advanceTimersByTimeAsync(2500);
    expect(await loop).toMatchObject({ reason: 'time-limit' });
  });

  it('replaces a worker whose memory has swollen, between calls (WebAssembly memory never shrinks)', async () => {
    const engine = startClient({ interrupts: true });
    engine.worker.say({ type: 'ready' });
    const call = engine.client.call({ op: 'ping' });
    const next = engine.client.call({ op: 'ping' });
    setMemory(engine.worker, 1600);
    engine.worker.answerLast(pong('big'));
    await expect(call).resolves.toEqual(pong('big'));
    expect(engine.workers).toHaveLength(2);
    expect(engine.workers[0]!.calls).toHaveLength(1);
    engine.worker.say({ type: 'ready' });
    engine.worker.answerLast(pong('fresh'));
    await expect(next).resolves.toEqual(pong('fresh'));
  });
});

describe('the engine client: what it accepts from the worker', () => {
  it.each<[string, unknown]>([
    ['a message of a type it never sends', { type: 'navigate', url: 'https://example.com/' }],
    ['an answer without an id', { type: 'answer', answer: '{}', ms: 1 }],
    ['an answer too large to read', { type: 'answer', id: 1, answer: `"${'x'.repeat(2_000_001)}"`, ms: 1 }],
    ['a crash report of 1 MB', { type: 'crashed', id: 1, message: 'x'.repeat(1_000_000) }],
  ])('replaces a worker that sends %s, failing its call', async (_what, message) => {
    const engine = startClient();
    engine.worker.say({ type: 'ready' });
    const call = engine.client.call({ op: 'ping' }).catch((error: unknown) => error);
    engine.worker.say(message as FromWorker);
    expect(await call).toMatchObject({ reason: 'crash', message: expect.stringMatching(/malformed message/) });
    expect(engine.workers).toHaveLength(2);
  });

  it.each<[string, unknown, RegExp]>([
    ['messages that are not a list', { error: null, messages: 'x' }, /messages is not a list/],
    ['a message without an id', { error: null, messages: [{ level: 'ERROR', msg: 'x', hint: null }] }, /messages\[0\]\.id is not a string/],
    ['a level of its own', { error: null, messages: [{ id: 'x', level: 'PANIC', msg: 'x', hint: null }] }, /level is not one of/],
    ['101 messages and more', { error: null, messages: Array(102).fill({ id: 'x', level: 'INFO', msg: 'x', hint: null }) }, /more than 101 items/],
    ['a text of 10,000 characters', { error: { type: 'ValueError', message: 'x'.repeat(10_000), file: null, line: null }, messages: [] }, /longer than 4000/],
    ['a location that is not one', { error: null, messages: [{ id: 'x', level: 'INFO', msg: 'x', hint: null, location: { file: 1 } }] }, /location\.file is not a string/],
  ])('rejects a check answer with %s, without showing any of it', async (_what, answer, problem) => {
    const engine = startClient();
    engine.worker.say({ type: 'ready' });
    const call = engine.client.call({ op: 'check', files: {}, settings_module: 'mysite.settings', deploy: true });
    engine.worker.answerLast(answer);
    await expect(call).rejects.toThrow(problem);
    expect(engine.workers).toHaveLength(1);
  });
});

describe('the engine client: closing', () => {
  it('fails the running and waiting calls, ends the worker, and refuses new calls', async () => {
    const engine = startClient();
    engine.worker.say({ type: 'ready' });
    const running = engine.client.call({ op: 'ping' });
    const waiting = engine.client.call({ op: 'ping' });
    engine.client.close();
    await expect(running).rejects.toThrow('The engine has been closed.');
    await expect(waiting).rejects.toThrow('The engine has been closed.');
    await expect(engine.client.call({ op: 'ping' })).rejects.toThrow('The engine has been closed.');
    expect(engine.worker.terminated).toBe(true);
  });

  it('starts no new worker when the closed one exits, nor when the time limit would have run out', async () => {
    const engine = startClient();
    engine.worker.say({ type: 'ready' });
    void engine.client.call({ op: 'ping' }).catch(() => {});
    engine.client.close();
    const statuses = engine.statuses.length;
    engine.worker.die('the worker exited with code 1'); // what Node says after terminate()
    engine.worker.say({ type: 'progress', phase: 'runtime', fraction: 1 });
    await vi.advanceTimersByTimeAsync(10_000);
    expect(engine.workers).toHaveLength(1);
    expect(engine.statuses).toHaveLength(statuses);
  });
});
