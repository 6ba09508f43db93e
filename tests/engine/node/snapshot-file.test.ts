/**
 * The grader's processes restore the engine from its snapshot file, read straight into the
 * interpreter's memory: if the reading were off by a byte, every submission would fail to start;
 * a damaged file must say so, not start a broken interpreter.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { snapshotFromFile } from '../../../src/engine/node/snapshot-file';
import { snapshotHeaderBytes } from '../../../src/engine/snapshot-room';

function snapshotLike(headerBytes: number, heap: number[]): Uint8Array {
  const bytes = new Uint8Array(headerBytes + heap.length);
  new DataView(bytes.buffer).setUint32(4, headerBytes, true);
  bytes.set([1, 2, 3], 8);
  bytes.set(heap, headerBytes);
  return bytes;
}

describe('snapshotFromFile', () => {
  const dir = mkdtempSync(join(tmpdir(), 'snapshot-file-'));

  it('holds the header now and writes the heap, byte for byte, when it is copied', () => {
    const file = join(dir, 'whole.snapshot');
    const bytes = snapshotLike(32, Array.from({ length: 1000 }, (_, i) => i % 251));
    writeFileSync(file, bytes);
    const snapshot = snapshotFromFile(file);
    expect(snapshotHeaderBytes(snapshot)).toBe(32);
    expect([...snapshot]).toEqual([...bytes.subarray(0, 32)]);
    expect(snapshot.heapBytes).toBe(1000);
    const memory = new WebAssembly.Memory({ initial: 1 });
    snapshot.memory = memory;
    expect(snapshot.subarray(32)).toHaveLength(0);
    expect([...new Uint8Array(memory.buffer, 0, 1000)]).toEqual([...bytes.subarray(32)]);
  });

  it('says a file that ends before its heap does is damaged', () => {
    const file = join(dir, 'short.snapshot');
    const bytes = snapshotLike(32, [1, 2, 3, 4]);
    writeFileSync(file, bytes);
    const snapshot = snapshotFromFile(file);
    writeFileSync(file, bytes.subarray(0, 34));
    snapshot.memory = new WebAssembly.Memory({ initial: 1 });
    expect(() => snapshot.subarray(32)).toThrow(/damaged/);
  });
});
