/**
 * The reader's work kept in the browser, on a fake localStorage: saved on every edit and back
 * after a reload, the exercises done remembered, and a storage that is full, blocked or holds
 * something else told plainly instead of breaking the page or losing code silently.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  completedExercises,
  loadAids,
  loadPanel,
  loadTicks,
  loadWork,
  markCompleted,
  readProgress,
  readWork,
  saveAids,
  savePanel,
  saveTicks,
  saveWork,
  watchWork,
  writeProgress,
  type SaveOutcome,
  type StoredWork,
} from '../../src/progress/store';

/** localStorage as a browser gives it, in memory; `failWith` makes every write throw. */
class FakeStorage implements Storage {
  readonly items = new Map<string, string>();
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
const TABS = ['mysite/settings.py'];
const exercise = { id: EXERCISE, tabs: TABS };
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
    expect(loadWork(exercise)).toEqual({ files: { 'mysite/settings.py': 'DEBUG = False\n' }, savedAt: Date.parse('2026-03-01T10:00:00Z'), unreadable: null });
  });

  it('is kept per exercise', () => {
    saveWork(EXERCISE, { 'a.py': 'one' });
    saveWork('url-routing/first-urls', { 'a.py': 'two' });
    expect(loadWork({ id: EXERCISE, tabs: ['a.py'] }).files).toEqual({ 'a.py': 'one' });
    expect(loadWork({ id: 'url-routing/first-urls', tabs: ['a.py'] }).files).toEqual({ 'a.py': 'two' });
  });

  it('is nothing when nothing is stored', () => {
    expect(loadWork(exercise)).toEqual({ files: {}, savedAt: null, unreadable: null });
  });
});

