/**
 * What the service worker keeps for offline reading: every file of one build, by the URL the
 * browser asks for, with a hash of its content. Written by the build (build/integration.ts),
 * read by the service worker; both sides use the helpers here, so they agree on names.
 */

export interface ManifestEntry {
  /** The URL relative to the site's base, as the browser asks for it: "", "caching/", "_astro/x.js". */
  url: string;
  bytes: number;
  /** The content's hash: an entry whose hash is unchanged is copied from the last version's cache, not downloaded. */
  hash: string;
  /** Python's files (pyodide/): big, and fetched only after the page has shown its first answer. */
  engine: boolean;
}

export interface OfflineManifest {
  /** Changes whenever any file does: it names the cache, and a new one tells the reader of a new version. */
  version: string;
  entries: ManifestEntry[];
}

/** Files of the build that are not the site itself: compressed twins, the worker, the host's configuration. */
const NOT_SERVED = /(\.gz|\.br|^sw\.js|^_headers|^_redirects|^\.htaccess|\.map)$/;

/** The URL a built file is asked for by ("caching/index.html" → "caching/"), or null when it is not part of the site. */
export function urlOfFile(path: string): string | null {
  if (NOT_SERVED.test(path)) return null;
  if (path === 'index.html') return '';
  if (path.endsWith('/index.html')) return path.slice(0, -'index.html'.length);
  return path;
}

/**
 * The manifest entry a request is for, or null when the service worker should leave it to the
 * network. The query is ignored (Pagefind adds `?ts=` to its fetches), "index.html" is its
 * folder, and a folder without its slash is answered with a redirect to it.
 */
export function entryOfRequest(requestUrl: string, scope: string, urls: ReadonlySet<string>): { url: string; redirect: boolean } | null {
  const request = new URL(requestUrl);
  const base = new URL(scope);
  if (request.origin !== base.origin || !request.pathname.startsWith(base.pathname)) return null;
  let path: string;
  try {
    path = decodeURIComponent(request.pathname.slice(base.pathname.length));
  } catch {
    return null;
  }
  if (path === 'index.html' || path.endsWith('/index.html')) path = path.slice(0, -'index.html'.length);
  if (urls.has(path)) return { url: path, redirect: false };
  if (!path.endsWith('/') && urls.has(`${path}/`)) return { url: `${path}/`, redirect: true };
  return null;
}

/** Every cache of this service worker's is named with this, its scope, then its version. */
const CACHE_PREFIX = 'django-to-production:offline:';

export function cacheName(scope: string, version: string): string {
  return `${CACHE_PREFIX}${new URL(scope).pathname}:${version}`;
}

/** The caches an activated version removes: earlier versions of the same scope, never another scope's (a course under /a/ and one under /b/ share an origin's caches). */
export function staleCaches(names: string[], scope: string, current: string): string[] {
  const ours = `${CACHE_PREFIX}${new URL(scope).pathname}:`;
  return names.filter((name) => name.startsWith(ours) && name !== current);
}

/** What an entry needs: nothing (kept), a copy from an earlier version's cache, or a download. */
type EntryPlan = 'kept' | 'copy' | 'fetch';

export function planEntry(entry: ManifestEntry, cached: ReadonlySet<string>, earlier: ReadonlyMap<string, string>): EntryPlan {
  if (cached.has(entry.url)) return 'kept';
  return earlier.get(entry.url) === entry.hash ? 'copy' : 'fetch';
}

/** Room is kept for the rest of the origin's data (the reader's work): the engine is stored only when it leaves this much free. */
const HEADROOM_BYTES = 20 * 1024 * 1024;

/** Whether `bytes` more fit in the storage the browser grants, as navigator.storage.estimate() tells it (unknown: try, and handle a full quota). */
export function fitsInStorage(estimate: { usage?: number; quota?: number } | null, bytes: number): boolean {
  if (!estimate || estimate.quota === undefined || estimate.usage === undefined) return true;
  return estimate.quota - estimate.usage - bytes >= HEADROOM_BYTES;
}

/** How the page learns what is kept for offline reading. */
export interface OfflineStatus {
  version: string;
  /** ready: everything is kept; partial: the pages are, Python is not (yet); full: the browser's storage had no room. */
  state: 'ready' | 'partial' | 'full';
  missingBytes: number;
  usage: number | null;
  quota: number | null;
}

export type ToServiceWorker = { type: 'complete' } | { type: 'status' } | { type: 'activate-now' };
