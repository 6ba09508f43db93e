/**
 * Runs the time limit stops, in the real engine (Pyodide in a Node worker thread, with the
 * interrupt buffer the page has when cross-origin isolated): a loop inside C code cannot be
 * interrupted, so its worker is replaced, and the new worker must answer. Before, the SIGINT left
 * in the shared buffer booted the new worker into a KeyboardInterrupt and Python never answered
 * again. Then what the reader is told: a loop, a memory bomb and a crash are different things.
 */
import { describe, expect, it } from 'vitest';
import { EngineStoppedError, type EngineStatus } from '../../../src/engine/client';
import type { CheckResult } from '../../../src/engine/protocol';
import { useEngine } from '../../support/engine';

const statuses: EngineStatus[] = [];
// A grace time long enough for a busy machine: an interrupt that lands must never be taken for one that did not.
const engine = useEngine({ timeLimitMs: 1500, graceMs: 3000, onStatus: (status) => statuses.push(status) });

const settings = (text: string) => engine.check({ 'mysite/settings.py': text });
/** The error a run failed with (null when it was answered). */
const failure = (text: string) => settings(text).then(
  () => null,
  (error: unknown) => error,
);
const restarts = () => statuses.filter((status) => status.state === 'restarting').length;

async function answersAgain(): Promise<void> {
  const after = await settings('DEBUG = True\n');
  expect(after.error).toBeNull();
  expect(after.messages.map((m) => m.id)).toContain('security.W018');
}

describe('after a run the time limit could not interrupt', () => {
  it.each([
    ['a sum inside C code', 'DEBUG = True\nTOTAL = sum(range(10**12))\n'],
    ['a max() inside C code, in a function', 'DEBUG = True\ndef biggest():\n    return max(range(10**12))\nBIG = biggest()\n'],
  ])('%s: the worker is replaced, and the new one answers (twice in a row too)', async (_what, text) => {
    for (let round = 0; round < 2; round++) {
      const before = restarts();
      const error = await failure(text);
      expect(error).toBeInstanceOf(EngineStoppedError);
      expect(error).toMatchObject({ reason: 'time-limit' });
      expect(restarts()).toBe(before + 1);
      await answersAgain();
    }
  });
});

describe('runs the time limit interrupts in place', () => {
  it('time.sleep(30) is stopped at its line, without a new worker', async () => {
    const before = restarts();
    const answer = await settings('import time\nDEBUG = True\ntime.sleep(30)\n');
    expect(answer.error).toMatchObject({ type: 'KeyboardInterrupt', file: 'mysite/settings.py', line: 3 });
    expect(restarts()).toBe(before);
    await answersAgain();
  });

  it('a settings file that ignores SIGINT does not escape the time limit of the next run', async () => {
    const ignoring = await settings('import signal\nsignal.signal(signal.SIGINT, signal.SIG_IGN)\nDEBUG = True\n');
    expect(ignoring.error).toBeNull();
    const before = restarts();
    const loop = await settings('DEBUG = True\nn = 0\nwhile True:\n    n += 1\n');
    expect(loop.error).toMatchObject({ type: 'KeyboardInterrupt', file: 'mysite/settings.py' });
    expect(restarts()).toBe(before);
  });
});

describe('what the reader is told about a value too big for memory', () => {
  it.each([
    ['"x" * 10**10', 'OverflowError'],
    ['[0] * 10**10', 'OverflowError'],
    ['[0] * 10**9', 'MemoryError'],
    ['bytearray(2**31)', 'OverflowError'],
  ])('%s: %s, explained as memory, not as a loop', async (expression, type) => {
    const answer: CheckResult = await settings(`DEBUG = True\nBIG = ${expression}\n`);
    expect(answer.error).toMatchObject({ type, file: 'mysite/settings.py', line: 2 });
    expect(answer.error!.explanation).toMatch(/memory/);
    expect(answer.error!.explanation).not.toMatch(/never finishes|loop/);
    await answersAgain();
  });
});
