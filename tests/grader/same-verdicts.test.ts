/**
 * The grader's verdicts are the page's: an exercise's starter, solution and wrong answers,
 * replayed through the grader (each a submission in its own process, its goals judged in the
 * grader's interpreter) as `npm run check-exercises` replays them through the page's engine. A
 * teacher would notice a student whose page showed every goal green failing in the grader.
 *
 * The logging exercises are here because their goals look at where log records go, a fact of the
 * process that applied LOGGING, which the judge's own interpreter never did.
 */
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ExerciseAnswer, ExerciseRequest } from '../../src/engine/protocol';
import { readAllExercises } from '../../src/exercises/read';
import { replayExercise } from '../../src/exercises/replay';
import { grade } from '../../src/grader/grade';

const EXERCISES = ['logging-and-error-reporting/errors-reach-you', 'logging-and-error-reporting/quiet-scanners'];
const NOT_JUDGED = 'it could not be judged: ';

const root = realpathSync(mkdtempSync(join(tmpdir(), 'grader-verdicts-')));
let submissions = 0;
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A Judge (as the replay takes) that grades the request's files as a submission. */
function throughTheGrader(exercise: ReturnType<typeof readAllExercises>[number]) {
  return async (request: ExerciseRequest): Promise<ExerciseAnswer> => {
    const folder = join(root, `submission-${++submissions}`);
    for (const [path, text] of Object.entries(request.files)) {
      mkdirSync(dirname(join(folder, path)), { recursive: true });
      writeFileSync(join(folder, path), typeof text === 'string' ? text : Buffer.from(text.base64, 'base64'));
    }
    const result = (await grade(exercise, [folder], { jobs: 1 })).submissions[0]!;
    expect(result.error).toBeNull();
    return {
      error: result.djangoError ? { ...result.djangoError, location: result.djangoError.location ?? undefined } : null,
      messages: [],
      goals: result.goals.map((g) => ({
        title: g.title,
        passed: g.met,
        problem: g.why?.startsWith(NOT_JUDGED) ? g.why.slice(NOT_JUDGED.length) : null,
      })),
    } as ExerciseAnswer;
  };
}

describe('the grader, on the exercises whose goals ask where log records go', () => {
  it.each(EXERCISES)('%s: the starter, the solution and every wrong answer get the page’s verdicts', async (id) => {
    const exercise = readAllExercises().find((e) => e.id === id)!;
    const report = await replayExercise(exercise, throughTheGrader(exercise));
    expect(report.results.filter((r) => r.problems.length > 0)).toEqual([]);
  }, 180_000);
});
