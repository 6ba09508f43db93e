/**
 * An exercise replayed through the engine, as `npm run check-exercises` and the tests
 * (tests/exercises/) both do it: the starter leaves work to do, the solution meets every goal,
 * and each wrong answer of wrong-answers.yaml stays red on exactly the goals it names and green
 * on the others. Each replay gives the problems it found, in words a teacher can act on; none
 * means it holds.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { z } from 'astro/zod';
import { parse as parseYaml } from 'yaml';
import type { ExerciseAnswer, ExerciseRequest, ProjectFiles } from '../engine/protocol';
import { exerciseRequest } from './client';
import type { Exercise } from './exercise';
import { EXERCISES_DIR, goalTitles } from './read';

/** Fewer than this and an exercise does not show that its goals tell mistakes apart. */
export const WRONG_ANSWERS_AT_LEAST = 3;

const wrongAnswerSchema = z
  .object({
    /** What a reader would notice. */
    name: z.string().min(1),
    /** The files the mistake starts from. */
    from: z.enum(['solution', 'starter']).default('solution'),
    /** Text replaced, in order; a `replace` that is not in the file is a problem of the exercise. */
    edits: z.array(z.object({ file: z.string().min(1), replace: z.string().min(1), with: z.string() }).strict()).min(1),
    /** A distinctive part of the title of each goal that must stay unmet; every other goal must pass. */
    unmet: z.array(z.string().min(1)).default([]),
  })
  .strict();

type WrongAnswer = z.infer<typeof wrongAnswerSchema>;

/** A file of an exercise, as a teacher finds it from the repository's root. */
function exerciseFile(id: string, name: string, root = EXERCISES_DIR): string {
  return relative(process.cwd(), join(root, id, name)) || name;
}

class WrongAnswersError extends Error {}

/** The exercise's wrong answers; a file that does not follow the format throws, naming the file and the field. */
export function readWrongAnswers(exercise: Pick<Exercise, 'id'>, root = EXERCISES_DIR): WrongAnswer[] {
  const path = join(root, exercise.id, 'wrong-answers.yaml');
  if (!existsSync(path)) return [];
  const where = exerciseFile(exercise.id, 'wrong-answers.yaml', root);
  let value: unknown;
  try {
    value = parseYaml(readFileSync(path, 'utf8')) ?? [];
  } catch (error) {
    throw new WrongAnswersError(`${where}: not valid YAML: ${(error as Error).message}`);
  }
  const parsed = z.array(wrongAnswerSchema).safeParse(value);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.length ? `[${issue.path[0]}]${issue.path.slice(1).map((p) => `.${p}`).join('')}` : '(the list)'}: ${issue.message}`);
    throw new WrongAnswersError(`${where}: ${problems.join('; ')}`);
  }
  return parsed.data;
}

/** The files of a wrong answer: its starting files with each edit applied; a problem when an edit does not apply. */
function wrongAnswerFiles(exercise: Exercise, wrong: WrongAnswer): ProjectFiles | string {
  const files: ProjectFiles = { ...(wrong.from === 'starter' ? exercise.starter : exercise.solution) };
  for (const edit of wrong.edits) {
    const text = files[edit.file];
    if (typeof text !== 'string') return `${edit.file} is not a text file of the project`;
    if (!text.includes(edit.replace)) return `${edit.file} does not contain ${JSON.stringify(edit.replace)}`;
    files[edit.file] = text.replace(edit.replace, () => edit.with);
  }
  return files;
}

type Judge = (request: ExerciseRequest) => Promise<ExerciseAnswer>;

const goalProblems = (answer: ExerciseAnswer) =>
  answer.goals.filter((g) => g.problem !== null).map((g) => `the goal "${g.title}" failed to run: ${g.problem!}`);

/** The starter leaves work to do, and checks.py's goals are the ones the page lists before Python loads. */
export async function replayStarter(exercise: Exercise, judge: Judge): Promise<string[]> {
  const answer = await judge(exerciseRequest(exercise, exercise.starter));
  const problems = goalProblems(answer);
  if (answer.goals.length === 0) problems.push('checks.py declares no @goal');
  const listed = goalTitles(exercise.checks);
  const titles = answer.goals.map((g) => g.title);
  if (JSON.stringify(listed) !== JSON.stringify(titles)) {
    problems.push(`the goals read from checks.py's text (${JSON.stringify(listed)}) are not the goals it declares (${JSON.stringify(titles)}): write each as @goal("title") on one line`);
  }
  if (answer.goals.length > 0 && answer.goals.every((g) => g.passed)) problems.push('the starter already meets every goal: there is nothing to do');
  return problems;
}

