/**
 * Reading what a wasm module's memory holds at instantiation from its binary. If this read a
 * segment wrongly, the shipped snapshot (shipped-snapshot.ts) would be XOR'd with the wrong bytes
 * at build time, and the browser's Python would start from a corrupt heap and crash.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { initialMemory } from '../../../src/engine/build/wasm-memory';

const leb = (n: number): number[] => {
  const out: number[] = [];
  do {
    let byte = n & 0x7f;
    n >>>= 7;
    if (n) byte |= 0x80;
    out.push(byte);
  } while (n);
  return out;
};
const signedLeb = (n: number): number[] => {
  const out: number[] = [];
  for (;;) {
    const byte = n & 0x7f;
    n >>= 7;
    if ((n === 0 && !(byte & 0x40)) || (n === -1 && byte & 0x40)) return [...out, byte];
    out.push(byte | 0x80);
  }
};
const section = (id: number, body: number[]) => [id, ...leb(body.length), ...body];
const bytesOf = (text: string) => [...new TextEncoder().encode(text)];

/** A module with one exported memory of one page and the given data segments. */
function moduleWith(segments: number[][], extra: number[] = []): Uint8Array<ArrayBuffer> {
  const memory = section(5, [1, 0x00, 1]);
  const exports = section(7, [1, ...leb(6), ...bytesOf('memory'), 0x02, 0]);
  const data = section(11, [...leb(segments.length), ...segments.flat()]);
  return new Uint8Array([0x00, 0x61, 0x73, 0x6d, 1, 0, 0, 0, ...memory, ...exports, ...extra, ...data]);
}
const active = (offset: number, data: number[]) => [0x00, 0x41, ...signedLeb(offset), 0x0b, ...leb(data.length), ...data];
const activeInMemory0 = (offset: number, data: number[]) => [0x02, 0x00, 0x41, ...signedLeb(offset), 0x0b, ...leb(data.length), ...data];
const passive = (data: number[]) => [0x01, ...leb(data.length), ...data];

function instantiatedMemory(wasm: Uint8Array<ArrayBuffer>, length: number): Uint8Array {
  const instance = new WebAssembly.Instance(new WebAssembly.Module(wasm));
  return new Uint8Array((instance.exports.memory as WebAssembly.Memory).buffer, 0, length);
}

describe('initialMemory', () => {
  it.each([
    ['one segment at 0', [active(0, [1, 2, 3])]],
    ['segments with gaps, out of order, one overwriting another', [active(300, bytesOf('later')), active(16, [9, 9, 9, 9]), active(17, [5])]],
    ['an offset past 127 and past 2^14 (multi-byte LEBs)', [active(200, [1]), active(20_000, bytesOf('far'))]],
    ['the explicit memory-0 form, and a passive segment that instantiation does not copy', [activeInMemory0(8, [7, 7]), passive(bytesOf('not copied'))]],
  ])('is what an instance starts with: %s', (_, segments) => {
    const wasm = moduleWith(segments);
    const memory = initialMemory(wasm);
    expect(memory).toEqual(instantiatedMemory(wasm, memory.length));
  });

  it('ends at the end of the last segment', () => {
    expect(initialMemory(moduleWith([active(40, [1, 2]), active(10, [3])])).length).toBe(42);
    expect(initialMemory(moduleWith([])).length).toBe(0);
  });

  it('refuses a module with a start function, whose code could change memory before anyone sees it', () => {
    const withStart = moduleWith([active(0, [1])], section(8, [0]));
    expect(() => initialMemory(withStart)).toThrow(/start function/);
  });

  it("reads Pyodide's own module: its 3 MB of data, from the first pages of memory", () => {
    const memory = initialMemory(readFileSync(new URL('../../../node_modules/pyodide/pyodide.asm.wasm', import.meta.url)));
    expect(memory.length).toBeGreaterThan(1_000_000);
    expect(memory.length).toBeLessThan(30 * 1024 * 1024);
  });
});
