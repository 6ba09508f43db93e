/**
 * Plausible wrong answers, replayed through the engine. Each exercise keeps its own beside it, in
 * `wrong-answers.yaml` (data, like the rest of the exercise): a mistake a reader would make, as
 * text replaced in the solution (or the starter), and the goals that mistake gets wrong. Each must
 * leave exactly those goals unmet: the reader stays red where they erred, and green everywhere else.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { exerciseRequest } from '../../src/exercises/client';
import type { Exercise } from '../../src/exercises/exercise';
import { EXERCISES_DIR, readAllExercises } from '../../src/exercises/read';
import type { ProjectFiles } from '../../src/engine/protocol';
import { useEngine } from '../support/engine';

/** Fewer than this and an exercise does not show that its goals tell mistakes apart. */
const AT_LEAST = 3;

const wrongAnswerSchema = z
  .object({
    /** What a reader would notice. */
    name: z.string().min(1),
    /** The files the mistake starts from. */
    from: z.enum(['solution', 'starter']).default('solution'),
    /** Text replaced, in order; a `replace` that is not in the file fails the test. */
    edits: z.array(z.object({ file: z.string().min(1), replace: z.string().min(1), with: z.string() }).strict()).min(1),
    /** A distinctive part of the title of each goal that must stay unmet; every other goal must pass. */
    unmet: z.array(z.string().min(1)).default([]),
  })
  .strict();

type WrongAnswer = z.infer<typeof wrongAnswerSchema>;

function readWrongAnswers(exercise: Exercise): WrongAnswer[] {
  const path = join(EXERCISES_DIR, exercise.id, 'wrong-answers.yaml');
  if (!existsSync(path)) return [];
  return z.array(wrongAnswerSchema).parse(parseYaml(readFileSync(path, 'utf8')) ?? []);
}

/** The files of a wrong answer: its starting files with each edit applied. */
function filesOf(exercise: Exercise, wrong: WrongAnswer): ProjectFiles {
  const files: ProjectFiles = { ...(wrong.from === 'starter' ? exercise.starter : exercise.solution) };
  for (const edit of wrong.edits) {
    const text = files[edit.file];
    if (typeof text !== 'string') throw new Error(`${edit.file} is not a text file of the project`);
    if (!text.includes(edit.replace)) throw new Error(`${edit.file} does not contain ${JSON.stringify(edit.replace)}`);
    files[edit.file] = text.replace(edit.replace, () => edit.with);
  }
  return files;
}

const exercises = readAllExercises();
const engine = useEngine({ timeLimitMs: 15_000 });

describe('every exercise', () => {
  it.each(exercises.map((e) => [e.id, e] as const))(`%s has at least ${AT_LEAST} wrong answers beside it`, (_id, exercise) => {
    expect(readWrongAnswers(exercise).length).toBeGreaterThanOrEqual(AT_LEAST);
  });
});

for (const exercise of exercises) {
  const cases = readWrongAnswers(exercise);
  if (cases.length === 0) continue;
  describe(exercise.id, () => {
    it.each(cases.map((c) => [c.name, c] as const))('%s', async (_name, wrong) => {
      const answer = await engine.client.call(exerciseRequest(exercise, filesOf(exercise, wrong)));
      const titles = answer.goals.map((g) => g.title);
      for (const part of wrong.unmet) expect(titles.filter((t) => t.includes(part)), `goals matching ${part}`).toHaveLength(1);
      expect(answer.goals.map((g) => g.problem)).toEqual(answer.goals.map(() => null));
      const expected = Object.fromEntries(titles.map((t) => [t, !wrong.unmet.some((part) => t.includes(part))]));
      expect(Object.fromEntries(answer.goals.map((g) => [g.title, g.passed]))).toEqual(expected);
    });
  });
}
