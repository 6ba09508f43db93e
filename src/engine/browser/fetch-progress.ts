/**
 * Fetch a file whole, reporting the fraction received as it arrives (for the loading bar), once
 * a percent: each report is a message to the page, and a download comes in a hundred chunks or more.
 * `bytes` is the file's size: a compressed response's Content-Length counts compressed bytes,
 * while the body yields the file's own.
 */
export async function fetchWithProgress(url: string, bytes: number, onProgress: (fraction: number, received: number) => void): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok || !response.body) throw new Error(`${url}: HTTP ${response.status}`);
  const chunks: Uint8Array[] = [];
  let received = 0;
  let percent = -1;
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    received += value.length;
    const fraction = Math.min(received / bytes, 1);
    if (Math.floor(fraction * 100) === percent) continue;
    percent = Math.floor(fraction * 100);
    onProgress(fraction, Math.min(received, bytes));
  }
  const whole = new Uint8Array(received);
  let at = 0;
  for (const chunk of chunks) {
    whole.set(chunk, at);
    at += chunk.length;
  }
  return whole;
}
