/** The engine's snapshot read from its file in Node, its heap straight into the interpreter's memory. */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { HeapLaterSnapshot, snapshotHeaderBytes } from '../snapshot-room';

function readFully(fd: number, into: Uint8Array, position: number): void {
  for (let done = 0; done < into.length; ) {
    const read = readSync(fd, into, done, into.length - done, position + done);
    if (read === 0) throw new Error('the engine snapshot ends early: its file is damaged');
    done += read;
  }
}

/** For loadPyodide's `_loadSnapshot`, inside withRoomForSnapshot (which hands it the memory). */
export function snapshotFromFile(path: string): HeapLaterSnapshot {
  const fd = openSync(path, 'r');
  const start = new Uint8Array(8);
  readFully(fd, start, 0);
  const header = new Uint8Array(snapshotHeaderBytes(start));
  readFully(fd, header, 0);
  return new HeapLaterSnapshot(header, fstatSync(fd).size - header.length, (heap) => {
    try {
      readFully(fd, heap, header.length);
    } finally {
      closeSync(fd);
    }
  });
}
