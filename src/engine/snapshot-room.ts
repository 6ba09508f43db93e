/**
 * Room for a memory snapshot bigger than the memory Pyodide starts with.
 *
 * Pyodide 314.0.7 restores a snapshot by copying it over the wasm instance's memory, which
 * starts at the size compiled into pyodide.asm.wasm (30 MiB). It asks Emscripten for
 * INITIAL_MEMORY = the snapshot's size, but this build ignores that, so a snapshot taken after
 * the engine's warm-up grew the heap past 30 MiB fails with "offset is out of bounds". Growing
 * the memory as soon as the instance exists, before Emscripten makes its views of it, gives the
 * copy the room it needs; the snapshot then overwrites all of it.
 */

const PAGE = 65536;

/**
 * A snapshot whose heap is not read yet: its header (with the JSON Pyodide keeps beside the
 * heap) and a function that writes the heap into the interpreter's memory when Pyodide copies it
 * there. Pyodide's restoreSnapshot reads the header, takes `snapshot.subarray(headerBytes)` and
 * copies that over the memory (HEAP8.set); that subarray writes the heap in place instead and is
 * empty. Reading a 38 MB file into a buffer only to copy the buffer again cost each of the
 * grader's processes 50 ms.
 */
export class HeapLaterSnapshot extends Uint8Array {
  static get [Symbol.species]() {
    return Uint8Array;
  }

  /** The interpreter's memory, once withRoomForSnapshot has seen its instance. */
  memory: WebAssembly.Memory | null = null;

  constructor(
    header: Uint8Array,
    readonly heapBytes: number,
    private readonly writeHeap: (into: Uint8Array) => void,
  ) {
    super(header.length);
    this.set(header);
  }

  override subarray(begin?: number, end?: number): Uint8Array<ArrayBuffer> {
    if (begin !== this.length || end !== undefined) return super.subarray(begin, end);
    if (!this.memory) throw new Error('the snapshot was restored outside withRoomForSnapshot');
    this.writeHeap(new Uint8Array(this.memory.buffer, 0, this.heapBytes));
    return new Uint8Array(0);
  }
}

/** The size of the heap a snapshot holds: everything after its header (Pyodide's layout). */
export function snapshotHeapBytes(snapshot: Uint8Array): number {
  if (snapshot instanceof HeapLaterSnapshot) return snapshot.heapBytes;
  return snapshot.byteLength - snapshotHeaderBytes(snapshot);
}

/** How many bytes of a snapshot's start are its header: the heap follows them. */
export function snapshotHeaderBytes(start: Uint8Array): number {
  return new DataView(start.buffer, start.byteOffset, 8).getUint32(4, true);
}

/** How many pages `memory` must grow by to hold `heapBytes`. */
export function pagesToGrow(currentBytes: number, heapBytes: number): number {
  return Math.max(0, Math.ceil(heapBytes / PAGE) - currentBytes / PAGE);
}

/** Called with the snapshot and the memory of an instance that exists but has run no code yet. */
type AtInstance<S extends Uint8Array> = (snapshot: S, memory: WebAssembly.Memory) => void;

async function grow<S extends Uint8Array>(instance: WebAssembly.Instance, snapshot: S | Promise<S>, atInstance?: AtInstance<S>): Promise<void> {
  const memory = instance.exports.memory;
  if (!(memory instanceof WebAssembly.Memory)) return;
  const bytes = await snapshot;
  atInstance?.(bytes, memory);
  memory.grow(pagesToGrow(memory.buffer.byteLength, snapshotHeapBytes(bytes)));
  if (bytes instanceof HeapLaterSnapshot) bytes.memory = memory;
}

type Instantiated = WebAssembly.Instance | WebAssembly.WebAssemblyInstantiatedSource;

function instanceOf(result: Instantiated): WebAssembly.Instance {
  return result instanceof WebAssembly.Instance ? result : result.instance;
}

/**
 * Run `load` (a loadPyodide call given `snapshot`, or the promise of it, as Pyodide accepts) with
 * every wasm instance it creates grown to the snapshot's heap size; `atInstance` sees each
 * instance's memory first (the browser's shipped snapshot keeps what it needs of it, shipped-snapshot.ts).
 * WebAssembly's instantiate functions are put back when it settles.
 */
export async function withRoomForSnapshot<T, S extends Uint8Array = Uint8Array>(
  snapshot: S | Promise<S>,
  load: () => Promise<T>,
  atInstance?: AtInstance<S>,
): Promise<T> {
  const wasm = WebAssembly as { instantiate: typeof WebAssembly.instantiate; instantiateStreaming?: typeof WebAssembly.instantiateStreaming };
  const { instantiate, instantiateStreaming } = wasm;
  wasm.instantiate = (async (...args: Parameters<typeof WebAssembly.instantiate>) => {
    const result = (await instantiate.apply(WebAssembly, args)) as Instantiated;
    await grow(instanceOf(result), snapshot, atInstance);
    return result;
  }) as typeof WebAssembly.instantiate;
  if (instantiateStreaming) {
    wasm.instantiateStreaming = async (...args: Parameters<typeof WebAssembly.instantiateStreaming>) => {
      const result = await instantiateStreaming.apply(WebAssembly, args);
      await grow(result.instance, snapshot, atInstance);
      return result;
    };
  }
  try {
    return await load();
  } finally {
    wasm.instantiate = instantiate;
    if (instantiateStreaming) wasm.instantiateStreaming = instantiateStreaming;
  }
}
