/** Reading exercises from disk (at build time, in tests, in the grader). */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import type { ProjectFiles } from '../engine/protocol';
import { exerciseMetaSchema, type Exercise } from './exercise';

export const EXERCISES_DIR = fileURLToPath(new URL('../../content/exercises/', import.meta.url));

function readTree(dir: string): ProjectFiles {
  const files: ProjectFiles = {};
  if (!existsSync(dir)) return files;
  const walk = (folder: string) => {
    for (const name of readdirSync(folder).sort()) {
      const full = join(folder, name);
      if (statSync(full).isDirectory()) walk(full);
      else files[relative(dir, full).split(sep).join('/')] = readFileSync(full, 'utf8');
    }
  };
  walk(dir);
  return files;
}

class ExerciseFormatError extends Error {}

function readExercise(dir: string, id: string): Exercise {
  const text = readFileSync(join(dir, 'exercise.md'), 'utf8');
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  if (!match) throw new ExerciseFormatError(`${id}/exercise.md: it must start with a --- frontmatter block ---`);
  const parsed = exerciseMetaSchema.safeParse(parseYaml(match[1]!));
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(frontmatter)'}: ${issue.message}`);
    throw new ExerciseFormatError(`${id}/exercise.md: ${problems.join('; ')}`);
  }
  const starter = readTree(join(dir, '_files'));
  const solution = { ...starter, ...readTree(join(dir, '_solution')) };
  for (const tab of parsed.data.tabs) {
    if (!(tab in starter)) throw new ExerciseFormatError(`${id}: the tab ${tab} is not a file in _files/`);
  }
  const checksPath = join(dir, 'checks.py');
  if (!existsSync(checksPath)) throw new ExerciseFormatError(`${id}: checks.py is missing`);
  return {
    ...parsed.data,
    id,
    goal: match[2]!.trim(),
    starter,
    solution,
    checks: readFileSync(checksPath, 'utf8'),
  };
}

/**
 * The goals' titles, read from checks.py without running it, so the page can list them before
 * Python has loaded. The exercise test checks they equal what the engine reports.
 */
export function goalTitles(checks: string): string[] {
  return [...checks.matchAll(/^@goal\(\s*(["'])((?:\\.|(?!\1).)*)\1\s*\)/gm)].map((m) => m[2]!.replace(/\\(.)/g, '$1'));
}

/** Every exercise under content/exercises/<chapter>/<name>/, sorted by id. */
export function readAllExercises(): Exercise[] {
  if (!existsSync(EXERCISES_DIR)) return [];
  const exercises: Exercise[] = [];
  for (const chapter of readdirSync(EXERCISES_DIR).sort()) {
    const chapterDir = join(EXERCISES_DIR, chapter);
    if (!statSync(chapterDir).isDirectory()) continue;
    for (const name of readdirSync(chapterDir).sort()) {
      const dir = join(chapterDir, name);
      if (existsSync(join(dir, 'exercise.md'))) exercises.push(readExercise(dir, `${chapter}/${name}`));
    }
  }
  return exercises;
}
