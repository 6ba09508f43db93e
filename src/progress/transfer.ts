/**
 * The reader's progress as a file, to take to another machine: every exercise's code, when it was
 * done, the hints seen and whether the solution opened, what its request panel holds, and the
 * chapters' checklist ticks.
 * Pure: reading a file (with a message naming what is wrong in it), and merging it into what this
 * browser holds, where the reader decides each exercise both sides have different code for.
 */
import type { ProjectFiles } from '../engine/protocol';
import { readPanelState, type PanelState } from './panel-state';

const PROGRESS_FORMAT = 'django-to-production/progress';
/** 2 added each exercise's request panel; files of version 1 are read as they are. */
const PROGRESS_VERSION = 2;
const READABLE_VERSIONS: readonly number[] = [1, PROGRESS_VERSION];
/** Larger than any real export (45 exercises of a few KB): a file past it is not this course's. */
export const PROGRESS_MAX_BYTES = 5_000_000;

interface ExerciseProgress {
  /** The tabs' text, and when it was saved. */
  work?: { files: ProjectFiles; savedAt: number };
  /** When every goal was first met. */
  done?: number;
  hints?: number;
  tried?: boolean;
  /** What the reader typed into the exercise's request panel, and its cookies. */
  request?: PanelState;
}

export interface Progress {
  exercises: Record<string, ExerciseProgress>;
  /** A chapter's checklist ticks, by the chapter's page. */
  checklists: Record<string, string[]>;
}

interface ProgressFile extends Progress {
  format: typeof PROGRESS_FORMAT;
  version: typeof PROGRESS_VERSION;
  exportedAt: string;
}

/** What of each exercise of the course a file may hold. */
type CourseExercises = Record<string, { tabs: string[] }>;

export function progressFile(progress: Progress, now = new Date()): ProgressFile {
  return { format: PROGRESS_FORMAT, version: PROGRESS_VERSION, exportedAt: now.toISOString(), ...progress };
}

type ReadFile =
  | {
      ok: true;
      progress: Progress;
      exportedAt: string;
      /** What the file holds that this course has not (an exercise or a file of another version): left out, said. */
      leftOut: string[];
    }
  | { ok: false; message: string };

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isTime = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && value > 0 && value <= 8.64e15;
const isCount = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0;

class Bad extends Error {}

function exerciseOf(id: string, value: unknown, tabs: string[], leftOut: string[]): ExerciseProgress {
  const where = `exercises["${id}"]`;
  if (!isRecord(value)) throw new Bad(`${where} is not a record`);
  const unknownKeys = Object.keys(value).filter((key) => !['work', 'done', 'hints', 'tried', 'request'].includes(key));
  if (unknownKeys.length) throw new Bad(`${where} has ${unknownKeys.map((k) => JSON.stringify(k)).join(', ')}, which this version does not know`);
  const out: ExerciseProgress = {};
  if (value.work !== undefined) {
    const work = value.work;
    if (!isRecord(work) || !isRecord(work.files)) throw new Bad(`${where}.work.files is not a record of files`);
    if (!isTime(work.savedAt)) throw new Bad(`${where}.work.savedAt is not a time`);
    const files: ProjectFiles = {};
    for (const [path, text] of Object.entries(work.files)) {
      if (typeof text !== 'string') throw new Bad(`${where}.work.files["${path}"] is not text`);
      if (tabs.includes(path)) files[path] = text;
      else leftOut.push(`the file ${path} of ${id}, which that exercise does not have`);
    }
    if (Object.keys(files).length) out.work = { files, savedAt: work.savedAt };
  }
  if (value.done !== undefined) {
    if (!isTime(value.done)) throw new Bad(`${where}.done is not a time`);
    out.done = value.done;
  }
  if (value.hints !== undefined) {
    if (!isCount(value.hints)) throw new Bad(`${where}.hints is not a count`);
    if (value.hints > 0) out.hints = value.hints;
  }
  if (value.tried !== undefined) {
    if (typeof value.tried !== 'boolean') throw new Bad(`${where}.tried is neither true nor false`);
    if (value.tried) out.tried = true;
  }
  if (value.request !== undefined) {
    const request = readPanelState(value.request);
    if (!request) throw new Bad(`${where}.request is not what a request panel holds (method, url, headers, body and cookies)`);
    out.request = request;
  }
  return out;
}

