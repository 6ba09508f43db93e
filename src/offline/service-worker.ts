/**
 * The course's service worker (built into `<base>sw.js` by build/integration.ts, with the
 * build's manifest in OFFLINE_MANIFEST): every file of the site answered from a cache named
 * after the build's version, so after one visit every chapter, search and playground work
 * offline.
 *
 * - install: the pages and their assets are stored (Python's files are copied from the last
 *   version's cache when unchanged); the new version then waits, and the page tells the reader.
 * - activate: earlier versions' caches are removed.
 * - message "complete": the page has shown its first answer; what is still missing (Python's
 *   files, 45 MB unpacked) is stored if the browser's storage has room for it.
 * Anything it cannot answer from the cache, it leaves to the network, so a full quota only
 * costs offline reading. Python's worker reads its snapshot from the cache itself
 * (src/engine/browser/kept-copy.ts).
 */
/// <reference lib="webworker" />
import {
  cacheName,
  entryOfRequest,
  fitsInStorage,
  planEntry,
  staleCaches,
  type ManifestEntry,
  type OfflineManifest,
  type OfflineStatus,
  type ToServiceWorker,
} from './manifest';
import { VERSIONED_FOLDERS } from '../hosting/versioned';

declare const OFFLINE_MANIFEST: OfflineManifest;

const worker = self as unknown as ServiceWorkerGlobalScope;
const scope = worker.registration.scope;
const CACHE = cacheName(scope, OFFLINE_MANIFEST.version);
const entries = new Map(OFFLINE_MANIFEST.entries.map((entry) => [entry.url, entry]));
const urls = new Set(entries.keys());
/** Each cache keeps the manifest it was filled from, so the next version knows which entries it can copy. */
const MANIFEST_KEY = '__offline-manifest.json';
const absolute = (url: string) => new URL(url, scope).href;

/** Downloads under way, by entry: a page's fetch and the completion never download the same file twice. */
const downloads = new Map<string, Promise<void>>();

class StorageFull extends Error {}

const isQuotaError = (error: unknown) => error instanceof DOMException && error.name === 'QuotaExceededError';

async function store(cache: Cache, url: string, response: Response): Promise<void> {
  try {
    await cache.put(absolute(url), response);
  } catch (error) {
    if (isQuotaError(error)) throw new StorageFull();
    throw error;
  }
}

/** A network response as it can be kept: a redirected one cannot answer a navigation, so its body and headers are copied. */
async function keepable(response: Response): Promise<Response> {
  if (!response.redirected) return response;
  return new Response(await response.blob(), { status: response.status, statusText: response.statusText, headers: response.headers });
}

/** Download an entry and store it (or join the download under way). */
function download(cache: Cache, entry: ManifestEntry): Promise<void> {
  const running = downloads.get(entry.url);
  if (running) return running;
  // Unversioned files (pages, search index) are revalidated: the HTTP cache may hold the last build's.
  const versioned = VERSIONED_FOLDERS.some((folder) => entry.url.startsWith(folder));
  const started = fetch(absolute(entry.url), { cache: versioned ? 'default' : 'no-cache' })
    .then(keepable)
    .then((response) => {
      if (!response.ok) throw new Error(`${entry.url}: HTTP ${response.status}`);
      return store(cache, entry.url, response);
    })
    .finally(() => downloads.delete(entry.url));
  downloads.set(entry.url, started);
  return started;
}

/** What each earlier version's cache holds, by URL: its hash, and where to copy it from. */
async function earlierCaches(): Promise<Map<string, { hash: string; cache: Cache }>> {
  const found = new Map<string, { hash: string; cache: Cache }>();
  const names = staleCaches(await caches.keys(), scope, CACHE);
  for (const name of names) {
    const cache = await caches.open(name);
    const manifest = (await (await cache.match(absolute(MANIFEST_KEY)))?.json().catch(() => null)) as OfflineManifest | null;
    if (!manifest) continue;
    for (const entry of manifest.entries) found.set(entry.url, { hash: entry.hash, cache });
  }
  return found;
}

