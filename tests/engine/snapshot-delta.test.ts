/**
 * The snapshot as the site ships it, its first heap bytes XOR'd with a fresh instance's memory.
 * If shipping or undoing it went wrong, the browser's Python would start from a corrupt heap (a
 * crash, or worse, wrong answers); if it XOR'd the wrong bytes, the download would not shrink.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadPyodide, type PyodideAPI } from 'pyodide';
import { beforeAll, describe, expect, it } from 'vitest';
import { initialMemory } from '../../src/engine/build/wasm-memory';
import { shippedSnapshot, unship, xorWith } from '../../src/engine/snapshot-delta';
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

describe('the shipped snapshot', () => {
  let snapshot: Uint8Array;
  const fresh = initialMemory(readFileSync(`${indexURL}pyodide.asm.wasm`));
  beforeAll(async () => {
    const maker = (await loadPyodide({ indexURL, _makeSnapshot: true } as Parameters<typeof loadPyodide>[0])) as PyodideAPI & {
      makeMemorySnapshot(): Uint8Array;
    };
    maker.runPython('import sys; sys.kept = "kept across the snapshot"');
    snapshot = maker.makeMemorySnapshot();
  }, 300_000);

  it("is mostly zeros where the heap still holds the wasm's data, and the same size", () => {
    const shipped = shippedSnapshot(snapshot, fresh);
    expect(shipped.length).toBe(snapshot.length);
    const xored = shipped.subarray(snapshotHeaderBytes(shipped), snapshotHeaderBytes(shipped) + fresh.length);
    expect(xored.filter((byte) => byte === 0).length / xored.length).toBeGreaterThan(0.95);
    expect(shipped.subarray(0, snapshotHeaderBytes(shipped))).toEqual(snapshot.subarray(0, snapshotHeaderBytes(snapshot)));
  });

  it('is made whole, byte for byte, from the memory of the instance Pyodide creates, and restores', async () => {
    const shipped = shippedSnapshot(snapshot, fresh);
    let whole = false;
    const restored = await withRoomForSnapshot(
      shipped,
      () => loadPyodide({ indexURL, _loadSnapshot: shipped } as Parameters<typeof loadPyodide>[0]),
      (bytes, memory) => {
        unship(bytes, memory, fresh.length);
        whole = bytes.every((byte, i) => byte === snapshot[i]);
      },
    );
    expect(whole).toBe(true);
    expect(restored.runPython('import sys; sys.kept')).toBe('kept across the snapshot');
  }, 300_000);
});
