/**
 * The answers kept for a return visit. If this broke, a reader coming back would see findings
 * about other code than theirs (an answer recalled for a changed file, a changed exercise or
 * another build of the engine), or, where storage fails, a page that never answers; or writing
 * while they type would pile up.
 */
import { describe, expect, it } from 'vitest';
import type { ExerciseAnswer, ExerciseRequest } from '../../src/engine/protocol';
import { AnswerMemory, canonicalJson, type AnswerShelf } from '../../src/playground/remembered-answers';

const request = (settings: string, checks = 'goal()'): ExerciseRequest =>
  ({ op: 'exercise', files: { 'mysite/settings.py': settings, 'mysite/__init__.py': '' }, settings_module: 'mysite.settings', deploy: true, checks }) as ExerciseRequest;
const answer = (id: string) => ({ error: null, messages: [{ id }], goals: [], results: [] }) as unknown as ExerciseAnswer;

/** A shelf in memory; `writes` counts puts, and each put waits until `release()` when `held`. */
function shelf({ held = false, failing = false } = {}) {
  const kept = new Map<string, unknown>();
  const releases: Array<() => void> = [];
  const store = {
    kept,
    writes: 0,
    release: () => releases.splice(0).forEach((go) => go()),
    get: async (id: string) => {
      if (failing) throw new Error('refused');
      return kept.get(id);
    },
    put: async (id: string, value: unknown) => {
      store.writes += 1;
      if (failing) throw new Error('QuotaExceededError');
      if (held) await new Promise<void>((go) => releases.push(go));
      kept.set(id, structuredClone(value));
    },
  };
  return store;
}

const settled = () => new Promise((go) => setTimeout(go, 0));

describe('answers remembered for the next visit', () => {
  it('are recalled for exactly the request they answered, by the same build of the engine', async () => {
    const store = shelf();
    const memory = new AnswerMemory(Promise.resolve(store as AnswerShelf), 'worker-A.js');
    memory.remember('ex', request('DEBUG = True'), answer('security.W018'));
    await settled();

    expect(await memory.recall('ex', request('DEBUG = True'))).toEqual(answer('security.W018'));
    // Another file's text, another exercise's checks, another exercise, another engine: nothing.
    expect(await memory.recall('ex', request('DEBUG = False'))).toBeNull();
    expect(await memory.recall('ex', request('DEBUG = True', 'other_goal()'))).toBeNull();
    expect(await memory.recall('other', request('DEBUG = True'))).toBeNull();
    expect(await new AnswerMemory(Promise.resolve(store as AnswerShelf), 'worker-B.js').recall('ex', request('DEBUG = True'))).toBeNull();
  });

  it('match a request whatever order its files were put together in', async () => {
    const memory = new AnswerMemory(Promise.resolve(shelf() as AnswerShelf), 'worker-A.js');
    const reordered = { ...request('DEBUG = True'), files: { 'mysite/__init__.py': '', 'mysite/settings.py': 'DEBUG = True' } };
    memory.remember('ex', reordered, answer('security.W018'));
    await settled();
    expect(await memory.recall('ex', request('DEBUG = True'))).toEqual(answer('security.W018'));
    expect(canonicalJson({ b: [{ d: 1, c: 2 }], a: 'x' })).toBe('{"a":"x","b":[{"c":2,"d":1}]}');
  });

  it('are written one at a time, the latest answer last, however fast the reader types', async () => {
    const store = shelf({ held: true });
    const memory = new AnswerMemory(Promise.resolve(store as AnswerShelf), 'worker-A.js');
    for (let i = 0; i < 10; i++) memory.remember('ex', request(`# edit ${i}`), answer(`edit ${i}`));
    await settled();
    expect(store.writes).toBe(1); // the edits answered in one task: one write, of the last
    for (let i = 10; i < 20; i++) memory.remember('ex', request(`# edit ${i}`), answer(`edit ${i}`));
    store.release();
    await settled();
    expect(store.writes).toBe(2); // those answered while it was written: one more
    store.release();
    await settled();
    expect(store.writes).toBe(2);
    expect(await memory.recall('ex', request('# edit 19'))).toEqual(answer('edit 19'));
    expect(await memory.recall('ex', request('# edit 9'))).toBeNull();
  });

  it('never fail a visit: a storage that refuses, or a browser without one, just recalls nothing', async () => {
    const refusing = new AnswerMemory(Promise.resolve(shelf({ failing: true }) as AnswerShelf), 'worker-A.js');
    refusing.remember('ex', request('DEBUG = True'), answer('security.W018'));
    await settled();
    expect(await refusing.recall('ex', request('DEBUG = True'))).toBeNull();

    const none = new AnswerMemory(Promise.resolve(null), 'worker-A.js');
    none.remember('ex', request('DEBUG = True'), answer('security.W018'));
    expect(await none.recall('ex', request('DEBUG = True'))).toBeNull();
  });

  it('ignore what they cannot read (written by hand, or by another version of the site)', async () => {
    const store = shelf();
    store.kept.set('ex', { answer: 'not an answer' });
    const memory = new AnswerMemory(Promise.resolve(store as AnswerShelf), 'worker-A.js');
    expect(await memory.recall('ex', request('DEBUG = True'))).toBeNull();
  });
});
