/**
 * Progress taken to another machine: the file says what it is and which version wrote it, a file
 * that is not one (or is damaged) is refused with a message naming what is wrong, and importing
 * never replaces the reader's code unless they chose it, exercise by exercise.
 */
import { describe, expect, it } from 'vitest';
import { mergeProgress, planMerge, progressFile, PROGRESS_MAX_BYTES, readProgressFile, tally, type Progress } from '../../src/progress/transfer';

const course = { 'a/one': { tabs: ['settings.py'] }, 'a/two': { tabs: ['settings.py', '.env'] }, 'b/three': { tabs: ['urls.py'] } };
const T = 1_767_225_600_000;
const panel = (url: string) => ({ method: 'POST', url, headers: [{ name: 'Host', value: 'shop.example.com' }], body: 'a=1', jar: { sessionid: 'abc' }, jarAfter: { sessionid: 'def' } });

const theirs: Progress = {
  exercises: {
    'a/one': { work: { files: { 'settings.py': 'DEBUG = False\n' }, savedAt: T }, done: T, hints: 2, tried: true },
    'a/two': { work: { files: { 'settings.py': 'THEIRS = 1\n' }, savedAt: T + 5 }, request: panel('https://shop.example.com/theirs/') },
  },
  checklists: { 'deployment-settings': ['DEBUG is off'] },
};

const text = (value: unknown) => JSON.stringify(value);

describe('a progress file', () => {
  it('reads back what was exported', () => {
    const file = progressFile(theirs, new Date(T));
    expect(file).toMatchObject({ format: 'django-to-production/progress', version: 2, exportedAt: '2026-01-01T00:00:00.000Z' });
    expect(readProgressFile(text(file), course)).toEqual({ ok: true, progress: theirs, exportedAt: file.exportedAt, leftOut: [] });
  });

  it('reads a file of version 1, which had no request panels', () => {
    const { request: _panel, ...two } = theirs.exercises['a/two']!;
    const older = { ...theirs, exercises: { ...theirs.exercises, 'a/two': two } };
    expect(readProgressFile(text({ ...progressFile(older), version: 1 }), course)).toMatchObject({ ok: true, progress: older });
  });

  it('leaves out, and names, exercises and files this course does not have', () => {
    const file = progressFile({
      exercises: { ...theirs.exercises, 'gone/old': { done: T }, 'b/three': { work: { files: { 'urls.py': 'x', 'views.py': 'y' }, savedAt: T } } },
      checklists: {},
    });
    const read = readProgressFile(text(file), course);
    expect(read.ok && read.leftOut).toEqual(['the exercise gone/old, which this course does not have', 'the file views.py of b/three, which that exercise does not have']);
    expect(read.ok && read.progress.exercises['b/three']).toEqual({ work: { files: { 'urls.py': 'x' }, savedAt: T } });
  });

  it.each([
    ['text that is not JSON', '{"format": ', 'it is not JSON'],
    ['JSON of something else', text({ name: 'my-package', version: '1.0.0' }), 'has no "format"'],
    ['a file of a newer version', text({ ...progressFile(theirs), version: 3 }), 'newer version of the course'],
    ['a version that is not a number', text({ ...progressFile(theirs), version: '1' }), 'format version this course does not read'],
    ['no date', text({ ...progressFile(theirs), exportedAt: 'yesterday' }), '"exportedAt" is not a date'],
    ['exercises as a list', text({ ...progressFile(theirs), exercises: [] }), '"exercises" is not a record'],
    ['a file whose text is a number', text(progressFile({ exercises: { 'a/one': { work: { files: { 'settings.py': 4 as never }, savedAt: T } } }, checklists: {} })), 'exercises["a/one"].work.files["settings.py"] is not text'],
    ['a bad done time', text(progressFile({ exercises: { 'a/one': { done: -1 } }, checklists: {} })), 'exercises["a/one"].done is not a time'],
    ['a request panel without its URL', text(progressFile({ exercises: { 'a/one': { request: { ...panel('x'), url: undefined } as never } }, checklists: {} })), 'exercises["a/one"].request is not what a request panel holds'],
    ['hints that are not a count', text(progressFile({ exercises: { 'a/one': { hints: 1.5 } }, checklists: {} })), 'exercises["a/one"].hints is not a count'],
    ['a field this version does not know', text(progressFile({ exercises: { 'a/one': { stars: 3 } as never }, checklists: {} })), '"stars", which this version does not know'],
    ['an unknown exercise that is not a record', text(progressFile({ exercises: { 'gone/old': 'done' as never }, checklists: {} })), 'exercises["gone/old"] is not a record'],
    ['ticks that are not text', text(progressFile({ exercises: {}, checklists: { x: [1] as never } })), 'checklists["x"] is not a list of items'],
  ])('refuses %s, saying why', (_what, content, message) => {
    expect(readProgressFile(content, course)).toEqual({ ok: false, message: expect.stringContaining(message) });
  });

  it('refuses a file larger than any export, without reading it', () => {
    expect(readProgressFile(' '.repeat(PROGRESS_MAX_BYTES + 1), course)).toEqual({ ok: false, message: expect.stringContaining('too large') });
  });
});