describe('saved work of an unexpected shape', () => {
  const saved = (files: unknown, savedAt: unknown = 1_700_000_000_000) => JSON.stringify({ files, savedAt });
  it.each<[string, string, StoredWork]>([
    ['work as this version saves it', saved({ 'mysite/settings.py': 'x' }), { state: 'saved', work: { files: { 'mysite/settings.py': 'x' }, savedAt: 1_700_000_000_000 } }],
    ['a tab left out (the starter is used for it)', saved({}), { state: 'saved', work: { files: {}, savedAt: 1_700_000_000_000 } }],
    ['not JSON', '{"files": ', { state: 'unreadable', problem: 'it is not valid JSON', salvaged: {}, savedAt: null }],
    ['JSON but not a record', '["x"]', { state: 'unreadable', problem: 'it is not a record of files', salvaged: {}, savedAt: null }],
    ['null files', saved(null), { state: 'unreadable', problem: 'it holds no files', salvaged: {}, savedAt: 1_700_000_000_000 }],
    ['files as a list', saved(['x']), { state: 'unreadable', problem: 'it holds no files', salvaged: {}, savedAt: 1_700_000_000_000 }],
    ['a file whose value is 42', saved({ 'mysite/settings.py': 42 }), { state: 'unreadable', problem: 'the file mysite/settings.py holds no text', salvaged: {}, savedAt: 1_700_000_000_000 }],
    [
      'a file named ../../etc/evil.py, beside a good one',
      saved({ 'mysite/settings.py': 'DEBUG = False', '../../etc/evil.py': 'x' }),
      { state: 'unreadable', problem: '"../../etc/evil.py" is not a file of this exercise', salvaged: { 'mysite/settings.py': 'DEBUG = False' }, savedAt: 1_700_000_000_000 },
    ],
    ['__proto__ as a file name', '{"files": {"__proto__": "x"}, "savedAt": 1}', { state: 'unreadable', problem: '"__proto__" is not a file of this exercise', salvaged: {}, savedAt: 1 }],
    ['no date', JSON.stringify({ files: { 'mysite/settings.py': 'x' } }), { state: 'unreadable', problem: 'the date it was saved is not a date', salvaged: { 'mysite/settings.py': 'x' }, savedAt: null }],
    ['a date as text', saved({ 'mysite/settings.py': 'x' }, 'yesterday'), { state: 'unreadable', problem: 'the date it was saved is not a date', salvaged: { 'mysite/settings.py': 'x' }, savedAt: null }],
    ['a date no Date can hold', saved({ 'mysite/settings.py': 'x' }, 1e300), { state: 'unreadable', problem: 'the date it was saved is not a date', salvaged: { 'mysite/settings.py': 'x' }, savedAt: null }],
    ['a negative date', saved({ 'mysite/settings.py': 'x' }, -5), { state: 'unreadable', problem: 'the date it was saved is not a date', salvaged: { 'mysite/settings.py': 'x' }, savedAt: null }],
  ])('is read as what it is: %s', (_what, text, expected) => {
    expect(readWork(text, TABS)).toEqual(expected);
  });

  it('is moved aside, under a key of its own, the first time it is found, and the reader is told', () => {
    const text = saved({ 'mysite/settings.py': 'DEBUG = False', '../../etc/evil.py': 'x' }, 'soon');
    storage.setItem(WORK_KEY, text);
    const restored = loadWork(exercise);
    expect(restored.files).toEqual({ 'mysite/settings.py': 'DEBUG = False' });
    expect(restored.unreadable).toEqual({
      problem: '"../../etc/evil.py" is not a file of this exercise; the date it was saved is not a date',
      text,
      keptAs: `django-to-production:unreadable:${EXERCISE}:${Date.parse('2026-03-01T10:00:00Z')}`,
    });
    expect(storage.getItem(restored.unreadable!.keptAs!)).toBe(text);
    // What could be read is the work now: the next load finds it, and tells nothing more.
    expect(loadWork(exercise)).toEqual({ files: { 'mysite/settings.py': 'DEBUG = False' }, savedAt: Date.parse('2026-03-01T10:00:00Z'), unreadable: null });
  });

  it('leaves the starter when nothing could be read, and the first edit does not destroy the record (it is aside)', () => {
    storage.setItem(WORK_KEY, '{"files": ');
    expect(loadWork(exercise)).toMatchObject({ files: {}, savedAt: null, unreadable: { problem: 'it is not valid JSON' } });
    expect(storage.getItem(WORK_KEY)).toBeNull();
    saveWork(EXERCISE, { 'mysite/settings.py': 'new' });
    expect([...storage.items.values()]).toContain('{"files": ');
  });

  it('is left where it is, and never saved over, when it cannot be copied aside (storage full)', () => {
    storage.setItem(WORK_KEY, '{"files": null}');
    storage.failWith = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    const restored = loadWork({ id: EXERCISE, tabs: TABS });
    expect(restored.unreadable).toMatchObject({ keptAs: null });
    storage.failWith = null;
    expect(saveWork(EXERCISE, { 'mysite/settings.py': 'new' })).toMatchObject({ saved: false, reason: 'kept' });
    expect(storage.getItem(WORK_KEY)).toBe('{"files": null}');
  });
});

describe("another tab's saves", () => {
  type Listener = (event: StorageEvent) => void;
  let listeners: Listener[];
  beforeEach(() => {
    listeners = [];
    vi.stubGlobal('addEventListener', (type: string, listener: Listener) => type === 'storage' && listeners.push(listener));
    vi.stubGlobal('removeEventListener', (_type: string, listener: Listener) => (listeners = listeners.filter((l) => l !== listener)));
  });
  const fire = (key: string, newValue: string | null, area: Storage = storage) =>
    listeners.forEach((listener) => listener({ key, newValue, storageArea: area } as StorageEvent));

  it('are reported for this exercise only, readable work only, and no more once stopped', () => {
    const seen: unknown[] = [];
    const stop = watchWork(exercise, (work) => seen.push(work));
    fire(WORK_KEY, JSON.stringify({ files: { 'mysite/settings.py': 'theirs' }, savedAt: 5 }));
    fire('django-to-production:work:other/exercise', JSON.stringify({ files: { 'mysite/settings.py': 'x' }, savedAt: 5 }));
    fire(WORK_KEY, '{"files": null}');
    fire(WORK_KEY, null);
    fire(WORK_KEY, JSON.stringify({ files: { 'mysite/settings.py': 'session storage' }, savedAt: 5 }), new FakeStorage());
    stop();
    fire(WORK_KEY, JSON.stringify({ files: { 'mysite/settings.py': 'after' }, savedAt: 6 }));
    expect(seen).toEqual([{ files: { 'mysite/settings.py': 'theirs' }, savedAt: 5 }]);
  });
});

