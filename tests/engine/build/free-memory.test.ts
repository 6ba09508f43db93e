/**
 * Zeroing malloc's free chunks before the snapshot (src/engine/build/free-memory.ts), against a
 * small allocator of free chunks. If it wrote outside what malloc handed it, the snapshot would
 * restore an interpreter with broken objects; if it left chunks taken, or the footprint capped,
 * the reader's code would run out of memory early; if it grew the heap, every visit would
 * download a bigger snapshot.
 */
import { describe, expect, it } from 'vitest';
import { zeroFreeMemory } from '../../../src/engine/build/free-memory';

/** A heap of 4 KB with free chunks at fixed places; everything else is "in use" (0xaa). */
function fakeMalloc(free: Array<[at: number, bytes: number]>) {
  const HEAPU8 = new Uint8Array(4096).fill(0xaa);
  let chunks = free.map(([at, bytes]) => ({ at, bytes }));
  const taken = new Map<number, number>();
  let limit = -1;
  const module = {
    HEAPU8,
    _malloc(request: number) {
      const fit = chunks.filter((chunk) => chunk.bytes >= request).sort((a, b) => a.bytes - b.bytes)[0];
      if (!fit) return 0; // the footprint is capped: no growing
      chunks = chunks.filter((chunk) => chunk !== fit);
      taken.set(fit.at, fit.bytes);
      return fit.at;
    },
    _free(pointer: number) {
      chunks.push({ at: pointer, bytes: taken.get(pointer)! });
      taken.delete(pointer);
    },
    _malloc_usable_size: (pointer: number) => taken.get(pointer)!,
    _malloc_footprint: () => HEAPU8.length,
    _malloc_footprint_limit: () => limit,
    _malloc_set_footprint_limit(bytes: number) {
      limit = bytes;
      return bytes;
    },
  };
  return { module, taken, freeChunks: () => chunks, limit: () => limit };
}

describe('zeroFreeMemory', () => {
  it.each([
    ['no free chunk', []],
    ['one small chunk', [[64, 16]]],
    ['chunks of many sizes', [[8, 8], [100, 1000], [1200, 24], [2000, 2048]]],
  ] as Array<[string, Array<[number, number]>]>)('zeroes exactly the free chunks, %s, and gives every one back', (_name, free) => {
    const { module, taken, freeChunks, limit } = fakeMalloc(free);
    const zeroed = zeroFreeMemory(module);
    expect(zeroed).toBe(free.reduce((sum, [, bytes]) => sum + bytes, 0));
    const inFree = (i: number) => free.some(([at, bytes]) => i >= at && i < at + bytes);
    module.HEAPU8.forEach((byte, i) => expect(byte, `byte ${i}`).toBe(inFree(i) ? 0 : 0xaa));
    expect(taken.size).toBe(0);
    expect(freeChunks()).toHaveLength(free.length);
    expect(limit()).toBe(-1);
  });
});
