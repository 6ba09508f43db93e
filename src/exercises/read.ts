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

/** An exercise folder that does not follow the format; the message names the file, and the field when there is one. */
export class ExerciseFormatError extends Error {}

/** A file of an exercise folder, as a teacher finds it from where the command runs. */
const fileOf = (dir: string, name: string) => relative(process.cwd(), join(dir, name)) || name;

/** A frontmatter problem as zod reports it, with the field's path written as in YAML (`request.url`, `hints[2]`). */
function fieldPath(path: ReadonlyArray<string | number>): string {
  return path.map((part, index) => (typeof part === 'number' ? `[${part}]` : index === 0 ? part : `.${part}`)).join('') || '(the frontmatter)';
}

/** One exercise folder (`dir`), read and checked against the format. */
export function readExerciseFolder(dir: string, id: string): Exercise {
  const text = readFileSync(join(dir, 'exercise.md'), 'utf8');
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  if (!match) throw new ExerciseFormatError(`${fileOf(dir, 'exercise.md')}: it must start with a --- frontmatter block ---`);
  let frontmatter: unknown;
  try {
    frontmatter = parseYaml(match[1]!);
  } catch (error) {
    throw new ExerciseFormatError(`${fileOf(dir, 'exercise.md')}: the frontmatter is not valid YAML: ${(error as Error).message}`);
  }
  const parsed = exerciseMetaSchema.safeParse(frontmatter ?? {});
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const unknown = issue.code === 'unrecognized_keys' ? ` (${issue.keys.map((key) => JSON.stringify(key)).join(', ')}: not a field of an exercise)` : '';
      return `${fieldPath(issue.path)}: ${issue.message}${unknown}`;
    });
    throw new ExerciseFormatError(`${fileOf(dir, 'exercise.md')}: ${problems.join('; ')}`);
  }
  if (parsed.data.chapter !== id.split('/')[0]) {
    throw new ExerciseFormatError(`${fileOf(dir, 'exercise.md')}: chapter: is ${JSON.stringify(parsed.data.chapter)}, but the folder is in content/exercises/${id.split('/')[0]}/`);
  }
  const starter = readTree(join(dir, '_files'));
  const solution = { ...starter, ...readTree(join(dir, '_solution')) };
  for (const tab of parsed.data.tabs) {
    if (!(tab in starter)) throw new ExerciseFormatError(`${fileOf(dir, 'exercise.md')}: tabs: ${tab} is not a file in ${fileOf(dir, '_files')}/`);
  }
  const checksPath = join(dir, 'checks.py');
  if (!existsSync(checksPath)) throw new ExerciseFormatError(`${fileOf(dir, 'checks.py')}: the file is missing (every exercise has its goals there)`);
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

/** Every exercise folder under content/exercises/<chapter>/<name>/ (one with an exercise.md), sorted by id. */
export function exerciseFolders(root = EXERCISES_DIR): Array<{ id: string; dir: string }> {
  if (!existsSync(root)) return [];
  const folders: Array<{ id: string; dir: string }> = [];
  for (const chapter of readdirSync(root).sort()) {
    const chapterDir = join(root, chapter);
    if (!statSync(chapterDir).isDirectory()) continue;
    for (const name of readdirSync(chapterDir).sort()) {
      const dir = join(chapterDir, name);
      if (existsSync(join(dir, 'exercise.md'))) folders.push({ id: `${chapter}/${name}`, dir });
    }
  }
  return folders;
}

/** Every exercise under content/exercises/<chapter>/<name>/, sorted by id. */
export function readAllExercises(): Exercise[] {
  return exerciseFolders().map(({ id, dir }) => readExerciseFolder(dir, id));
}
