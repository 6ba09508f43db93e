/**
 * The warm-up that brings Python's WebAssembly to its optimised tier before the reader types:
 * the code already answered is checked again in the background, only while the reader pauses,
 * once per page, and not after the engine fails. If it broke, the reader's first keys would be
 * answered slowly, or wait behind runs started while they type, or the worker would keep busy.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ExerciseRequest } from '../../src/engine/protocol';
import { forgetWarmUp, warmUpWhilePaused, WARM_UP_BUDGET_MS, WARM_UP_RUNS } from '../../src/playground/warm-up-while-paused';

const request = { op: 'exercise', files: {}, settings_module: 'mysite.settings', checks: '' } as unknown as ExerciseRequest;

function fakeEngine(failAt = Infinity) {
  const calls: Array<{ request: unknown; background: boolean }> = [];
  return {
    calls,
    call(asked: unknown, { background = false } = {}) {
      calls.push({ request: asked, background });
      return calls.length >= failAt ? Promise.reject(new Error('stopped')) : Promise.resolve({});
    },
  };
}

/** A reader whose pauses come when the test says; `busy` is whether they are touching the playgrounds. */
function fakeReader() {
  const reader = {
    busy: false,
    waits: 0,
    whenPaused: () => {
      reader.waits += 1;
      return Promise.resolve();
    },
    stillPaused: () => !reader.busy,
  };
  return reader;
}

describe('warming the engine up while the reader pauses', () => {
  beforeEach(forgetWarmUp);
  afterEach(() => vi.restoreAllMocks());

  it('checks the answered code again in the background, after a pause, a fixed number of times', async () => {
    const engine = fakeEngine();
    const reader = fakeReader();
    await warmUpWhilePaused(engine as never, request, reader);
    expect(engine.calls).toHaveLength(WARM_UP_RUNS);
    expect(engine.calls.every((call) => call.request === request && call.background)).toBe(true);
    expect(reader.waits).toBe(1); // the first run waits for a pause; the reader stayed away
  });

  it('waits for the next pause before each run while the reader is busy', async () => {
    const engine = fakeEngine();
    const reader = fakeReader();
    reader.busy = true;
    await warmUpWhilePaused(engine as never, request, reader);
    expect(reader.waits).toBe(WARM_UP_RUNS);
  });

  it('runs once per page, whichever playground asks again', async () => {
    const engine = fakeEngine();
    await warmUpWhilePaused(engine as never, request, fakeReader());
    await warmUpWhilePaused(engine as never, request, fakeReader());
    expect(engine.calls).toHaveLength(WARM_UP_RUNS);
  });

  it('stops once its runs have taken their budget of time (an exercise whose check is slow)', async () => {
    const engine = fakeEngine();
    let clock = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => (clock += WARM_UP_BUDGET_MS / 3)); // each run: a third of the budget
    await warmUpWhilePaused(engine as never, request, fakeReader());
    expect(engine.calls).toHaveLength(3);
  });

  it('stops at the first run that fails (a time limit, a restart)', async () => {
    const engine = fakeEngine(3);
    await warmUpWhilePaused(engine as never, request, fakeReader());
    expect(engine.calls).toHaveLength(3);
  });
});
