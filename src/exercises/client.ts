/**
 * What of an exercise reaches the page, and the engine request that judges it: the same in the
 * page, the tests and the grader. Kept apart from exercise.ts so the page's code does not
 * bundle the schema (zod).
 */
import type { ExerciseRequest, ProjectFiles } from '../engine/protocol';
import type { Exercise } from './exercise';

/** What a page's playground receives of an exercise (written into the page as JSON): all but
 * the title and the goal, which the page shows as HTML. */
export type ClientExercise = Omit<Exercise, 'title' | 'goal'>;

export function clientExercise({ title: _title, goal: _goal, ...rest }: Exercise): ClientExercise {
  return rest;
}

/** The engine request that judges an exercise (the same in the page, the tests and the grader). */
export function exerciseRequest(exercise: ClientExercise, files: ProjectFiles, urls: Pick<ExerciseRequest, 'resolve' | 'reverse'> = {}): ExerciseRequest {
  return {
    op: 'exercise',
    kind: exercise.kind,
    files,
    settings_module: exercise.settings_module,
    deploy: exercise.deploy,
    env: exercise.env,
    installed: exercise.installed,
    behind_proxy: exercise.behind_proxy,
    nginx: exercise.nginx,
    root_urlconf: exercise.root_urlconf,
    settings: exercise.settings,
    checks: exercise.checks,
    fixtures: exercise.fixtures,
    ...urls,
  };
}
