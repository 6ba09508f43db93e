/**
 * The reader's work, kept in this browser: the files of each exercise (saved on every edit,
 * restored after a reload or a crash), what they typed into its request panel, the hints they have seen, which exercises are done and
 * the chapter checklists' ticks.
 *
 * localStorage, not IndexedDB: a write is synchronous, so an edit is on disk before the next
 * keystroke, and the Python worker (which can reach IndexedDB) cannot reach it.
 *
 * Nothing stored is ever dropped unread: a record this code cannot read (edited by hand, written
 * by another version) is moved under a key of its own before anything is written in its place.
 */
import type { ProjectFiles } from '../engine/protocol';
import { readPanelState } from './panel-state';
import type { Progress } from './transfer';

const PREFIX = 'django-to-production:';
const WORK = (exerciseId: string) => `${PREFIX}work:${exerciseId}`;
const UNREADABLE = (exerciseId: string, at: number) => `${PREFIX}unreadable:${exerciseId}:${at}`;
const AIDS = (exerciseId: string) => `${PREFIX}aids:${exerciseId}`;
const PANEL = (exerciseId: string) => `${PREFIX}request:${exerciseId}`;
const TICKS = (page: string) => `${PREFIX}checklist:${page}`;
const DONE = `${PREFIX}done`;

/** What of an exercise the store needs: its id, and the files the reader edits. */
interface StoredExercise {
  id: string;
  tabs: string[];
}

interface SavedWork {
  files: ProjectFiles;
  savedAt: number;
}

export type SaveOutcome = { saved: true } | { saved: false; reason: 'full' | 'unavailable' | 'kept'; message: string };

function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null; // storage disabled (e.g. blocked cookies): reading throws
  }
}

function write(key: string, value: string): SaveOutcome {
  const store = storage();
  if (!store) {
    return { saved: false, reason: 'unavailable', message: 'This browser does not let the page store anything, so your code is not saved.' };
  }
  try {
    store.setItem(key, value);
    return { saved: true };
  } catch (error) {
    const full = error instanceof DOMException && error.name === 'QuotaExceededError';
    return full
      ? { saved: false, reason: 'full', message: "Your browser's storage for this site is full, so your latest changes are not saved." }
      : { saved: false, reason: 'unavailable', message: `Your code could not be saved: ${String(error)}` };
  }
}

