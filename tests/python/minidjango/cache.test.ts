/**
 * The `cache` operation's handling of what it cannot run (the conformance corpus covers what it
 * answers). If this broke, a caller's mistake would come back as a Python traceback, or a clock
 * that goes back would silently run calls out of order.
 */
import { describe, expect, it } from 'vitest';
import type { CacheCall } from '../../../src/engine/protocol';
import { useEngine } from '../../support/engine';

const engine = useEngine();
const CACHES = { default: { BACKEND: 'django.core.cache.backends.locmem.LocMemCache' } };
const call = (ops: CacheCall[], caches: Record<string, unknown> = CACHES) => engine.client.call({ op: 'cache', caches, ops });

describe('the cache operation', () => {
  it('answers each call, and the per-call times only when asked', async () => {
    const answer = await call([{ at: 0, call: 'set', args: ['k', 1] }, { at: 1, call: 'incr', args: ['k'] }]);
    expect(answer.results).toEqual([{ result: ['NoneType', 'None'] }, { result: ['int', '2'] }]);
    expect(answer.us).toBeUndefined();
    const timed = await engine.client.call({ op: 'cache', caches: CACHES, ops: [{ at: 0, call: 'get', args: ['k'] }], timed: true });
    expect(timed.us).toHaveLength(1);
  });

  it('refuses a clock that goes back, naming the call', async () => {
    await expect(call([{ at: 10, call: 'get', args: ['k'] }, { at: 5, call: 'get', args: ['k'] }])).rejects.toThrow(
      /op 1: at=5 is before the op ahead of it \(at=10\): the clock only moves forward/,
    );
  });

  it('refuses what is not a call of the cache', async () => {
    await expect(call([{ at: 0, call: '_cache' }])).resolves.toMatchObject({
      results: [{ error: { type: 'ValueError', message: "'_cache': only the cache's public methods (and __contains__) can be called" } }],
    });
    await expect(call([{ at: 'soon' as unknown as number, call: 'get' }])).rejects.toThrow(/`at` is the time in seconds since the start/);
    await expect(engine.client.call({ op: 'cache', caches: [] as unknown as Record<string, unknown>, ops: [] })).rejects.toThrow(
      /`caches` is the CACHES setting, a dict of aliases, not list/,
    );
  });

  it('says which variable a call names that was never set', async () => {
    const answer = await call([{ at: 0, call: 'set', args: ['k', { $var: 'items' }] }]);
    expect(answer.results[0]!.error?.message).toMatch(/no variable 'items'/);
  });
});
