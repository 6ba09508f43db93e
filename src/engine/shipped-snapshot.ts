/**
 * The memory snapshot as the site ships it, and its restore in the browser. Two things in the
 * 38 MB heap need not travel:
 * - its first 3.2 MB are mostly what a fresh instance of pyodide.asm.wasm holds there (its data
 *   segments, build/wasm-memory.ts): the wasm file already carries them, so they are shipped
 *   XOR'd with them, zeros where they did not change;
 * - half of its pages are zeros: left out, with a list of the pages that are there.
 * Shipped, it is half the bytes to read from the cache and to copy into the interpreter's memory
 * on every visit, and 1.2 MB less to download.
 *
 * Layout: Pyodide's own header (unchanged: Pyodide reads it), then the page list (32-bit
 * little-endian: heap bytes, XOR'd bytes, run count, and each run's first page and page count),
 * then the pages of the runs, one after the other.
 */

import { HeapLaterSnapshot, snapshotHeaderBytes } from './snapshot-room';

const PAGE = 4096;
const WORD = 4;

/** `heap[i] ^= base[i]` for every byte of `base` (heap is at least as long). Its own inverse. */
export function xorWith(heap: Uint8Array, base: Uint8Array): void {
  if (heap.length < base.length) throw new Error(`a heap of ${heap.length} bytes is shorter than the ${base.length} bytes it is XOR'd with`);
  const aligned = heap.byteOffset % 4 === 0 && base.byteOffset % 4 === 0;
  const words = aligned ? base.length >>> 2 : 0;
  if (words) {
    const into = new Uint32Array(heap.buffer, heap.byteOffset, words);
    const from = new Uint32Array(base.buffer, base.byteOffset, words);
    for (let i = 0; i < words; i++) into[i]! ^= from[i]!;
  }
  for (let i = words * 4; i < base.length; i++) heap[i]! ^= base[i]!;
}

function isZero(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i] !== 0) return false;
  return true;
}

/** The runs of pages of `heap` that hold anything but zeros: [first page, page count]. */
function filledRuns(heap: Uint8Array): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  const pages = Math.ceil(heap.length / PAGE);
  for (let page = 0; page < pages; page++) {
    if (isZero(heap.subarray(page * PAGE, (page + 1) * PAGE))) continue;
    const last = runs.at(-1);
    if (last && last[0] + last[1] === page) last[1]++;
    else runs.push([page, 1]);
  }
  return runs;
}

/** The snapshot as shipped, from Pyodide's snapshot and what a fresh instance's memory holds. */
export function shippedSnapshot(snapshot: Uint8Array, initialMemory: Uint8Array): Uint8Array {
  const headerBytes = snapshotHeaderBytes(snapshot);
  const heap = snapshot.slice(headerBytes);
  // Rounded up to whole pages: past the data segments a fresh memory holds zeros, which XOR keeps.
  const xoredBytes = Math.min(Math.ceil(initialMemory.length / PAGE) * PAGE, heap.length);
  xorWith(heap, initialMemory.subarray(0, xoredBytes));
  const runs = filledRuns(heap);
  const listBytes = WORD * (3 + 2 * runs.length);
  const filledBytes = runs.reduce((sum, [first, count]) => sum + Math.min(count * PAGE, heap.length - first * PAGE), 0);
  const shipped = new Uint8Array(headerBytes + listBytes + filledBytes);
  shipped.set(snapshot.subarray(0, headerBytes));
  const list = new DataView(shipped.buffer, headerBytes, listBytes);
  [heap.length, xoredBytes, runs.length, ...runs.flat()].forEach((value, i) => list.setUint32(i * WORD, value, true));
  let at = headerBytes + listBytes;
  for (const [first, count] of runs) {
    const pages = heap.subarray(first * PAGE, (first + count) * PAGE);
    shipped.set(pages, at);
    at += pages.length;
  }
  return shipped;
}

interface Layout {
  headerBytes: number;
  heapBytes: number;
  xoredBytes: number;
  runs: Array<[number, number]>;
  /** The runs' pages, one after the other. */
  pages: Uint8Array;
}