function readText(key: string): string | null {
  try {
    return storage()?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

function read(key: string): unknown {
  try {
    const text = readText(key);
    return text ? (JSON.parse(text) as unknown) : null;
  } catch {
    return null;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The largest time a Date can hold. */
const MAX_TIME = 8.64e15;

/** What is stored for an exercise, read: nothing, work, or something that is not work as this version writes it. */
export type StoredWork =
  | { state: 'none' }
  | { state: 'saved'; work: SavedWork }
  | {
      state: 'unreadable';
      /** What is wrong with it, in the reader's words. */
      problem: string;
      /** The tabs' files that could still be read from it. */
      salvaged: ProjectFiles;
      /** When it was saved, if that could be read. */
      savedAt: number | null;
    };

export function readWork(text: string | null, tabs: string[]): StoredWork {
  if (text === null) return { state: 'none' };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { state: 'unreadable', problem: 'it is not valid JSON', salvaged: {}, savedAt: null };
  }
  if (!isRecord(value)) return { state: 'unreadable', problem: 'it is not a record of files', salvaged: {}, savedAt: null };
  const problems: string[] = [];
  const salvaged: ProjectFiles = {};
  if (!isRecord(value.files)) {
    problems.push('it holds no files');
  } else {
    for (const [path, content] of Object.entries(value.files)) {
      if (!tabs.includes(path)) problems.push(`${JSON.stringify(path)} is not a file of this exercise`);
      else if (typeof content !== 'string') problems.push(`the file ${path} holds no text`);
      else salvaged[path] = content;
    }
  }
  const savedAt = value.savedAt;
  const validDate = typeof savedAt === 'number' && Number.isFinite(savedAt) && savedAt > 0 && savedAt <= MAX_TIME;
  if (!validDate) problems.push('the date it was saved is not a date');
  if (problems.length > 0) {
    return { state: 'unreadable', problem: problems.join('; '), salvaged, savedAt: validDate ? savedAt : null };
  }
  return { state: 'saved', work: { files: salvaged, savedAt: savedAt as number } };
}

/** Work that could not be read, and where it was put. */
export interface UnreadableWork {
  problem: string;
  /** The record as it was stored. */
  text: string;
  /** The key it was kept under; null when even that could not be written (then it is left where it was, and never saved over). */
  keptAs: string | null;
}

export interface RestoredWork {
  /** The tabs' saved text: every tab, some, or none (the starter's text is used for the others). */
  files: ProjectFiles;
  savedAt: number | null;
  /** Set the first time an unreadable record is found (it is moved aside, so the next load finds the recovered work). */
  unreadable: UnreadableWork | null;
}

/** Unreadable records that could not be moved aside, by exercise: saving would destroy them. */
const keptInPlace = new Map<string, string>();

/** Whether the record left in place for this exercise is still there. */
function stillKeptInPlace(exerciseId: string): boolean {
  const text = keptInPlace.get(exerciseId);
  if (text !== undefined && readText(WORK(exerciseId)) === text) return true;
  keptInPlace.delete(exerciseId);
  return false;
}

/**
 * The reader's saved work for an exercise. A record it cannot read is moved aside (under
 * `unreadable:<exercise>:<time>`) and replaced by what could be read of it, and the caller is
 * told, so the reader can be.
 */
export function loadWork(exercise: StoredExercise): RestoredWork {
  const text = readText(WORK(exercise.id));
  const stored = readWork(text, exercise.tabs);
  if (stored.state === 'none') return { files: {}, savedAt: null, unreadable: null };
  if (stored.state === 'saved') return { files: stored.work.files, savedAt: stored.work.savedAt, unreadable: null };
  if (stillKeptInPlace(exercise.id)) return { files: stored.salvaged, savedAt: stored.savedAt, unreadable: null };
  const keptAs = UNREADABLE(exercise.id, Date.now());
  if (!write(keptAs, text!).saved) {
    keptInPlace.set(exercise.id, text!);
    return { files: stored.salvaged, savedAt: stored.savedAt, unreadable: { problem: stored.problem, text: text!, keptAs: null } };
  }
  const savedAt = stored.savedAt ?? Date.now();
  if (Object.keys(stored.salvaged).length > 0) write(WORK(exercise.id), JSON.stringify({ files: stored.salvaged, savedAt } satisfies SavedWork));
  else storage()?.removeItem(WORK(exercise.id));
  return { files: stored.salvaged, savedAt: Object.keys(stored.salvaged).length > 0 ? savedAt : null, unreadable: { problem: stored.problem, text: text!, keptAs } };
}

export function saveWork(exerciseId: string, files: ProjectFiles): SaveOutcome {
  if (stillKeptInPlace(exerciseId)) {
    return {
      saved: false,
      reason: 'kept',
      message: 'Your earlier saved work could not be read nor copied aside, so this page does not save over it.',
    };
  }
  return write(WORK(exerciseId), JSON.stringify({ files, savedAt: Date.now() } satisfies SavedWork));
}

/**
 * Call back when another tab of this browser saves work for this exercise (the same chapter
 * open twice). Returns the function that stops listening.
 */
export function watchWork(exercise: StoredExercise, onSaved: (work: SavedWork) => void): () => void {
  const listener = (event: StorageEvent) => {
    if (event.key !== WORK(exercise.id) || event.storageArea !== storage()) return;
    const stored = readWork(event.newValue, exercise.tabs);
    if (stored.state === 'saved') onSaved(stored.work);
  };
  globalThis.addEventListener?.('storage', listener);
  return () => globalThis.removeEventListener?.('storage', listener);
}

/** How far the reader has gone into an exercise's help: hints shown, and whether the solution has opened. */
interface Aids {
  hints: number;
  tried: boolean;
}

export function loadAids(exerciseId: string): Aids {
  const aids = read(AIDS(exerciseId));
  if (!isRecord(aids)) return { hints: 0, tried: false };
  return {
    hints: Number.isSafeInteger(aids.hints) && (aids.hints as number) > 0 ? (aids.hints as number) : 0,
    tried: aids.tried === true,
  };
}

export function saveAids(exerciseId: string, aids: Aids): SaveOutcome {
  return write(AIDS(exerciseId), JSON.stringify(aids));
}

/**
 * What the reader typed into an exercise's request panel (and its cookie jar), read by `read`
 * (panel-state.ts's readPanelState); null when nothing is stored. A record `read` cannot read
 * is moved aside, as unreadable work is, before the panel saves over it.
 */
export function loadPanel<T>(exerciseId: string, readState: (value: unknown) => T | null): T | null {
  const text = readText(PANEL(exerciseId));
  if (text === null) return null;
  let value: unknown = null;
  try {
    value = JSON.parse(text);
  } catch {
    // unreadable: moved aside below
  }
  const state = readState(value);
  if (state === null && write(`${PREFIX}unreadable:request:${exerciseId}:${Date.now()}`, text).saved) storage()?.removeItem(PANEL(exerciseId));
  return state;
}

export function savePanel(exerciseId: string, state: unknown): SaveOutcome {
  return write(PANEL(exerciseId), JSON.stringify(state));
}

/** The ticked items of a page's checklist, by their text. */
export function loadTicks(page: string): string[] {
  const ticks = read(TICKS(page));
  return Array.isArray(ticks) ? ticks.filter((item): item is string => typeof item === 'string') : [];
}

export function saveTicks(page: string, items: string[]): SaveOutcome {
  return write(TICKS(page), JSON.stringify(items));
}

/** Exercise id → when it was first completed. */
export function completedExercises(): Record<string, number> {
  const done = read(DONE);
  if (!isRecord(done)) return {};
  return Object.fromEntries(Object.entries(done).filter((entry): entry is [string, number] => typeof entry[1] === 'number'));
}

export function markCompleted(exerciseId: string): SaveOutcome {
  const done = completedExercises();
  if (done[exerciseId]) return { saved: true };
  done[exerciseId] = Date.now();
  const outcome = write(DONE, JSON.stringify(done));
  globalThis.dispatchEvent?.(new CustomEvent('django-to-production:progress'));
  return outcome;
}

/**
 * Everything this browser holds of the course, for the progress page and its export
 * (transfer.ts): each exercise's code, done mark, hints and tried, its request panel, and every
 * checklist's ticks.
 * Work this version cannot read is left out (it stays where loadWork will find and keep it).
 */
export function readProgress(course: Record<string, { tabs: string[] }>): Progress {
  const done = completedExercises();
  const exercises: Progress['exercises'] = {};
  for (const [id, { tabs }] of Object.entries(course)) {
    const entry: Progress['exercises'][string] = {};
    const stored = readWork(readText(WORK(id)), tabs);
    if (stored.state === 'saved' && Object.keys(stored.work.files).length > 0) entry.work = stored.work;
    if (done[id]) entry.done = done[id];
    const aids = loadAids(id);
    if (aids.hints > 0) entry.hints = aids.hints;
    if (aids.tried) entry.tried = true;
    const request = loadPanel(id, readPanelState);
    if (request) entry.request = request;
    if (Object.keys(entry).length > 0) exercises[id] = entry;
  }
  const checklists: Progress['checklists'] = {};
  for (const key of courseKeys()) {
    if (!key.startsWith(TICKS(''))) continue;
    const page = key.slice(TICKS('').length);
    const ticks = loadTicks(page);
    if (ticks.length > 0) checklists[page] = ticks;
  }
  return { exercises, checklists };
}

/** Every key of this course in this browser's storage. */
function courseKeys(): string[] {
  const store = storage();
  if (!store) return [];
  const keys: string[] = [];
  for (let i = 0; i < store.length; i++) {
    const key = store.key(i);
    if (key?.startsWith(PREFIX)) keys.push(key);
  }
  return keys;
}

/** Write what differs between `before` (as readProgress gave it) and `after`; the first failure is returned, and the rest is still tried. */
export function writeProgress(before: Progress, after: Progress): SaveOutcome {
  let outcome: SaveOutcome = { saved: true };
  const keep = (result: SaveOutcome) => {
    if (outcome.saved && !result.saved) outcome = result;
  };
  const done = completedExercises();
  let doneChanged = false;
  for (const [id, entry] of Object.entries(after.exercises)) {
    const was = before.exercises[id] ?? {};
    if (entry.work && JSON.stringify(entry.work) !== JSON.stringify(was.work)) keep(write(WORK(id), JSON.stringify(entry.work satisfies SavedWork)));
    if ((entry.hints ?? 0) !== (was.hints ?? 0) || !!entry.tried !== !!was.tried) keep(saveAids(id, { hints: entry.hints ?? 0, tried: !!entry.tried }));
    if (entry.request && JSON.stringify(entry.request) !== JSON.stringify(was.request)) keep(savePanel(id, entry.request));
    if (entry.done && entry.done !== done[id]) {
      done[id] = entry.done;
      doneChanged = true;
    }
  }
  if (doneChanged) keep(write(DONE, JSON.stringify(done)));
  for (const [page, ticks] of Object.entries(after.checklists)) {
    if (JSON.stringify(ticks) !== JSON.stringify(before.checklists[page] ?? [])) keep(saveTicks(page, ticks));
  }
  globalThis.dispatchEvent?.(new CustomEvent('django-to-production:progress'));
  return outcome;
}

/** Forget everything of the course in this browser: code, marks, hints, ticks, request panels and records kept aside. */
export function resetProgress(): void {
  const store = storage();
  for (const key of courseKeys()) store?.removeItem(key);
  keptInPlace.clear();
  globalThis.dispatchEvent?.(new CustomEvent('django-to-production:progress'));
}
