/**
 * The memory snapshot as the site ships it: the first bytes of its heap XOR'd with what a fresh
 * instance of pyodide.asm.wasm holds there (its data segments, build/wasm-memory.ts). Those
 * 3.2 MB are mostly unchanged since instantiation, and the wasm file already carries them: XOR'd
 * they are zeros, which leaves 1.2 MB less to download once compressed. The browser undoes it
 * against its own instance's memory, before any of the module's code has run
 * (snapshot-room.ts), so the bytes Pyodide restores are the snapshot's own.
 */

import { snapshotHeaderBytes } from './snapshot-room';

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

/** The snapshot as shipped: a copy whose heap starts XOR'd with `initialMemory`. */
export function shippedSnapshot(snapshot: Uint8Array, initialMemory: Uint8Array): Uint8Array {
  const shipped = snapshot.slice();
  xorWith(shipped.subarray(snapshotHeaderBytes(shipped)), initialMemory);
  return shipped;
}

/**
 * The shipped snapshot made whole again, in place, from the memory of an instance no code has
 * run in yet (withRoomForSnapshot's `atInstance`): `xoredBytes` is how many bytes were XOR'd.
 */
export function unship(shipped: Uint8Array, freshMemory: WebAssembly.Memory, xoredBytes: number): void {
  xorWith(shipped.subarray(snapshotHeaderBytes(shipped)), new Uint8Array(freshMemory.buffer, 0, xoredBytes));
}