describe('the hints seen and the solution opened', () => {
  it('come back after a reload', () => {
    expect(loadAids(EXERCISE)).toEqual({ hints: 0, tried: false });
    saveAids(EXERCISE, { hints: 2, tried: true });
    expect(loadAids(EXERCISE)).toEqual({ hints: 2, tried: true });
  });

  it.each(['"x"', '{"hints": -1, "tried": "yes"}', '{"hints": 1.5}', 'nope'])('start from none when what is stored is %s', (stored) => {
    storage.setItem(`django-to-production:aids:${EXERCISE}`, stored);
    expect(loadAids(EXERCISE)).toEqual({ hints: 0, tried: false });
  });
});

describe('what the reader typed into the request panel', () => {
  const asIs = (value: unknown) => (typeof value === 'object' && value !== null && 'url' in value ? value : null);

  it('comes back after a reload', () => {
    expect(loadPanel(EXERCISE, asIs)).toBeNull();
    savePanel(EXERCISE, { url: 'https://shop.example.com/', jar: { csrftoken: 'x' } });
    expect(loadPanel(EXERCISE, asIs)).toEqual({ url: 'https://shop.example.com/', jar: { csrftoken: 'x' } });
  });

  it('goes into the progress export, and is written back by an import on another machine', () => {
    const typed = { method: 'POST', url: 'https://shop.example.com/cart/', headers: [], body: 'item=3', jar: {}, jarAfter: { sessionid: 's' } };
    savePanel(EXERCISE, typed);
    const exported = readProgress({ [EXERCISE]: { tabs: TABS } });
    expect(exported.exercises[EXERCISE]).toEqual({ request: typed });
    storage.clear();
    writeProgress(readProgress({ [EXERCISE]: { tabs: TABS } }), exported);
    expect(loadPanel(EXERCISE, (value) => value)).toEqual(typed);
  });

  it.each(['{"method": "GET"}', 'not json'])('is moved aside, not lost, when what is stored is %s', (stored) => {
    storage.setItem(`django-to-production:request:${EXERCISE}`, stored);
    expect(loadPanel(EXERCISE, asIs)).toBeNull();
    expect(storage.getItem(`django-to-production:request:${EXERCISE}`)).toBeNull();
    const aside = [...storage.items.entries()].filter(([key]) => key.startsWith(`django-to-production:unreadable:request:${EXERCISE}:`));
    expect(aside.map(([, text]) => text)).toEqual([stored]);
  });
});

describe("a checklist's ticks", () => {
  it('come back per page, by item text; anything else stored reads as none', () => {
    saveTicks('url-routing/', ['Every pattern has a name.']);
    expect(loadTicks('url-routing/')).toEqual(['Every pattern has a name.']);
    expect(loadTicks('caching/')).toEqual([]);
    storage.setItem('django-to-production:checklist:caching/', '{"a": 1}');
    expect(loadTicks('caching/')).toEqual([]);
  });
});

describe('saving', () => {
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
    expect(loadWork(exercise)).toEqual({ files: {}, savedAt: null, unreadable: null });
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
      expect(loadWork(exercise).files).toEqual({});
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
