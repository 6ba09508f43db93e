/**
 * The snapshot as the site ships it: its first heap bytes XOR'd with a fresh instance's memory,
 * its zero pages left out. If shipping or restoring it went wrong, the browser's Python would
 * start from a corrupt heap (a crash, or worse, wrong answers); if it kept what it can leave out,
 * every visit would read and copy twice the bytes.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadPyodide, type PyodideAPI } from 'pyodide';
import { beforeAll, describe, expect, it } from 'vitest';
import { initialMemory } from '../../src/engine/build/wasm-memory';
import { ShippedSnapshot, shippedSize, shippedSnapshot, xorWith } from '../../src/engine/shipped-snapshot';
import { snapshotHeaderBytes, withRoomForSnapshot } from '../../src/engine/snapshot-room';

const indexURL = fileURLToPath(new URL('../../node_modules/pyodide/', import.meta.url));

describe('xorWith', () => {
  it.each([
    ['aligned, whole words', 0, 8],
    ['aligned, with a tail', 0, 11],
    ['unaligned', 1, 9],
  ])('XORs every byte of the base into the heap and undoes itself: %s', (_, offset, length) => {
    const heap = new Uint8Array(32).map((_, i) => i * 7);
    const original = heap.slice();
    const base = new Uint8Array(length + offset).map((_, i) => 255 - i).subarray(offset);
    const part = heap.subarray(offset);
    xorWith(part, base);
    for (let i = 0; i < length; i++) expect(part[i]).toBe(original[offset + i]! ^ base[i]!);
    expect(heap.subarray(offset + length)).toEqual(original.subarray(offset + length));
    xorWith(part, base);
    expect(heap).toEqual(original);
  });

  it('refuses a base longer than the heap', () => {
    expect(() => xorWith(new Uint8Array(2), new Uint8Array(3))).toThrow(/shorter/);
  });
});

/** A snapshot in Pyodide's layout: 8 bytes (magic, header size), a JSON header, then the heap. */
function fakeSnapshot(heap: Uint8Array): Uint8Array {
  const header = new Uint8Array(16);
  new DataView(header.buffer).setUint32(4, header.length, true);
  header.set(new TextEncoder().encode('{"a":1}'), 8);
  const snapshot = new Uint8Array(header.length + heap.length);
  snapshot.set(header);
  snapshot.set(heap, header.length);
  return snapshot;
}

/** Restore `shipped` into `memory` as loadPyodide would: the fresh memory seen first, then the heap copied. */
function restoreInto(memory: WebAssembly.Memory, shipped: Uint8Array, dirty: (heap: Uint8Array) => void): Uint8Array {
  const snapshot = new ShippedSnapshot(shippedSize(shipped)).arrive(shipped);
  snapshot.keepFreshMemory(memory);
  dirty(new Uint8Array(memory.buffer));
  snapshot.memory = memory;
  expect(snapshot.subarray(snapshot.length)).toHaveLength(0);
  return new Uint8Array(memory.buffer, 0, snapshot.heapBytes);
}