function layoutOf(shipped: Uint8Array): Layout {
  const headerBytes = snapshotHeaderBytes(shipped);
  const list = new DataView(shipped.buffer, shipped.byteOffset + headerBytes);
  const word = (i: number) => list.getUint32(i * WORD, true);
  const runs = Array.from({ length: word(2) }, (_, i): [number, number] => [word(3 + 2 * i), word(4 + 2 * i)]);
  const pagesAt = headerBytes + WORD * (3 + 2 * runs.length);
  return { headerBytes, heapBytes: word(0), xoredBytes: word(1), runs, pages: shipped.subarray(pagesAt) };
}

/** Write the heap into the interpreter's memory: the XOR'd pages over the fresh memory's bytes, the others over zeros. */
function writeHeap(into: Uint8Array, { xoredBytes, runs, pages }: Layout, fresh: Uint8Array): void {
  into.set(fresh);
  let filledUpTo = xoredBytes;
  let at = 0;
  for (const [first, count] of runs) {
    const start = first * PAGE;
    const run = pages.subarray(at, at + Math.min(count * PAGE, into.length - start));
    at += run.length;
    // The pages before this run hold zeros: written, whatever ran before the restore left there.
    if (start > filledUpTo) into.fill(0, filledUpTo, start);
    const xored = Math.max(0, Math.min(run.length, xoredBytes - start));
    if (xored) xorWith(into.subarray(start, start + xored), run.subarray(0, xored));
    into.set(run.subarray(xored), start + xored);
    filledUpTo = Math.max(filledUpTo, start + run.length);
  }
  into.fill(0, filledUpTo);
}

/** What the build tells the browser of its shipped snapshot, before the download. */
export interface ShippedSize {
  /** Pyodide's header, at the file's start. */
  headerBytes: number;
  /** The heap it restores: how much memory the interpreter needs. */
  heapBytes: number;
}

export function shippedSize(shipped: Uint8Array): ShippedSize {
  const { headerBytes, heapBytes } = layoutOf(shipped);
  return { headerBytes, heapBytes };
}

/**
 * A shipped snapshot for loadPyodide's `_loadSnapshot`, inside withRoomForSnapshot. Pyodide may
 * hold it before its bytes are in (`arrive`): it reads them only once the interpreter's instance
 * exists, and withRoomForSnapshot holds that back until they are. Its `atInstance` must hand it
 * the instance's memory before any of the module's code runs (keepFreshMemory). When Pyodide
 * copies the heap, it is written straight into that memory.
 */
export class ShippedSnapshot extends HeapLaterSnapshot {
  private readonly state: { layout: Layout | null; fresh: Uint8Array | null };

  constructor({ headerBytes, heapBytes }: ShippedSize) {
    const state: { layout: Layout | null; fresh: Uint8Array | null } = { layout: null, fresh: null };
    super(new Uint8Array(headerBytes), heapBytes, (into) => {
      if (!state.layout) throw new Error('the shipped snapshot was restored before it arrived');
      if (!state.fresh) throw new Error("the shipped snapshot was restored without the fresh instance's memory");
      writeHeap(into, state.layout, state.fresh);
    });
    this.state = state;
  }

  /** Its bytes, downloaded: they must be the snapshot the build described. */
  arrive(shipped: Uint8Array): this {
    const layout = layoutOf(shipped);
    if (layout.headerBytes !== this.length || layout.heapBytes !== this.heapBytes) {
      throw new Error(`the snapshot downloaded (a ${layout.heapBytes}-byte heap) is not the one this site was built with (${this.heapBytes} bytes)`);
    }
    this.set(shipped.subarray(0, layout.headerBytes));
    this.state.layout = layout;
    return this;
  }

  /** Keep what a fresh instance's memory holds where the heap is XOR'd: code run before the restore may change it. */
  keepFreshMemory(memory: WebAssembly.Memory): void {
    if (!this.state.layout) throw new Error('the shipped snapshot has not arrived');
    this.state.fresh = new Uint8Array(memory.buffer, 0, this.state.layout.xoredBytes).slice();
  }
}
