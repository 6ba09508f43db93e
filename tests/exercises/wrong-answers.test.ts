/**
 * Plausible wrong answers, replayed through the engine. Each exercise keeps its own beside it, in
 * `wrong-answers.yaml` (data, like the rest of the exercise): a mistake a reader would make, as
 * text replaced in the solution (or the starter), and the goals that mistake gets wrong. Each must
 * leave exactly those goals unmet: the reader stays red where they erred, and green everywhere else.
 * The replay is `npm run check-exercises`'s own (src/exercises/replay.ts).
 */
import { describe, expect, it } from 'vitest';
import { readAllExercises } from '../../src/exercises/read';
import { readWrongAnswers, replayWrongAnswer, WRONG_ANSWERS_AT_LEAST } from '../../src/exercises/replay';
import { useEngine } from '../support/engine';

const exercises = readAllExercises();
const engine = useEngine({ timeLimitMs: 15_000 });

describe('every exercise', () => {
  it.each(exercises.map((e) => [e.id, e] as const))(`%s has at least ${WRONG_ANSWERS_AT_LEAST} wrong answers beside it`, (_id, exercise) => {
    expect(readWrongAnswers(exercise).length).toBeGreaterThanOrEqual(WRONG_ANSWERS_AT_LEAST);
  });
});

for (const exercise of exercises) {
  const cases = readWrongAnswers(exercise);
  if (cases.length === 0) continue;
  describe(exercise.id, () => {
    it.each(cases.map((c) => [c.name, c] as const))('%s', async (_name, wrong) => {
      expect(await replayWrongAnswer(exercise, wrong, (request) => engine.client.call(request))).toEqual([]);
    });
  });
}
