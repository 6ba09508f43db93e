/**
 * The reader's work kept in the browser, on a fake localStorage: saved on every edit and back
 * after a reload, the exercises done remembered, and a storage that is full, blocked or holds
 * something else told plainly instead of breaking the page or losing code silently.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { completedExercises, loadWork, markCompleted, saveWork, type SaveOutcome } from '../../src/progress/store';

/** localStorage as a browser gives it, in memory; `failWith` makes every write throw. */
class FakeStorage implements Storage {
  private readonly items = new Map<string, string>();
  failWith: Error | null = null;

  get length(): number {
    return this.items.size;
  }
  clear(): void {
    this.items.clear();
  }
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  key(index: number): string | null {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
  setItem(key: string, value: string): void {
    if (this.failWith) throw this.failWith;
    this.items.set(key, value);
  }
}

const EXERCISE = 'deployment-settings/production-settings';
const WORK_KEY = `django-to-production:work:${EXERCISE}`;
const DONE_KEY = 'django-to-production:done';
let storage: FakeStorage;
let progressEvents: number;

beforeEach(() => {
  storage = new FakeStorage();
  progressEvents = 0;
  vi.stubGlobal('localStorage', storage);
  vi.stubGlobal('dispatchEvent', (event: Event) => {
    if (event.type === 'django-to-production:progress') progressEvents += 1;
    return true;
  });
  vi.useFakeTimers({ now: new Date('2026-03-01T10:00:00Z') });
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe("the reader's work", () => {
  it('comes back as it was saved, with when', () => {
    expect(saveWork(EXERCISE, { 'mysite/settings.py': 'DEBUG = False\n' })).toEqual({ saved: true });
    expect(loadWork(EXERCISE)).toEqual({ files: { 'mysite/settings.py': 'DEBUG = False\n' }, savedAt: Date.parse('2026-03-01T10:00:00Z') });
  });

  it('is kept per exercise', () => {
    saveWork(EXERCISE, { 'a.py': 'one' });
    saveWork('url-routing/first-urls', { 'a.py': 'two' });
    expect(loadWork(EXERCISE)?.files).toEqual({ 'a.py': 'one' });
    expect(loadWork('url-routing/first-urls')?.files).toEqual({ 'a.py': 'two' });
  });

  it.each([
    ['nothing is stored', null],
    ['it is not JSON', '{"files": '],
    ['it has no files', '{"savedAt": 1}'],
    ['its files are null', '{"files": null, "savedAt": 1}'],
    ['its files are a list', '{"files": ["x"], "savedAt": 1}'],
    ['a file is not text', '{"files": {"a.py": 42}, "savedAt": 1}'],
    ['it has no date', '{"files": {"a.py": "x"}}'],
  ])('is not there when %s: the page shows the starter instead of failing', (_when, stored) => {
    if (stored !== null) storage.setItem(WORK_KEY, stored);
    expect(loadWork(EXERCISE)).toBeNull();
  });

  it.each<[string, Error, SaveOutcome]>([
    [
      'the storage is full',
      new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
      { saved: false, reason: 'full', message: "Your browser's storage for this site is full, so your latest changes are not saved." },
    ],
    [
      'the write fails otherwise',
      new DOMException('The operation is insecure.', 'SecurityError'),
      { saved: false, reason: 'unavailable', message: 'Your code could not be saved: SecurityError: The operation is insecure.' },
    ],
  ])('is told not saved when %s', (_when, error, outcome) => {
    storage.failWith = error;
    expect(saveWork(EXERCISE, { 'a.py': 'x' })).toEqual(outcome);
  });

  it('is told not saved, and nothing breaks, when the browser gives the page no storage at all', () => {
    vi.stubGlobal('localStorage', undefined);
    expect(saveWork(EXERCISE, { 'a.py': 'x' })).toEqual({
      saved: false,
      reason: 'unavailable',
      message: 'This browser does not let the page store anything, so your code is not saved.',
    });
    expect(loadWork(EXERCISE)).toBeNull();
    expect(completedExercises()).toEqual({});
  });

  it('is told not saved when merely reading localStorage throws (storage blocked with cookies)', () => {
    vi.unstubAllGlobals();
    Object.defineProperty(globalThis, 'localStorage', {
      configurable: true,
      get: () => {
        throw new DOMException('Access is denied for this document.', 'SecurityError');
      },
    });
    try {
      expect(saveWork(EXERCISE, { 'a.py': 'x' })).toMatchObject({ saved: false, reason: 'unavailable' });
      expect(loadWork(EXERCISE)).toBeNull();
    } finally {
      delete (globalThis as { localStorage?: unknown }).localStorage;
    }
  });
});

describe('the exercises done', () => {
  it('are remembered with when each was first done, and the page is told (to tick the chapter)', () => {
    expect(markCompleted(EXERCISE)).toEqual({ saved: true });
    vi.advanceTimersByTime(60_000);
    markCompleted(EXERCISE);
    expect(completedExercises()).toEqual({ [EXERCISE]: Date.parse('2026-03-01T10:00:00Z') });
    expect(progressEvents).toBe(1);
  });

  it('keep the others when one more is done', () => {
    markCompleted(EXERCISE);
    markCompleted('url-routing/first-urls');
    expect(Object.keys(completedExercises()).sort()).toEqual([EXERCISE, 'url-routing/first-urls']);
  });

  it.each([
    ['not JSON', 'done'],
    ['a list', '["x"]'],
    ['a string', '"x"'],
  ])('start afresh when what is stored is %s, instead of failing when the next is done', (_what, stored) => {
    storage.setItem(DONE_KEY, stored);
    expect(completedExercises()).toEqual({});
    expect(markCompleted(EXERCISE)).toEqual({ saved: true });
    expect(Object.keys(completedExercises())).toEqual([EXERCISE]);
  });
});
