/**
 * The worker's side, with a fake Pyodide: it boots once, as soon as it runs (the page may start it
 * before its scripts can talk to it), answers calls that came while it was booting, in order, and
 * tells a failing interpreter apart from a failing boot. If it broke, the playground's first
 * answer would never come, come later than it could, or a crash would leave the page waiting.
 */
import type { PyodideAPI } from 'pyodide';
import { describe, expect, it } from 'vitest';
import type { FromWorker, ToWorker } from '../../src/engine/protocol';
import { serveEngine } from '../../src/engine/serve';

type Boot = Parameters<typeof serveEngine>[1];

/** A Pyodide whose engine answers each request with `handle` (the Python side's `minidjango.api.handle`). */
function fakePyodide(handle: (request: string) => string, settle: () => void = () => {}) {
  const handled: string[] = [];
  let interruptBuffer: Int32Array | null = null;
  const pyodide = {
    runPython: () => undefined,
    setInterruptBuffer: (buffer: Int32Array) => (interruptBuffer = buffer),
    pyimport: () => ({
      enable_interrupts: () => undefined,
      seal: () => undefined,
      settle,
      handle: (request: string) => {
        handled.push(request);
        return handle(request);
      },
    }),
  } as unknown as PyodideAPI;
  return {
    pyodide,
    /** The requests the engine handled. */
    get calls() {
      return handled.slice();
    },
    get interruptBuffer() {
      return interruptBuffer;
    },
  };
}

function serve(boot: Boot) {
  const posted: FromWorker[] = [];
  let send: (message: ToWorker) => void = () => {};
  serveEngine({ post: (message) => posted.push(message), listen: (handler) => (send = handler) }, boot);
  return { posted, send: (message: ToWorker) => send(message) };
}

