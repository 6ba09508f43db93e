/**
 * Fetch a file whole, reporting the fraction received as it arrives (for the loading bar), once
 * a percent: each report is a message to the page, and a download comes in a hundred chunks or more.
 * `bytes` is the file's size: a compressed response's Content-Length counts compressed bytes,
 * while the body yields the file's own. Each chunk is put in place in a buffer of that size as it
 * arrives: keeping the chunks and joining them at the end held the 18 MB snapshot twice in the
 * worker's memory while Python started (it was no slower or faster, measured).
 * `request` gets the response (fetch by default).
 */
export async function fetchWithProgress(
  url: string,
  bytes: number,
  onProgress: (fraction: number, received: number) => void,
  request: (url: string) => Promise<Response> = (url) => fetch(url),
): Promise<Uint8Array> {
  const response = await request(url);
  if (!response.ok || !response.body) throw new Error(`${url}: HTTP ${response.status}`);
  let whole = new Uint8Array(bytes);
  let received = 0;
  let percent = -1;
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (received + value.length > whole.length) whole = grown(whole, received, received + value.length);
    whole.set(value, received);
    received += value.length;
    const fraction = Math.min(received / bytes, 1);
    if (Math.floor(fraction * 100) === percent) continue;
    percent = Math.floor(fraction * 100);
    onProgress(fraction, Math.min(received, bytes));
  }
  return received === whole.length ? whole : whole.subarray(0, received);
}

/** A bigger buffer holding the first `filled` bytes of `buffer`: the file is bigger than announced. */
function grown(buffer: Uint8Array, filled: number, needed: number): Uint8Array<ArrayBuffer> {
  const bigger = new Uint8Array(Math.max(needed, buffer.length * 2));
  bigger.set(buffer.subarray(0, filled));
  return bigger;
}
