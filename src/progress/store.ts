/**
 * The reader's work, kept in this browser: the files of each exercise (saved on every edit,
 * restored after a reload or a crash), which exercises are done and the chapter checklists'
 * ticks.
 *
 * localStorage, not IndexedDB: a write is synchronous, so an edit is on disk before the next
 * keystroke, and the Python worker (which can reach IndexedDB) cannot reach it.
 */
import type { ProjectFiles } from '../engine/protocol';

const PREFIX = 'django-to-production:';
const WORK = (exerciseId: string) => `${PREFIX}work:${exerciseId}`;
const TICKS = (page: string) => `${PREFIX}checklist:${page}`;
const DONE = `${PREFIX}done`;

interface SavedWork {
  files: ProjectFiles;
  savedAt: number;
}

export type SaveOutcome = { saved: true } | { saved: false; reason: 'full' | 'unavailable'; message: string };

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

function read(key: string): unknown {
  try {
    const text = storage()?.getItem(key);
    return text ? (JSON.parse(text) as unknown) : null;
  } catch {
    return null;
  }
}

/** The work saved for an exercise; null when there is none, or what is stored is not work (edited by hand, another version). */
export function loadWork(exerciseId: string): SavedWork | null {
  const work = read(WORK(exerciseId));
  return isSavedWork(work) ? work : null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isSavedWork(value: unknown): value is SavedWork {
  return isRecord(value) && typeof value.savedAt === 'number' && isRecord(value.files) && Object.values(value.files).every((text) => typeof text === 'string');
}

export function saveWork(exerciseId: string, files: ProjectFiles): SaveOutcome {
  return write(WORK(exerciseId), JSON.stringify({ files, savedAt: Date.now() } satisfies SavedWork));
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
  return isRecord(done) ? (done as Record<string, number>) : {};
}

export function markCompleted(exerciseId: string): SaveOutcome {
  const done = completedExercises();
  if (done[exerciseId]) return { saved: true };
  done[exerciseId] = Date.now();
  const outcome = write(DONE, JSON.stringify(done));
  globalThis.dispatchEvent?.(new CustomEvent('django-to-production:progress'));
  return outcome;
}
