/**
 * When a run gives no answer about the reader's code as it is now, and the sentence the goals and
 * the URL tester show then. A run the time limit stops in place comes back as an ordinary answer
 * whose error is a KeyboardInterrupt (its goals judged on a run cut short); one it cannot
 * interrupt, one that fills memory and a crash come back as a failed call.
 */
import { describe, expect, it } from 'vitest';
import { EngineStoppedError } from '../../src/engine/client';
import type { EngineError, ExerciseAnswer } from '../../src/engine/protocol';
import { noAnswerAfter, noAnswerIn } from '../../src/playground/no-answer';

const error = (type: string): EngineError => ({ type, message: '', file: 'mysite/settings.py', line: 16 });
const STOPPED = 'No answer for your code as it is now: the last run was stopped at the time limit.';

describe('an answer that is none', () => {
  it.each<[string, Pick<ExerciseAnswer, 'error' | 'resolve' | 'reverse'>, string | null]>([
    ['no error', { error: null }, null],
    // The code ran and failed, or could not be read: those are answers (the goals keep their own stale state for the second).
    ['a NameError', { error: error('NameError') }, null],
    ['a SyntaxError', { error: error('SyntaxError') }, null],
    ['a MemoryError Python raised in place', { error: error('MemoryError') }, null],
    ['a RecursionError', { error: error('RecursionError') }, null],
    ['`while True: pass` interrupted at its line', { error: error('KeyboardInterrupt') }, STOPPED],
    ['resolve() interrupted in a converter', { error: null, resolve: [{ error: error('KeyboardInterrupt') }], reverse: [{ path: '/' }] }, STOPPED],
    ['reverse() interrupted', { error: null, resolve: [], reverse: [{ error: error('KeyboardInterrupt') }] }, STOPPED],
    ['resolve() and reverse() that raised something else', { error: null, resolve: [{ error: error('ImportError') }], reverse: [{ error: error('NoReverseMatch') }] }, null],
  ])('%s', (_what, answer, why) => {
    expect(noAnswerIn(answer)).toBe(why);
  });
});

describe('a call that failed', () => {
  it.each<[string, Error, string]>([
    ['a loop the interrupt could not reach', new EngineStoppedError('time-limit', 'The code was still running after 2 s and was stopped.'), STOPPED],
    ['a value filling memory', new EngineStoppedError('memory', 'The code was still filling memory after 2 s (300 MB more) and was stopped.'), 'No answer for your code as it is now: the last run was stopped, filling memory.'],
    ['the interpreter failing', new EngineStoppedError('crash', 'The Python interpreter failed: RuntimeError'), 'No answer for your code as it is now: the checker failed on the last run.'],
    ['anything else (a malformed answer, an engine that could not start)', new Error('The Python engine could not start: offline'), 'No answer for your code as it is now: the checker could not answer.'],
  ])('%s', (_what, failure, why) => {
    expect(noAnswerAfter(failure)).toBe(why);
  });
});
