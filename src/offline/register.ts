/**
 * The page's side of offline reading: register the service worker (src/offline/service-worker.ts,
 * built as `<base>sw.js`) once the page has shown what the reader came for, ask it to keep the
 * rest (Python's files) for offline use, and tell the reader when a new version is deployed.
 *
 * `<html data-offline>` says what is kept: ready, partial (the pages; Python's files not yet),
 * full (the browser's storage has no room: the site works online), or unsupported.
 */
import type { OfflineStatus, ToServiceWorker } from './manifest';
import { showUpdateNotice } from './update-notice';

/** The longest a page with a playground waits for its first answer, then for its editor, before going on anyway. */
const FIRST_ANSWER_WAIT_MS = 15_000;
const EDITOR_WAIT_MS = 20_000;
/** Keeping the course (45 MB to download and store) waits for the reader to leave the page alone this long. */
const QUIET_MS = 4000;

const within = (ms: number, what: (done: () => void) => void) =>
  new Promise<void>((resolve) => {
    what(resolve);
    setTimeout(resolve, ms);
  });

/** Resolves once the reader has neither typed nor clicked, and no answer has come, for `ms`. */
function quiet(ms: number): Promise<void> {
  const events = ['keydown', 'pointerdown', 'playground:feedback'];
  return new Promise((resolve) => {
    const done = () => {
      for (const name of events) removeEventListener(name, reset, true);
      resolve();
    };
    let timer = setTimeout(done, ms);
    function reset() {
      clearTimeout(timer);
      timer = setTimeout(done, ms);
    }
    for (const name of events) addEventListener(name, reset, { capture: true, passive: true });
  });
}

/**
 * Resolves once the page has shown what the reader came for and they have paused: on a page
 * with a playground, its first answer and its editor come first (storing the course competes
 * with them for a small machine's cores), then a pause in their typing.
 */
async function pageSettled(): Promise<void> {
  await new Promise<void>((resolve) => (document.readyState === 'complete' ? resolve() : addEventListener('load', () => resolve(), { once: true })));
  if (!document.querySelector('[data-playground]')) return;
  await within(FIRST_ANSWER_WAIT_MS, (done) => addEventListener('playground:feedback', () => done(), { once: true }));
  await within(EDITOR_WAIT_MS, (done) => {
    if (performance.getEntriesByName('d2p:editor:ready', 'mark').length) return done();
    new PerformanceObserver((list, observer) => {
      if (list.getEntriesByName('d2p:editor:ready').length) {
        observer.disconnect();
        done();
      }
    }).observe({ type: 'mark' });
  });
  await quiet(QUIET_MS);
}

function ask(worker: ServiceWorker, message: ToServiceWorker): Promise<OfflineStatus> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = (event: MessageEvent<OfflineStatus>) => resolve(event.data);
    worker.postMessage(message, [channel.port2]);
  });
}

function watchForUpdates(registration: ServiceWorkerRegistration): void {
  const container = navigator.serviceWorker;
  let asked = false;
  /** A page first opened without a service worker is claimed by the first one installed: that is no new version. */
  let controlled = container.controller !== null;
  container.addEventListener('controllerchange', () => {
    if (!controlled) {
      controlled = true;
      return;
    }
    // This tab asked for the new version: reload into it. Another tab did: this page's files may be gone from the cache, so say so.
    if (asked) location.reload();
    else showUpdateNotice(() => location.reload());
  });
  const offer = (waiting: ServiceWorker) => {
    // The first install has no earlier version to replace: nothing to tell.
    if (!container.controller) return;
    showUpdateNotice(() => {
      asked = true;
      waiting.postMessage({ type: 'activate-now' } satisfies ToServiceWorker);
    });
  };
  if (registration.waiting) offer(registration.waiting);
  registration.addEventListener('updatefound', () => {
    const installing = registration.installing;
    installing?.addEventListener('statechange', () => {
      if (installing.state === 'installed') offer(installing);
    });
  });
  // A reader who keeps a chapter open for hours still hears of a new version.
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') registration.update().catch(() => undefined);
  });
}

export function startOfflineSupport(): void {
  const root = document.documentElement;
  if (!('serviceWorker' in navigator) || !isSecureContext) {
    root.dataset.offline = 'unsupported';
    return;
  }
  const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
  void pageSettled()
    .then(async () => {
      const registration = await navigator.serviceWorker.register(`${base}sw.js`, { scope: base });
      watchForUpdates(registration);
      const ready = await navigator.serviceWorker.ready;
      const status = await ask(ready.active!, { type: 'complete' });
      root.dataset.offline = status.state;
    })
    .catch((error: unknown) => {
      // No service worker (private mode, blocked storage, a host that serves no sw.js): the site works online as before.
      root.dataset.offline = 'unsupported';
      console.info(`Offline reading is not available here: ${String(error)}`);
    });
}
