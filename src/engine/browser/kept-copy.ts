/**
 * A file of the site as the service worker kept it for offline reading (src/offline), read
 * from Cache Storage itself, or from the network (through the service worker, if one controls the
 * page) when no copy is kept. Only for files whose name changes with their content (the engine's
 * snapshot): any copy kept under that name, by any version of the site, holds the same bytes.
 *
 * Read through the service worker, the 18 MB snapshot came in three times as slowly as from the
 * cache (70 ms against 22, read whole in a page of this machine), on the thread that answers
 * Pyodide's own files at the same time. At start-up it arrives 110-260 ms sooner this way; the
 * first answer, which then waits on Pyodide's own start, came no sooner in the bench.
 */
export async function keptOrFetched(url: string): Promise<Response> {
  try {
    // As the service worker matches its own answers: nginx's copies say `Vary: Accept-Encoding`.
    const kept = await caches.match(url, { ignoreVary: true });
    if (kept?.ok) return kept;
  } catch {
    // No Cache Storage here (an insecure origin, a browser that refuses it): the network answers.
  }
  return fetch(url);
}
