/**
 * When a run gives no answer about the reader's code as it is now, and why, in one sentence that
 * the goals and the URL tester show above the last answer they had (marked as such).
 *
 * A run the time limit stops reaches the page by one of two paths. Most often the client's SIGINT
 * lands in the reader's loop: Python raises KeyboardInterrupt at that line and the engine answers
 * as usual, an ordinary answer whose error is that KeyboardInterrupt (its goals were judged on a
 * run cut short, so they say nothing). When the interrupt cannot land (a loop inside C code, or a
 * URLconf imported again after the interrupt, which loops again), the client replaces the worker
 * and the call fails with EngineStoppedError, as it does for a value filling memory or a crash.
 */
import { EngineStoppedError } from '../engine/client';
import type { EngineError, ExerciseAnswer } from '../engine/protocol';

const LEAD = 'No answer for your code as it is now:';

const isInterrupt = (error: EngineError | null | undefined) => error?.type === 'KeyboardInterrupt';

/** Why this answer is none (the time limit cut its run short), or null when it answers. */
export function noAnswerIn(answer: Pick<ExerciseAnswer, 'error' | 'resolve' | 'reverse'>): string | null {
  const outcomes = [...(answer.resolve ?? []), ...(answer.reverse ?? [])];
  const interrupted = isInterrupt(answer.error) || outcomes.some((outcome) => 'error' in outcome && isInterrupt(outcome.error));
  return interrupted ? `${LEAD} the last run was stopped at the time limit.` : null;
}

/** Why a call that failed gave no answer. */
export function noAnswerAfter(error: Error): string {
  if (error instanceof EngineStoppedError) {
    switch (error.reason) {
      case 'time-limit':
        return `${LEAD} the last run was stopped at the time limit.`;
      case 'memory':
        return `${LEAD} the last run was stopped, filling memory.`;
      case 'crash':
        return `${LEAD} the checker failed on the last run.`;
    }
  }
  return `${LEAD} the checker could not answer.`;
}