describe('a shipped snapshot', () => {
  const KiB = 1024;
  // Three 64 KiB wasm pages: data segments in the first 10 KiB, zero pages, a page straddling the
  // XOR'd bytes' end, and data at the very end.
  const initial = new Uint8Array(10 * KiB).map((_, i) => (i * 13) % 251);
  const heap = new Uint8Array(192 * KiB);
  heap.set(initial);
  heap.fill(0, 4 * KiB, 8 * KiB); // changed since instantiation: zeros where the wasm had data
  heap[11 * KiB] = 7; // past the data segments, in the page the XOR'd bytes end in
  heap.fill(9, 40 * KiB, 41 * KiB);
  heap[192 * KiB - 1] = 1;
  const snapshot = fakeSnapshot(heap);
  const fresh = () => {
    const memory = new WebAssembly.Memory({ initial: 3 });
    new Uint8Array(memory.buffer).set(initial);
    return memory;
  };

  it('leaves out the pages that are zeros, and those unchanged since instantiation', () => {
    const shipped = shippedSnapshot(snapshot, initial);
    // Pages kept: 4-8 KiB (changed), 8-12 KiB (changed, and 11 KiB), 40-44 KiB, the last one.
    expect(shipped.length).toBeLessThan(snapshot.length / 8);
    expect(shipped.subarray(0, snapshotHeaderBytes(shipped))).toEqual(snapshot.subarray(0, snapshotHeaderBytes(snapshot)));
  });

  it('restores the heap byte for byte, whatever ran in the instance before the restore', () => {
    const restored = restoreInto(fresh(), shippedSnapshot(snapshot, initial), (memory) => {
      memory.fill(0xee, 0, 2 * KiB); // a data segment's bytes changed by the module's start-up
      memory.fill(0xee, 20 * KiB, 21 * KiB); // a zero page written
      memory[150 * KiB] = 3;
    });
    expect(Buffer.from(restored).equals(heap)).toBe(true);
  });

  it('restores a heap that is all zeros, or has no data segments', () => {
    const zeros = new Uint8Array(128 * KiB);
    const memory = new WebAssembly.Memory({ initial: 2 });
    const restored = restoreInto(memory, shippedSnapshot(fakeSnapshot(zeros), new Uint8Array(0)), (m) => m.fill(5, 0, 100));
    expect(Buffer.from(restored).equals(zeros)).toBe(true);
  });

  it('refuses to restore before its bytes are in, or without having seen the fresh memory', () => {
    const shipped = shippedSnapshot(snapshot, initial);
    const early = new ShippedSnapshot(shippedSize(shipped));
    early.memory = fresh();
    expect(() => early.subarray(early.length)).toThrow(/before it arrived/);
    early.arrive(shipped);
    expect(() => early.subarray(early.length)).toThrow(/fresh instance's memory/);
  });

  it("refuses bytes that are not the snapshot the build described (a stale cache's)", () => {
    const other = shippedSnapshot(fakeSnapshot(new Uint8Array(64 * KiB)), initial);
    expect(() => new ShippedSnapshot(shippedSize(shippedSnapshot(snapshot, initial))).arrive(other)).toThrow(/not the one this site was built with/);
  });
});

describe("Pyodide's own snapshot, shipped", () => {
  let snapshot: Uint8Array;
  const wasmFresh = initialMemory(readFileSync(`${indexURL}pyodide.asm.wasm`));
  beforeAll(async () => {
    const maker = (await loadPyodide({ indexURL, _makeSnapshot: true } as Parameters<typeof loadPyodide>[0])) as PyodideAPI & {
      makeMemorySnapshot(): Uint8Array;
    };
    maker.runPython('import sys; sys.kept = "kept across the snapshot"');
    snapshot = maker.makeMemorySnapshot();
  }, 300_000);

  it('is restored by Pyodide, which holds it before its bytes are in, from the memory of the instance it creates', async () => {
    const bytes = shippedSnapshot(snapshot, wasmFresh);
    const shipped = new ShippedSnapshot(shippedSize(bytes));
    const arrived = new Promise<ShippedSnapshot>((resolve) => setTimeout(() => resolve(shipped.arrive(bytes)), 200));
    const restored = await withRoomForSnapshot(
      arrived,
      () => loadPyodide({ indexURL, _loadSnapshot: shipped } as Parameters<typeof loadPyodide>[0]),
      (arrivedSnapshot, memory) => arrivedSnapshot.keepFreshMemory(memory),
    );
    expect(restored.runPython('import sys; sys.kept')).toBe('kept across the snapshot');
  }, 300_000);

  it('is much smaller than the snapshot', () => {
    const shipped = shippedSnapshot(snapshot, wasmFresh);
    expect(shipped.length).toBeLessThan(snapshot.length / 2);
  });
});
