/**
 * What a WebAssembly module's memory holds the moment an instance of it exists, before any of
 * its code runs: its active data segments, each copied to its offset over zeros. Read from the
 * module's binary (the data section, id 11), not by instantiating it: pyodide.asm.wasm imports a
 * few hundred functions from Emscripten's JavaScript.
 *
 * Binary format: https://webassembly.github.io/spec/core/binary/modules.html
 */

const SECTION_START = 8;
const SECTION_DATA = 11;
const OP_I32_CONST = 0x41;
const OP_END = 0x0b;

class Reader {
  constructor(
    private readonly bytes: Uint8Array,
    public at = 0,
  ) {}

  byte(): number {
    if (this.at >= this.bytes.length) throw new Error('the wasm module ends in the middle of a section');
    return this.bytes[this.at++]!;
  }

  /** An unsigned LEB128 number (sizes, counts, indices). */
  unsigned(): number {
    let value = 0;
    for (let shift = 0; ; shift += 7) {
      const byte = this.byte();
      value += (byte & 0x7f) * 2 ** shift;
      if (byte < 0x80) return value;
    }
  }

  /** A signed LEB128 32-bit number (an i32.const), as the unsigned address it is. */
  signed32(): number {
    let value = 0;
    let shift = 0;
    let byte: number;
    do {
      byte = this.byte();
      value |= (byte & 0x7f) << shift;
      shift += 7;
    } while (byte & 0x80);
    if (shift < 32 && byte & 0x40) value |= -1 << shift;
    return value >>> 0;
  }

  take(length: number): Uint8Array {
    const part = this.bytes.subarray(this.at, this.at + length);
    this.at += length;
    return part;
  }
}

/** An active segment's offset: `i32.const N; end` (a global's value would need an instance). */
function constantOffset(reader: Reader): number {
  if (reader.byte() !== OP_I32_CONST) throw new Error('a data segment of the wasm module has an offset that is not a constant');
  const offset = reader.signed32();
  if (reader.byte() !== OP_END) throw new Error('a data segment of the wasm module has an offset that is not a constant');
  return offset;
}

/** Memory 0's bytes at instantiation, up to the end of its last active data segment. */
export function initialMemory(wasm: Uint8Array): Uint8Array {
  const reader = new Reader(wasm, SECTION_START);
  const segments: Array<{ offset: number; data: Uint8Array }> = [];
  while (reader.at < wasm.length) {
    const id = reader.byte();
    const size = reader.unsigned();
    const end = reader.at + size;
    // Its start function would run, and could write to memory, before anyone sees the instance.
    if (id === SECTION_START) throw new Error('the wasm module has a start function: its memory at instantiation is not just its data');
    if (id === SECTION_DATA) {
      for (let count = reader.unsigned(); count > 0; count--) {
        const kind = reader.unsigned();
        if (kind === 1) {
          reader.take(reader.unsigned()); // passive: copied by memory.init when code asks
          continue;
        }
        const memoryIndex = kind === 2 ? reader.unsigned() : 0;
        const offset = constantOffset(reader);
        const data = reader.take(reader.unsigned());
        if (memoryIndex === 0) segments.push({ offset, data });
      }
    }
    reader.at = end;
  }
  const memory = new Uint8Array(Math.max(0, ...segments.map(({ offset, data }) => offset + data.length)));
  for (const { offset, data } of segments) memory.set(data, offset);
  return memory;
}