/** A progress file's text, read against the course's exercises. */
export function readProgressFile(text: string, course: CourseExercises): ReadFile {
  if (text.length > PROGRESS_MAX_BYTES) return { ok: false, message: `This file is too large to be a progress file of this course (over ${PROGRESS_MAX_BYTES / 1_000_000} MB).` };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, message: 'This file is not a progress file of this course: it is not JSON. Choose the file that “Export my progress” saved (its name ends in .json).' };
  }
  if (!isRecord(value) || value.format !== PROGRESS_FORMAT) {
    return { ok: false, message: 'This file is not a progress file of this course (it has no "format": "django-to-production/progress"). Choose the file that “Export my progress” saved.' };
  }
  if (typeof value.version !== 'number' || !READABLE_VERSIONS.includes(value.version)) {
    const newer = typeof value.version === 'number' && value.version > PROGRESS_VERSION;
    return {
      ok: false,
      message: newer
        ? `This progress file was made by a newer version of the course (format ${String(value.version)}; this page reads format ${PROGRESS_VERSION}). Reload the page to get the newest version, then import it again.`
        : `This progress file has a format version this course does not read (${JSON.stringify(value.version)}; this page reads format ${PROGRESS_VERSION}).`,
    };
  }
  const leftOut: string[] = [];
  try {
    if (typeof value.exportedAt !== 'string' || Number.isNaN(Date.parse(value.exportedAt))) throw new Bad('"exportedAt" is not a date');
    if (!isRecord(value.exercises)) throw new Bad('"exercises" is not a record');
    if (!isRecord(value.checklists)) throw new Bad('"checklists" is not a record');
    const exercises: Progress['exercises'] = {};
    for (const [id, entry] of Object.entries(value.exercises)) {
      const known = course[id];
      if (!known) {
        exerciseOf(id, entry, [], []); // still a record this version can read, or the file is refused
        leftOut.push(`the exercise ${id}, which this course does not have`);
        continue;
      }
      const read = exerciseOf(id, entry, known.tabs, leftOut);
      if (Object.keys(read).length > 0) exercises[id] = read;
    }
    const checklists: Progress['checklists'] = {};
    for (const [page, ticks] of Object.entries(value.checklists)) {
      if (!Array.isArray(ticks) || ticks.some((tick) => typeof tick !== 'string')) throw new Bad(`checklists["${page}"] is not a list of items`);
      if (ticks.length) checklists[page] = ticks as string[];
    }
    return { ok: true, progress: { exercises, checklists }, exportedAt: value.exportedAt, leftOut };
  } catch (error) {
    if (!(error instanceof Bad)) throw error;
    return { ok: false, message: `This progress file cannot be read: ${error.message}. Nothing was imported.` };
  }
}

const sameFiles = (a: ProjectFiles, b: ProjectFiles) => Object.keys(a).length === Object.keys(b).length && Object.entries(a).every(([path, text]) => b[path] === text);

interface MergePlan {
  /** Exercises whose code only the file has: it comes in. */
  newWork: string[];
  /** Exercises both hold different code for: the reader picks, exercise by exercise. */
  conflicts: Array<{ id: string; mine: number; theirs: number }>;
  /** Exercises the file marks done that are not done here. */
  newlyDone: string[];
  /** Whether anything at all would change. */
  changes: boolean;
}

export function planMerge(mine: Progress, theirs: Progress): MergePlan {
  const newWork: string[] = [];
  const conflicts: MergePlan['conflicts'] = [];
  const newlyDone: string[] = [];
  let changes = false;
  for (const [id, entry] of Object.entries(theirs.exercises)) {
    const here = mine.exercises[id] ?? {};
    if (entry.work) {
      if (!here.work) newWork.push(id);
      else if (!sameFiles(here.work.files, entry.work.files)) conflicts.push({ id, mine: here.work.savedAt, theirs: entry.work.savedAt });
    }
    if (entry.done && !here.done) newlyDone.push(id);
    if (entry.request && !here.request) changes = true;
    if ((entry.hints ?? 0) > (here.hints ?? 0) || (entry.tried && !here.tried) || (entry.done && (!here.done || entry.done < here.done))) changes = true;
  }
  for (const [page, ticks] of Object.entries(theirs.checklists)) {
    if (ticks.some((tick) => !(mine.checklists[page] ?? []).includes(tick))) changes = true;
  }
  return { newWork, conflicts, newlyDone, changes: changes || newWork.length > 0 || conflicts.length > 0 };
}

/**
 * The progress after the merge: marks and ticks are joined (done at the earlier time, the more
 * hints, tried if either tried), code only the file has comes in, and where both have code the
 * reader's stays unless they chose the file's for that exercise. A request panel goes with the
 * code: the file's comes in where this browser has none, or where the reader took the file's code.
 */
export function mergeProgress(mine: Progress, theirs: Progress, takeTheirs: ReadonlySet<string>): Progress {
  const exercises: Progress['exercises'] = structuredClone(mine.exercises);
  for (const [id, entry] of Object.entries(theirs.exercises)) {
    const here = (exercises[id] ??= {});
    if (entry.work && (!here.work || takeTheirs.has(id))) here.work = structuredClone(entry.work);
    if (entry.done && (!here.done || entry.done < here.done)) here.done = entry.done;
    if ((entry.hints ?? 0) > (here.hints ?? 0)) here.hints = entry.hints!;
    if (entry.tried) here.tried = true;
    if (entry.request && (!here.request || takeTheirs.has(id))) here.request = structuredClone(entry.request);
  }
  const checklists: Progress['checklists'] = structuredClone(mine.checklists);
  for (const [page, ticks] of Object.entries(theirs.checklists)) {
    const here = (checklists[page] ??= []);
    for (const tick of ticks) if (!here.includes(tick)) here.push(tick);
  }
  return { exercises, checklists };
}

/** How many of the course's exercises are done, and how many have been started (code saved, not done). */
export function tally(progress: Progress, course: CourseExercises): { done: number; started: number; total: number } {
  const ids = Object.keys(course);
  const done = ids.filter((id) => progress.exercises[id]?.done).length;
  const started = ids.filter((id) => !progress.exercises[id]?.done && progress.exercises[id]?.work).length;
  return { done, started, total: ids.length };
}
