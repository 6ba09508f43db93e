/**
 * Zeroing the interpreter's free memory before its snapshot is taken. What start-up allocated
 * and freed again (the warm-up's requests, the parser's buffers) leaves its bytes behind in
 * malloc's free chunks: 1.9 MB of the heap that nothing reads, shipped and compressed with the
 * rest. Zeroed, it compresses to nothing, and whole pages of it leave the sparse snapshot.
 *
 * Done through malloc itself: every free chunk is allocated (largest requests first, with the
 * heap's footprint capped so that nothing grows), zeroed and freed again, which leaves malloc
 * exactly as consistent as any run of malloc and free does.
 */

interface Malloc {
  HEAPU8: Uint8Array;
  _malloc(bytes: number): number;
  _free(pointer: number): void;
  _malloc_usable_size(pointer: number): number;
  _malloc_footprint(): number;
  _malloc_footprint_limit(): number;
  _malloc_set_footprint_limit(bytes: number): number;
}

const LARGEST_REQUEST = 1 << 20;
const SMALLEST_REQUEST = 8;

/** Returns how many bytes it zeroed. */
export function zeroFreeMemory(module: Malloc): number {
  const limit = module._malloc_footprint_limit();
  module._malloc_set_footprint_limit(module._malloc_footprint());
  const taken: number[] = [];
  let zeroed = 0;
  try {
    for (let request = LARGEST_REQUEST; request >= SMALLEST_REQUEST; request >>= 1) {
      for (let pointer = module._malloc(request); pointer; pointer = module._malloc(request)) {
        taken.push(pointer);
        const bytes = module._malloc_usable_size(pointer);
        module.HEAPU8.fill(0, pointer, pointer + bytes);
        zeroed += bytes;
      }
    }
  } finally {
    for (const pointer of taken) module._free(pointer);
    module._malloc_set_footprint_limit(limit);
  }
  return zeroed;
}