/** Store what this version is missing: the pages at install, Python's files too once asked to complete. */
async function fill(withEngine: boolean): Promise<OfflineStatus['state']> {
  const cache = await caches.open(CACHE);
  const cached = new Set((await cache.keys()).map((request) => new URL(request.url).href.slice(scope.length)));
  const earlier = await earlierCaches();
  const hashes = new Map([...earlier].map(([url, { hash }]) => [url, hash]));
  const missing: ManifestEntry[] = [];
  try {
    if (!cached.has(MANIFEST_KEY)) await store(cache, MANIFEST_KEY, Response.json(OFFLINE_MANIFEST));
    for (const entry of entries.values()) {
      const plan = planEntry(entry, cached, hashes);
      if (plan === 'copy') {
        const copy = await earlier.get(entry.url)!.cache.match(absolute(entry.url));
        if (copy) await store(cache, entry.url, copy);
        else missing.push(entry);
      } else if (plan === 'fetch') {
        missing.push(entry);
      }
    }
    const now = missing.filter((entry) => withEngine || !entry.engine);
    const bytes = now.reduce((sum, entry) => sum + entry.bytes, 0);
    if (withEngine && !fitsInStorage(await estimate(), bytes)) return 'full';
    // A few at a time: the pages are small, Python's files are few and large.
    const queue = [...now];
    await Promise.all(
      Array.from({ length: 4 }, async () => {
        for (let entry = queue.shift(); entry; entry = queue.shift()) await download(cache, entry);
      }),
    );
    return now.length === missing.length ? 'ready' : 'partial';
  } catch (error) {
    if (error instanceof StorageFull) return 'full';
    throw error;
  }
}

async function estimate(): Promise<StorageEstimate | null> {
  try {
    return (await navigator.storage?.estimate?.()) ?? null;
  } catch {
    return null;
  }
}

async function status(state?: OfflineStatus['state']): Promise<OfflineStatus> {
  const cache = await caches.open(CACHE);
  const cached = new Set((await cache.keys()).map((request) => request.url));
  const missing = [...entries.values()].filter((entry) => !cached.has(absolute(entry.url)));
  const storage = await estimate();
  return {
    version: OFFLINE_MANIFEST.version,
    state: state ?? (missing.length === 0 ? 'ready' : 'partial'),
    missingBytes: missing.reduce((sum, entry) => sum + entry.bytes, 0),
    usage: storage?.usage ?? null,
    quota: storage?.quota ?? null,
  };
}

worker.addEventListener('install', (event) => {
  // A full quota must not fail the install: the site then works online, answered from the network.
  event.waitUntil(fill(false).then(() => undefined));
});

worker.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of staleCaches(await caches.keys(), scope, CACHE)) await caches.delete(name);
      await worker.clients.claim();
    })(),
  );
});

worker.addEventListener('message', (event) => {
  const message = event.data as ToServiceWorker;
  const reply = (value: OfflineStatus) => event.ports[0]?.postMessage(value);
  if (message?.type === 'activate-now') {
    event.waitUntil(worker.skipWaiting());
  } else if (message?.type === 'complete') {
    event.waitUntil(
      fill(true)
        .then((state) => status(state))
        .catch(() => status())
        .then(reply),
    );
  } else if (message?.type === 'status') {
    event.waitUntil(status().then(reply));
  }
});

const OFFLINE_PAGE = `<!doctype html><meta charset="utf-8"><title>Offline</title><p>This page is not kept in this browser for offline reading yet: open it once while online.</p>`;

async function answer(request: Request, url: string): Promise<Response> {
  const cache = await caches.open(CACHE);
  const running = downloads.get(url);
  if (running) await running.catch(() => undefined);
  const hit = await cache.match(absolute(url), { ignoreVary: true });
  if (hit) return hit;
  try {
    const response = await fetch(request);
    // Stored as it passes; a full quota or a failed write only loses the offline copy.
    if (response.ok && !response.redirected) {
      const kept = store(cache, url, response.clone())
        .catch(() => undefined)
        .finally(() => downloads.delete(url));
      downloads.set(url, kept);
    }
    return response;
  } catch (error) {
    if (request.mode === 'navigate') return new Response(OFFLINE_PAGE, { status: 503, headers: { 'Content-Type': 'text/html; charset=utf-8' } });
    throw error;
  }
}

worker.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || request.headers.has('range')) return;
  const entry = entryOfRequest(request.url, scope, urls);
  if (!entry) return;
  if (entry.redirect) {
    event.respondWith(Response.redirect(absolute(entry.url), 301));
    return;
  }
  event.respondWith(answer(request, entry.url));
});
