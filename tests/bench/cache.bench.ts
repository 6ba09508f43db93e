/**
 * A cache op in Node, warm: Django's cache API on the default LocMemCache, the calls a view
 * makes (get that hits, get that misses, set with a timeout, add, incr, get_many, delete) on
 * 100 keys, as the `cache` operation runs them on its clock.
 *
 * The figure is each call's own time inside Python (the method alone: the runner's decoding of
 * its arguments and repr of its result left out), over many calls sent in one `cache` call, as
 * a running process makes them.
 */
import { startNodeEngine } from '../../src/engine/node/node-engine';
import type { CacheCall, CacheRequest } from '../../src/engine/protocol';
import { summarize, type Timing } from './stats';

const KEYS = 100;

function calls(count: number): CacheCall[] {
  const made: CacheCall[] = [];
  for (let i = 0; made.length < count; i++) {
    const key = `product:${i % KEYS}`;
    const at = i * 0.5;
    made.push(
      { at, call: 'get', args: [key] },
      { at, call: 'set', args: [key, { name: `tea ${i}`, price: 4.5, tags: ['green', 'loose'] }, 3600] },
      { at, call: 'get', args: [key] },
      { at, call: 'add', args: [`lock:${i % KEYS}`, 1, 60] },
      { at, call: 'set', args: [`hits:${i % KEYS}`, i] },
      { at, call: 'incr', args: [`hits:${i % KEYS}`] },
      { at, call: 'get_many', args: [[key, `hits:${i % KEYS}`]] },
      { at, call: 'delete', args: [`lock:${i % KEYS}`] },
    );
  }
  return made.slice(0, count);
}

export interface CacheBench {
  /** One call of the cache API (get, set, add, incr, get_many, delete), inside Python, in µs. */
  opUs: Timing;
  /** The same, only the get() calls. */
  getUs: Timing;
}

export async function benchCache(runs = 20, perCall = 1000): Promise<CacheBench> {
  const engine = startNodeEngine({ timeLimitMs: 20_000 });
  try {
    await engine.whenReady();
    const ops = calls(perCall);
    const request: CacheRequest = {
      op: 'cache',
      caches: { default: { BACKEND: 'django.core.cache.backends.locmem.LocMemCache', LOCATION: 'bench' } },
      ops,
      timed: true,
    };
    const first = await engine.call(request);
    const failed = first.results.find((outcome) => outcome.error);
    if (failed) throw new Error(`a cache call of the bench failed: ${JSON.stringify(failed)}`);
    const all: number[] = [];
    const gets: number[] = [];
    for (let run = 0; run < runs; run++) {
      const answer = await engine.call(request);
      const us = answer.us ?? [];
      // The first calls of a process build the cache object: left out, as a warm server has it.
      us.slice(20).forEach((value, i) => {
        all.push(value);
        if (ops[i + 20]!.call === 'get') gets.push(value);
      });
    }
    return { opUs: summarize(all), getUs: summarize(gets) };
  } finally {
    engine.close();
  }
}
