/**
 * The feedback loop as the reader types, with fake timers standing in for the engine's time: the
 * first edit is checked at once (no debounce), edits made while a check runs are folded into one
 * more check, answers are shown in the order of the edits, and a failed check is told and does
 * not stop the next. If it broke, the findings would lag behind the code, show an older answer
 * over a newer one, or stop answering after one error.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FeedbackLoop, type FeedbackTiming } from '../../src/playground/feedback';

/** A loop over a fake engine that answers each check with the text it was given, `ms` later. */
function typing(durations: number[] = []) {
  let text = '';
  const checked: string[] = [];
  const shown: Array<{ answer: string } & FeedbackTiming> = [];
  const failures: Error[] = [];
  let outcome: (text: string) => string | Error = (t) => t;
  let inFlight = 0;
  let maxInFlight = 0;
  const loop = new FeedbackLoop<string>(
    () => {
      const asked = text;
      checked.push(asked);
      const ms = durations[checked.length - 1] ?? 5;
      maxInFlight = Math.max(maxInFlight, ++inFlight);
      return new Promise((resolve, reject) =>
        setTimeout(() => {
          inFlight -= 1;
          const answer = outcome(asked);
          if (answer instanceof Error) reject(answer);
          else resolve(answer);
        }, ms),
      );
    },
    (answer, timing) => shown.push({ answer, ...timing }),
    (error) => failures.push(error),
  );
  return {
    type(next: string) {
      text = next;
      loop.edited();
    },
    answerWith(make: (text: string) => string | Error) {
      outcome = make;
    },
    checked,
    shown,
    failures,
    get maxInFlight() {
      return maxInFlight;
    },
  };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('the feedback loop', () => {
  it('checks the first edit at once, with no debounce, and shows the answer as soon as it comes', async () => {
    const reader = typing([5]);
    reader.type('DEBUG = False');
    expect(reader.checked).toEqual(['DEBUG = False']);
    await vi.advanceTimersByTimeAsync(5);
    expect(reader.shown).toEqual([{ answer: 'DEBUG = False', version: 1, latencyMs: 5 }]);
  });

  it('folds the edits made while a check runs into one more check, of the newest text', async () => {
    const reader = typing([30, 5]);
    reader.type('D');
    await vi.advanceTimersByTimeAsync(10);
    reader.type('DE');
    await vi.advanceTimersByTimeAsync(10);
    reader.type('DEB');
    expect(reader.checked).toEqual(['D']);

    await vi.advanceTimersByTimeAsync(10); // the first check answers at 30 ms
    expect(reader.checked).toEqual(['D', 'DEB']);
    await vi.advanceTimersByTimeAsync(5);
    expect(reader.shown.map((s) => [s.answer, s.version])).toEqual([
      ['D', 1],
      ['DEB', 3],
    ]);
  });

  it('measures latency from the newest edit an answer covers (what the benchmark reports)', async () => {
    const reader = typing([30, 5]);
    reader.type('a');
    await vi.advanceTimersByTimeAsync(20);
    reader.type('ab'); // at 20 ms; checked from 30 ms, answered at 35 ms
    await vi.advanceTimersByTimeAsync(15);
    expect(reader.shown.map((s) => s.latencyMs)).toEqual([30, 15]);
  });

  it('never shows an older answer after a newer one, however slow the older check was', async () => {
    const reader = typing([200, 1, 1]);
    reader.type('slow');
    await vi.advanceTimersByTimeAsync(50);
    reader.type('fast');
    await vi.advanceTimersByTimeAsync(500);
    reader.type('faster');
    await vi.advanceTimersByTimeAsync(500);
    const versions = reader.shown.map((s) => s.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(reader.shown.at(-1)).toMatchObject({ answer: 'faster', version: 3 });
  });

  it('runs one check at a time, however fast the reader types', async () => {
    const reader = typing(Array(100).fill(20));
    for (let i = 0; i < 50; i++) {
      reader.type(`x${i}`);
      await vi.advanceTimersByTimeAsync(3);
    }
    await vi.advanceTimersByTimeAsync(100);
    // 50 edits over 150 ms, 20 ms a check: a check every 20 ms, from 0 to 160 ms.
    expect(reader.maxInFlight).toBe(1);
    expect(reader.checked).toHaveLength(9);
    expect(reader.shown.at(-1)).toMatchObject({ answer: 'x49', version: 50 });
  });

  it('tells a failed check, and the next edit is checked and shown as usual', async () => {
    const reader = typing();
    reader.answerWith(() => new Error('The code was still running after 2 s and was stopped.'));
    reader.type('while True: pass');
    await vi.advanceTimersByTimeAsync(5);
    expect(reader.failures.map((e) => e.message)).toEqual(['The code was still running after 2 s and was stopped.']);
    expect(reader.shown).toEqual([]);

    reader.answerWith((text) => text);
    reader.type('DEBUG = False');
    await vi.advanceTimersByTimeAsync(5);
    expect(reader.shown).toMatchObject([{ answer: 'DEBUG = False', version: 2 }]);
  });

  it('still checks an edit made while the failing check ran', async () => {
    const reader = typing([30, 5]);
    reader.answerWith((text) => (text === 'bad' ? new Error('engine failed') : text));
    reader.type('bad');
    await vi.advanceTimersByTimeAsync(10);
    reader.type('good');
    await vi.advanceTimersByTimeAsync(25);
    expect(reader.failures).toHaveLength(1);
    expect(reader.shown).toMatchObject([{ answer: 'good', version: 2 }]);
  });

  it('turns a rejection that is not an Error into one, so the reader is told something readable', async () => {
    const failures: Error[] = [];
    const loop = new FeedbackLoop<string>(() => Promise.reject('the worker went away'), () => {}, (error) => failures.push(error));
    loop.edited();
    await vi.advanceTimersByTimeAsync(0);
    expect(failures.map((e) => [e instanceof Error, e.message])).toEqual([[true, 'the worker went away']]);
  });
});
