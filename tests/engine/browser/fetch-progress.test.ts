/**
 * The snapshot's download, which drives the loading bar: the bar follows the bytes received of
 * the file's known size (a compressed response cannot say), never passes 100%, and the file
 * arrives whole; a failed download says which file and why. Each report is a message to the page:
 * a download in thousands of chunks must not send thousands.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchWithProgress } from '../../../src/engine/browser/fetch-progress';

function serve(chunks: Uint8Array[], status = 200) {
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(chunk);
      controller.close();
    },
  });
  vi.stubGlobal('fetch', async () => new Response(status === 200 ? body : null, { status }));
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('a download with progress', () => {
  it('reports the fraction received after each chunk, and gives the bytes whole', async () => {
    serve([new Uint8Array([1, 2]), new Uint8Array([3]), new Uint8Array([4])]);
    const fractions: number[] = [];
    const bytes = await fetchWithProgress('/pyodide/engine.snapshot', 4, (fraction) => fractions.push(fraction));
    expect(fractions).toEqual([0.5, 0.75, 1]);
    expect([...bytes]).toEqual([1, 2, 3, 4]);
  });

  it('reports once a percent, however many chunks come, and always the end', async () => {
    serve(Array.from({ length: 1999 }, () => new Uint8Array(1)));
    const fractions: number[] = [];
    const bytes = await fetchWithProgress('/x', 1999, (fraction) => fractions.push(fraction));
    expect(fractions).toHaveLength(101); // 0% to 100%
    expect(fractions.at(-1)).toBe(1);
    expect(bytes).toHaveLength(1999);
  });

  it('never reports past 100% when the file is bigger than announced, and gives all of it', async () => {
    serve([new Uint8Array([1, 2, 3]), new Uint8Array([4, 5, 6]), new Uint8Array([7])]);
    const fractions: number[] = [];
    const bytes = await fetchWithProgress('/x', 4, (fraction) => fractions.push(fraction));
    expect(fractions).toEqual([0.75, 1]);
    expect([...bytes]).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('gives only the bytes received when the file is smaller than announced', async () => {
    serve([new Uint8Array([1, 2]), new Uint8Array([3])]);
    const bytes = await fetchWithProgress('/x', 8, () => {});
    expect([...bytes]).toEqual([1, 2, 3]);
  });

  it('reads the response the given request gives', async () => {
    const request = vi.fn(async () => new Response(new Uint8Array([9, 8])));
    const bytes = await fetchWithProgress('/pyodide/engine.snapshot', 2, () => {}, request);
    expect(request).toHaveBeenCalledWith('/pyodide/engine.snapshot');
    expect([...bytes]).toEqual([9, 8]);
  });

  it('fails with the file and the HTTP status when the download fails', async () => {
    serve([], 404);
    await expect(fetchWithProgress('/pyodide/engine.snapshot', 4, () => {})).rejects.toThrow('/pyodide/engine.snapshot: HTTP 404');
  });
});
