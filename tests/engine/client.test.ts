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
    engine.worker.answerLast({ django: '6.1' });
    await expect(answer).resolves.toEqual({ django: '6.1' });
    expect(engine.statuses).toEqual([{ state: 'booting', phase: 'runtime', fraction: 0.5 }, { state: 'ready' }]);
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
    engine.worker.answerLast({ django: '6.1' });
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

    engine.worker.answerLast('first answer');
    expect(engine.worker.calls).toEqual([[1, 'ping'], [2, 'check']]);
    engine.worker.answerLast('second answer');
    await expect(first).resolves.toBe('first answer');
    await expect(second).resolves.toBe('second answer');
  });

  it('ignores an answer to a call it is not waiting for', async () => {
    const engine = startClient();
    engine.worker.say({ type: 'ready' });
    const call = engine.client.call({ op: 'ping' });
    engine.worker.say({ type: 'answer', id: 99, answer: '"stray"', ms: 1 });
    engine.worker.answerLast('mine');
    await expect(call).resolves.toBe('mine');
  });

  it("rejects a malformed request with the engine's fault, and goes on", async () => {
    const engine = startClient();
    engine.worker.say({ type: 'ready' });
    const bad = engine.client.call({ op: 'ping' });
    const next = engine.client.call({ op: 'ping' });
    engine.worker.answerLast({ fault: "ValueError: Unknown operation 'x'" });
    await expect(bad).rejects.toThrow("ValueError: Unknown operation 'x'");
    engine.worker.answerLast('next');
    await expect(next).resolves.toBe('next');
  });

  it('rejects an answer that is not JSON, and goes on (the queue does not stall)', async () => {
    const engine = startClient();
    engine.worker.say({ type: 'ready' });
    const bad = engine.client.call({ op: 'ping' });
    const next = engine.client.call({ op: 'ping' });
    engine.worker.say({ type: 'answer', id: 1, answer: '{"x": NaN', ms: 1 });
    await expect(bad).rejects.toThrow(/not JSON/);
    expect(engine.worker.calls).toEqual([[1, 'ping'], [2, 'ping']]);
    engine.worker.answerLast('next');
    await expect(next).resolves.toBe('next');
  });

  it('keeps how long the engine itself took on the last call (what the benchmark reports)', async () => {
    const engine = startClient();
    engine.worker.say({ type: 'ready' });
    const call = engine.client.call({ op: 'ping' });
    engine.worker.answerLast('ok', 4.5);
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
    fresh.answerLast('answered by the new worker');
    await expect(waiting).resolves.toBe('answered by the new worker');
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
    engine.worker.answerLast('from the new worker');
    await expect(next).resolves.toBe('from the new worker');
    expect(engine.workers).toHaveLength(2);
  });

  it("with interrupts, stops Python in place: the call gets Python's own answer (KeyboardInterrupt, at its line)", async () => {
    const engine = startClient({ interrupts: true, graceMs: 500 });
    engine.worker.say({ type: 'ready' });
    const call = engine.client.call({ op: 'ping' });
    expect(engine.worker.signal).toBe(0);
    await vi.advanceTimersByTimeAsync(2000);
    expect(engine.worker.signal).toBe(2);

    await vi.advanceTimersByTimeAsync(499);
    engine.worker.answerLast({ error: { type: 'KeyboardInterrupt', line: 3 } });
    await expect(call).resolves.toEqual({ error: { type: 'KeyboardInterrupt', line: 3 } });
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
    engine.worker.answerLast('first');
    await first;
    expect(engine.worker.calls).toHaveLength(2);
    expect(engine.worker.signal).toBe(0);
    engine.worker.answerLast('second');
    await expect(second).resolves.toBe('second');
  });

  it('gives each call the whole time limit, however long the one before took', async () => {
    const engine = startClient();
    engine.worker.say({ type: 'ready' });
    const first = engine.client.call({ op: 'ping' });
    const second = engine.client.call({ op: 'ping' });
    await vi.advanceTimersByTimeAsync(1900);
    engine.worker.answerLast('first');
    await first;
    await vi.advanceTimersByTimeAsync(1900);
    engine.worker.answerLast('second');
    await expect(second).resolves.toBe('second');
    expect(engine.workers).toHaveLength(1);
  });
});

describe('the engine client: crashes', () => {
  it.each([
    ['reports that the interpreter failed', (worker: FakeWorker, id: number) => worker.say({ type: 'crashed', id, message: 'RangeError: out of memory' })],
    ['dies', (worker: FakeWorker) => worker.die('RangeError: out of memory')],
  ])('fails the running call and starts a new worker when the worker %s', async (_what, crash) => {
    const engine = startClient();
    engine.worker.say({ type: 'ready' });
    const call = engine.client.call({ op: 'ping' }).catch((error: unknown) => error);
    crash(engine.worker, 1);
    expect(await call).toMatchObject({ reason: 'crash', message: 'The Python interpreter failed: RangeError: out of memory' });
    expect(engine.workers).toHaveLength(2);
    expect(engine.statuses.at(-1)).toEqual({ state: 'restarting' });

    const next = engine.client.call({ op: 'ping' });
    engine.worker.say({ type: 'ready' });
    engine.worker.answerLast('alive again');
    await expect(next).resolves.toBe('alive again');
  });

  it('ignores a crash report about a call it is not waiting for', () => {
    const engine = startClient();
    engine.worker.say({ type: 'ready' });
    void engine.client.call({ op: 'ping' });
    engine.worker.say({ type: 'crashed', id: 42, message: 'old news' });
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
