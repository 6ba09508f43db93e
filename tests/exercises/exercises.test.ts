/**
 * Every exercise replayed, as futurecoder does: its starter must not pass (or there is nothing
 * to do) and its solution must pass every goal (or a reader who does it right stays red).
 * The replay is `npm run check-exercises`'s own (src/exercises/replay.ts): a teacher who runs it
 * sees what this test sees.
 */
import { describe, expect, it } from 'vitest';
import { readAllExercises } from '../../src/exercises/read';
import { replaySolution, replayStarter } from '../../src/exercises/replay';
import { useEngine } from '../support/engine';

const exercises = readAllExercises();

describe('the exercises', () => {
  const engine = useEngine();

  it('exist (at least the deployment-settings one)', () => {
    expect(exercises.map((e) => e.id)).toContain('deployment-settings/production-settings');
  });

  it.each(exercises.map((e) => [e.id, e] as const))('%s: the starter leaves work to do', async (_id, exercise) => {
    expect(await replayStarter(exercise, (request) => engine.client.call(request))).toEqual([]);
  });

  it.each(exercises.map((e) => [e.id, e] as const))('%s: the solution meets every goal', async (_id, exercise) => {
    expect(await replaySolution(exercise, (request) => engine.client.call(request))).toEqual([]);
  });
});