/** The solution meets every goal, without an error. */
export async function replaySolution(exercise: Exercise, judge: Judge): Promise<string[]> {
  const answer = await judge(exerciseRequest(exercise, exercise.solution));
  const problems = goalProblems(answer);
  if (answer.error) problems.push(`the solution does not load: ${answer.error.type}: ${answer.error.message}`);
  for (const g of answer.goals) if (!g.passed && g.problem === null) problems.push(`the solution leaves the goal "${g.title}" unmet`);
  return problems;
}

/** A wrong answer leaves exactly its `unmet` goals red and every other goal green. */
export async function replayWrongAnswer(exercise: Exercise, wrong: WrongAnswer, judge: Judge): Promise<string[]> {
  const files = wrongAnswerFiles(exercise, wrong);
  if (typeof files === 'string') return [files];
  const answer = await judge(exerciseRequest(exercise, files));
  const problems = goalProblems(answer);
  const titles = answer.goals.map((g) => g.title);
  for (const part of wrong.unmet) {
    const matching = titles.filter((t) => t.includes(part));
    if (matching.length !== 1) problems.push(`unmet: "${part}" names ${matching.length} goals, not one (${matching.map((t) => JSON.stringify(t)).join(', ') || 'none'})`);
  }
  for (const g of answer.goals) {
    if (g.problem !== null) continue;
    const shouldFail = wrong.unmet.some((part) => g.title.includes(part));
    if (shouldFail && g.passed) problems.push(`the goal "${g.title}" is met, but this mistake must leave it unmet`);
    if (!shouldFail && !g.passed) problems.push(`the goal "${g.title}" is unmet, but this mistake should not touch it`);
  }
  return problems;
}

interface ExerciseReport {
  id: string;
  /** What was replayed ("the starter", "the solution", "wrong answer: <name>"), and what went wrong with it. */
  results: Array<{ what: string; problems: string[] }>;
}

/** Everything check-exercises replays for one exercise. */
export async function replayExercise(exercise: Exercise, judge: Judge, root = EXERCISES_DIR): Promise<ExerciseReport> {
  const results: ExerciseReport['results'] = [];
  results.push({ what: 'the starter', problems: await replayStarter(exercise, judge) });
  results.push({ what: 'the solution', problems: await replaySolution(exercise, judge) });
  let wrongAnswers: WrongAnswer[] = [];
  try {
    wrongAnswers = readWrongAnswers(exercise, root);
  } catch (error) {
    if (!(error instanceof WrongAnswersError)) throw error;
    results.push({ what: 'wrong-answers.yaml', problems: [error.message] });
    return { id: exercise.id, results };
  }
  if (wrongAnswers.length < WRONG_ANSWERS_AT_LEAST) {
    results.push({
      what: 'wrong-answers.yaml',
      problems: [`${exerciseFile(exercise.id, 'wrong-answers.yaml', root)} lists ${wrongAnswers.length} wrong answers; an exercise has at least ${WRONG_ANSWERS_AT_LEAST}`],
    });
  }
  for (const wrong of wrongAnswers) results.push({ what: `wrong answer: ${wrong.name}`, problems: await replayWrongAnswer(exercise, wrong, judge) });
  return { id: exercise.id, results };
}