describe('importing into progress already here', () => {
  const mine: Progress = {
    exercises: {
      'a/two': { work: { files: { 'settings.py': 'MINE = 1\n' }, savedAt: T + 9 }, done: T - 10, hints: 3 },
      'b/three': { work: { files: { 'urls.py': 'urlpatterns = []\n' }, savedAt: T } },
    },
    checklists: { 'deployment-settings': ['HTTPS is on'] },
  };

  it('plans: new code, code both sides have differently (to ask about), and new done marks', () => {
    expect(planMerge(mine, theirs)).toEqual({ newWork: ['a/one'], conflicts: [{ id: 'a/two', mine: T + 9, theirs: T + 5 }], newlyDone: ['a/one'], changes: true });
  });

  it('keeps the reader’s code where both differ, unless they chose the file’s', () => {
    const kept = mergeProgress(mine, theirs, new Set());
    expect(kept.exercises['a/two']!.work!.files).toEqual({ 'settings.py': 'MINE = 1\n' });
    expect(kept.exercises['a/one']).toEqual(theirs.exercises['a/one']);
    expect(kept.exercises['b/three']).toEqual(mine.exercises['b/three']);
    const taken = mergeProgress(mine, theirs, new Set(['a/two']));
    expect(taken.exercises['a/two']).toEqual({ work: theirs.exercises['a/two']!.work, done: T - 10, hints: 3, request: theirs.exercises['a/two']!.request });
  });

  it('brings in a request panel where there is none here, and keeps the reader’s unless they took the file’s code', () => {
    const kept = mergeProgress(mine, theirs, new Set());
    expect(kept.exercises['a/two']!.request).toEqual(theirs.exercises['a/two']!.request);
    const mineWithPanel: Progress = { ...mine, exercises: { ...mine.exercises, 'a/two': { ...mine.exercises['a/two']!, request: panel('https://shop.example.com/mine/') } } };
    expect(mergeProgress(mineWithPanel, theirs, new Set()).exercises['a/two']!.request!.url).toBe('https://shop.example.com/mine/');
    expect(mergeProgress(mineWithPanel, theirs, new Set(['a/two'])).exercises['a/two']!.request!.url).toBe('https://shop.example.com/theirs/');
  });

  it('joins marks and ticks: done at the earlier time, the more hints, tried if either', () => {
    const merged = mergeProgress({ exercises: { 'a/one': { done: T + 100, hints: 1 } }, checklists: mine.checklists }, theirs, new Set());
    expect(merged.exercises['a/one']).toMatchObject({ done: T, hints: 2, tried: true });
    expect(merged.checklists['deployment-settings']).toEqual(['HTTPS is on', 'DEBUG is off']);
  });

  it('has nothing to do when the file holds what is here already', () => {
    expect(planMerge(theirs, theirs)).toEqual({ newWork: [], conflicts: [], newlyDone: [], changes: false });
  });

  it('counts what is done and what is started', () => {
    expect(tally(mergeProgress(mine, theirs, new Set()), course)).toEqual({ done: 2, started: 1, total: 3 });
  });
});