/** Boot resolved by the test, for checking what happens meanwhile. */
function deferredBoot() {
  let finish: (pyodide: PyodideAPI) => void = () => {};
  let fail: (error: Error) => void = () => {};
  const boot: Boot = (progress) => {
    progress('runtime', 0.5);
    return new Promise<PyodideAPI>((resolve, reject) => {
      finish = resolve;
      fail = reject;
    });
  };
  return { boot, finish: (pyodide: PyodideAPI) => finish(pyodide), fail: (error: Error) => fail(error) };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const answers = (posted: FromWorker[]) => posted.flatMap((m) => (m.type === 'answer' ? [[m.id, m.answer]] : []));

describe('the worker serving the engine', () => {
  it('reports progress, says it is ready, then answers the calls that came meanwhile, in order, and nothing else', async () => {
    const python = fakePyodide((request) => JSON.stringify({ echo: JSON.parse(request).op }));
    const { boot, finish } = deferredBoot();
    const worker = serve(boot);
    worker.send({ type: 'boot', interruptBuffer: null });
    worker.send({ type: 'call', id: 1, request: '{"op": "ping"}' });
    worker.send({ type: 'call', id: 2, request: '{"op": "check"}' });
    expect(worker.posted).toEqual([{ type: 'progress', phase: 'runtime', fraction: 0.5 }]);

    finish(python.pyodide);
    await settle();
    // The snapshot it restores was taken after the warm-up: it is not run again before the first answer.
    expect(python.calls).toEqual(['{"op": "ping"}', '{"op": "check"}']);
    expect(worker.posted.map((m) => m.type)).toEqual(['progress', 'progress', 'ready', 'answer', 'answer']);
    expect(answers(worker.posted)).toEqual([
      [1, '{"echo":"ping"}'],
      [2, '{"echo":"check"}'],
    ]);
  });

  it('answers at once once booted, with how long the engine took', async () => {
    const python = fakePyodide(() => '{}');
    const worker = serve(async () => python.pyodide);
    worker.send({ type: 'boot', interruptBuffer: null });
    await settle();
    worker.send({ type: 'call', id: 7, request: '{"op": "ping"}' });
    const answer = worker.posted.at(-1);
    expect(answer).toMatchObject({ type: 'answer', id: 7, answer: '{}' });
    expect(answer?.type === 'answer' && answer.ms).toBeGreaterThanOrEqual(0);
  });

  it("puts Python back after the reader's run only once the answer is on its way, so the reader never waits for it", async () => {
    let worker: ReturnType<typeof serve> | undefined;
    const postedWhenSettled: string[][] = [];
    const python = fakePyodide(
      () => '{}',
      () => postedWhenSettled.push(worker!.posted.flatMap((m) => (m.type === 'answer' ? [String(m.id)] : []))),
    );
    worker = serve(async () => python.pyodide);
    worker.send({ type: 'boot', interruptBuffer: null });
    await settle();
    worker.send({ type: 'call', id: 1, request: '{}' });
    worker.send({ type: 'call', id: 2, request: '{}' });
    expect(postedWhenSettled).toEqual([['1'], ['1', '2']]);
  });

  it('still answers the next call when putting Python back was stopped half-way (a late SIGINT)', async () => {
    const python = fakePyodide(
      () => '{}',
      () => {
        throw new Error('KeyboardInterrupt');
      },
    );
    const worker = serve(async () => python.pyodide);
    worker.send({ type: 'boot', interruptBuffer: null });
    await settle();
    worker.send({ type: 'call', id: 1, request: '{}' });
    worker.send({ type: 'call', id: 2, request: '{}' });
    expect(worker.posted.filter((m) => m.type !== 'progress').map((m) => m.type)).toEqual(['ready', 'answer', 'answer']);
  });

  it('hands the interrupt buffer to Pyodide, and clears it before each call so an old SIGINT cannot stop a new one', async () => {
    const shared = new SharedArrayBuffer(8);
    const signal = new Int32Array(shared);
    const seen: number[] = [];
    const python = fakePyodide(() => {
      seen.push(Atomics.load(signal, 0));
      return '{}';
    });
    const worker = serve(async () => python.pyodide);
    worker.send({ type: 'boot', interruptBuffer: shared });
    await settle();
    expect(python.interruptBuffer?.buffer).toBe(shared);
    expect(python.interruptBuffer?.length).toBe(1);
    Atomics.store(signal, 0, 2);
    worker.send({ type: 'call', id: 1, request: '{}' });
    expect(seen.at(-1)).toBe(0);
  });

  it('reports a call the interpreter itself failed on as a crash of that call', async () => {
    const python = fakePyodide((request) => {
      if (request.includes('boom')) throw new Error('RangeError: Maximum call stack size exceeded');
      return '{}';
    });
    const worker = serve(async () => python.pyodide);
    worker.send({ type: 'boot', interruptBuffer: null });
    await settle();
    worker.send({ type: 'call', id: 3, request: '"boom"' });
    expect(worker.posted.at(-1)).toEqual({ type: 'crashed', id: 3, message: 'RangeError: Maximum call stack size exceeded' });
  });

  it("boots before the page's boot message, and tells how far it got once the page asks", async () => {
    let booting = 0;
    const { boot, finish } = deferredBoot();
    const worker = serve((progress) => {
      booting += 1;
      progress('runtime', 0.2);
      return boot(progress);
    });
    expect(booting).toBe(1);
    expect(worker.posted).toEqual([]); // nobody listens yet: said now, it would be lost
    finish(fakePyodide(() => '{}').pyodide);
    await settle();
    expect(worker.posted).toEqual([]);
    worker.send({ type: 'boot', interruptBuffer: null });
    worker.send({ type: 'boot', interruptBuffer: null });
    await settle();
    expect(booting).toBe(1);
    expect(worker.posted.map((m) => m.type)).toEqual(['progress', 'progress', 'ready']);
    expect(worker.posted[0]).toEqual({ type: 'progress', phase: 'runtime', fraction: 0.5 }); // the latest, not every step
  });

  it('reports a boot that failed before the page asked, once it asks', async () => {
    const worker = serve(async () => {
      throw new Error('pyodide.asm.wasm: HTTP 404');
    });
    await settle();
    expect(worker.posted).toEqual([]);
    worker.send({ type: 'boot', interruptBuffer: null });
    await settle();
    expect(worker.posted).toEqual([{ type: 'boot-failed', message: 'pyodide.asm.wasm: HTTP 404' }]);
  });

  it('reports a boot that failed, with the reason', async () => {
    const { boot, fail } = deferredBoot();
    const worker = serve(boot);
    worker.send({ type: 'boot', interruptBuffer: null });
    fail(new Error('engine-abc.snapshot: HTTP 404'));
    await settle();
    expect(worker.posted.at(-1)).toEqual({ type: 'boot-failed', message: 'engine-abc.snapshot: HTTP 404' });
  });
});
