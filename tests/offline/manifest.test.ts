/**
 * How the service worker names what it keeps. If these broke, a reader offline would get the
 * "not kept" page for a chapter they had read (a folder URL, a search fetch with ?ts=), or a new
 * version would delete another course's cache on the same host, or download 45 MB of Python
 * again when only a page changed.
 */
import { describe, expect, it } from 'vitest';
import { cacheName, entryOfRequest, fitsInStorage, planEntry, staleCaches, urlOfFile, type ManifestEntry } from '../../src/offline/manifest';

const scope = 'https://host.test/course/';
const urls = new Set(['', 'caching/', '_astro/app.js', 'pagefind/pagefind-entry.json', 'pyodide/314.0.7/pyodide.asm.wasm']);

describe('the files of a build, as URLs', () => {
  it('names a page by its folder and keeps other files as they are', () => {
    expect(urlOfFile('index.html')).toBe('');
    expect(urlOfFile('caching/index.html')).toBe('caching/');
    expect(urlOfFile('404.html')).toBe('404.html');
    expect(urlOfFile('_astro/app.js')).toBe('_astro/app.js');
  });

  it('leaves out the compressed twins, the worker itself and the host’s configuration', () => {
    for (const path of ['_astro/app.js.gz', '_astro/app.js.br', 'sw.js', '_headers', '.htaccess']) expect(urlOfFile(path)).toBeNull();
  });
});

describe('the entry a request is for', () => {
  it('finds pages, assets and Python’s files under the base path', () => {
    expect(entryOfRequest('https://host.test/course/', scope, urls)).toEqual({ url: '', redirect: false });
    expect(entryOfRequest('https://host.test/course/caching/', scope, urls)).toEqual({ url: 'caching/', redirect: false });
    expect(entryOfRequest('https://host.test/course/caching/index.html', scope, urls)).toEqual({ url: 'caching/', redirect: false });
    expect(entryOfRequest('https://host.test/course/pyodide/314.0.7/pyodide.asm.wasm', scope, urls)?.url).toBe('pyodide/314.0.7/pyodide.asm.wasm');
  });

  it('ignores the query (search adds ?ts=) and the fragment', () => {
    expect(entryOfRequest('https://host.test/course/pagefind/pagefind-entry.json?ts=123', scope, urls)?.url).toBe('pagefind/pagefind-entry.json');
    expect(entryOfRequest('https://host.test/course/caching/?x=1#top', scope, urls)?.url).toBe('caching/');
  });

  it('redirects a folder asked for without its slash, as the host does', () => {
    expect(entryOfRequest('https://host.test/course/caching', scope, urls)).toEqual({ url: 'caching/', redirect: true });
  });

  it('leaves to the network what is not the site’s: other paths, other origins, unknown files', () => {
    expect(entryOfRequest('https://host.test/other/caching/', scope, urls)).toBeNull();
    expect(entryOfRequest('https://cdn.test/course/caching/', scope, urls)).toBeNull();
    expect(entryOfRequest('https://host.test/course/missing.js', scope, urls)).toBeNull();
    expect(entryOfRequest('https://host.test/course/%E0%A4%A', scope, urls)).toBeNull();
  });
});

describe('the caches of each version', () => {
  it('removes earlier versions of its own scope only', () => {
    const current = cacheName(scope, 'v2');
    const names = [cacheName(scope, 'v1'), current, cacheName('https://host.test/', 'v1'), cacheName('https://host.test/course/b/', 'v1'), 'someone-else'];
    expect(staleCaches(names, scope, current)).toEqual([cacheName(scope, 'v1')]);
  });

  it('copies an unchanged file from the last version, downloads a changed or new one, keeps what it has', () => {
    const entry: ManifestEntry = { url: 'pyodide/a.wasm', bytes: 10, hash: 'h1', engine: true };
    expect(planEntry(entry, new Set(['pyodide/a.wasm']), new Map())).toBe('kept');
    expect(planEntry(entry, new Set(), new Map([['pyodide/a.wasm', 'h1']]))).toBe('copy');
    expect(planEntry(entry, new Set(), new Map([['pyodide/a.wasm', 'h0']]))).toBe('fetch');
    expect(planEntry(entry, new Set(), new Map())).toBe('fetch');
  });
});

describe('room in the browser’s storage', () => {
  const MB = 1024 * 1024;
  it('stores Python’s files only with room to spare for the reader’s work', () => {
    expect(fitsInStorage({ usage: 10 * MB, quota: 1000 * MB }, 50 * MB)).toBe(true);
    expect(fitsInStorage({ usage: 10 * MB, quota: 70 * MB }, 50 * MB)).toBe(false);
  });

  it('tries when the browser does not say (a full quota is then handled as it happens)', () => {
    expect(fitsInStorage(null, 50 * MB)).toBe(true);
    expect(fitsInStorage({}, 50 * MB)).toBe(true);
  });
});
