/**
 * The worker reads the snapshot from the copy the service worker kept, and from the network when
 * there is none: a reader whose browser has no copy, or no Cache Storage at all, still gets Python.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { keptOrFetched } from '../../../src/engine/browser/kept-copy';

const URL_OF = 'https://course.example/pyodide/engine-0123.snapshot';

function network() {
  const fetch = vi.fn(async () => new Response('from the network'));
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('a kept copy, or the network', () => {
  it('answers from the kept copy without asking the network', async () => {
    const fetch = network();
    const match = vi.fn(async () => new Response('kept'));
    vi.stubGlobal('caches', { match });
    expect(await (await keptOrFetched(URL_OF)).text()).toBe('kept');
    expect(match).toHaveBeenCalledWith(URL_OF, { ignoreVary: true });
    expect(fetch).not.toHaveBeenCalled();
  });

  it.each([
    ['no copy is kept', { match: async () => undefined }],
    ['the kept answer is an error', { match: async () => new Response('gone', { status: 404 }) }],
    ['Cache Storage refuses to open', { match: async () => Promise.reject(new DOMException('no', 'SecurityError')) }],
    ['there is no Cache Storage', undefined],
  ])('asks the network when %s', async (_case, caches) => {
    const fetch = network();
    vi.stubGlobal('caches', caches);
    expect(await (await keptOrFetched(URL_OF)).text()).toBe('from the network');
    expect(fetch).toHaveBeenCalledWith(URL_OF);
  });
});
