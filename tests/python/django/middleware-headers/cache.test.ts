/**
 * The cache API's async names (aget, aset, aadd, aincr, ahas_key, adelete, aget_many,
 * aget_or_set, aincr_version, aclear...): an async view awaits them. Real Django runs the sync
 * method in a thread (sync_to_async); in the browser there is one thread, so they run in place
 * and must answer exactly what the sync method answers (the sync methods themselves are checked
 * against real Django by tools/oracle/cases/python/mwh-locmem-*; the expected list below is what
 * real Django 6.1 answered to the same calls awaited under asyncio). If this broke, an async view
 * using the cache would fail or see other values than a sync one.
 */
import { describe, expect, it } from 'vitest';
import { usePython } from '../../../support/python';

const python = usePython();

describe('the cache API awaited', () => {
  it('each a-method answers what its sync method answers', () => {
    const code = `from django.conf import settings
settings.configure(CACHES={"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}})
from django.core.cache import cache

def awaited(coroutine):
    try:
        coroutine.send(None)
    except StopIteration as done:
        return done.value
    raise AssertionError("the coroutine waited")

result = [awaited(cache.aset("a", 1)), awaited(cache.aget("a")), awaited(cache.aadd("a", 2)), awaited(cache.aincr("a", 5)),
          awaited(cache.adecr("a")), awaited(cache.ahas_key("a")), awaited(cache.aget_many(["a", "b"])), awaited(cache.aset_many({"b": [2]})),
          awaited(cache.aget_or_set("c", lambda: 3)), awaited(cache.atouch("c", 10)), awaited(cache.aincr_version("c")), cache.get("c", version=2),
          awaited(cache.adelete("a")), awaited(cache.adelete_many(["b"])), awaited(cache.aclear()), cache.get_many(["a", "b", "c"]),
          awaited(cache.aclose())]`;
    expect(python.run(code)).toEqual([null, 1, false, 6, 5, true, { a: 5 }, [], 3, true, 2, 3, true, null, null, {}, null]);
  });
});
