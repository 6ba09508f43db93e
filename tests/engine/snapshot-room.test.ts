/**
 * A snapshot of a heap bigger than the memory Pyodide starts with must still restore: without
 * the room made for it, the engine could not start at all ("offset is out of bounds") once the
 * engine's warm-up grew the heap past 30 MiB, and no playground would ever answer. And a snapshot
 * whose heap is written in place (HeapLaterSnapshot, as the grader's processes read it from its
 * file) must restore the very same interpreter.
 */
import { fileURLToPath } from 'node:url';
import { loadPyodide, type PyodideAPI } from 'pyodide';
import { beforeAll, describe, expect, it } from 'vitest';
import { HeapLaterSnapshot, pagesToGrow, snapshotHeaderBytes, snapshotHeapBytes, withRoomForSnapshot } from '../../src/engine/snapshot-room';

const indexURL = fileURLToPath(new URL('../../node_modules/pyodide/', import.meta.url));
const MiB = 1 << 20;

describe('pagesToGrow', () => {
  it.each([
    [30 * MiB, 30 * MiB, 0],
    [30 * MiB, 20 * MiB, 0],
    [30 * MiB, 36 * MiB, 96],
    [30 * MiB, 30 * MiB + 1, 1],
  ])('memory of %i bytes, heap of %i: %i pages', (current, heap, pages) => {
    expect(pagesToGrow(current, heap)).toBe(pages);
  });
});

describe('withRoomForSnapshot', () => {
  let snapshot: Uint8Array;
  beforeAll(async () => {
    const maker = (await loadPyodide({ indexURL, _makeSnapshot: true } as Parameters<typeof loadPyodide>[0])) as PyodideAPI & {
      makeMemorySnapshot(): Uint8Array;
    };
    maker.runPython('import sys; sys.kept = bytearray(12 * 1024 * 1024); sys.kept[-1] = 7');
    snapshot = maker.makeMemorySnapshot();
  }, 300_000);

  it('restores a snapshot whose heap outgrew the starting memory, and puts WebAssembly back', async () => {
    const { instantiate } = WebAssembly;

    const restored = await withRoomForSnapshot(Promise.resolve(snapshot), () =>
      loadPyodide({ indexURL, _loadSnapshot: snapshot } as Parameters<typeof loadPyodide>[0]),
    );

    expect(snapshotHeapBytes(snapshot)).toBeGreaterThan(30 * MiB);
    expect(restored.runPython('import sys; sys.kept[-1]')).toBe(7);
    expect(WebAssembly.instantiate).toBe(instantiate);
  }, 300_000);

  it('restores a snapshot whose heap is written straight into the memory, once', async () => {
    const headerBytes = snapshotHeaderBytes(snapshot);
    const writes: number[] = [];
    const later = new HeapLaterSnapshot(snapshot.subarray(0, headerBytes), snapshot.length - headerBytes, (heap) => {
      writes.push(heap.length);
      heap.set(snapshot.subarray(headerBytes));
    });

    const restored = await withRoomForSnapshot(later, () => loadPyodide({ indexURL, _loadSnapshot: later } as Parameters<typeof loadPyodide>[0]));

    expect(snapshotHeapBytes(later)).toBe(snapshotHeapBytes(snapshot));
    expect(writes).toEqual([snapshotHeapBytes(snapshot)]);
    expect(restored.runPython('import sys; sys.kept[-1]')).toBe(7);
  }, 300_000);

  it('refuses a heap-later snapshot restored where its memory is not known', () => {
    const later = new HeapLaterSnapshot(new Uint8Array(16), 64, () => {});
    expect(later.subarray(4, 8)).toHaveLength(4);
    expect(() => later.subarray(16)).toThrow(/outside withRoomForSnapshot/);
  });
});
