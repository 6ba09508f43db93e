/** Writing a cache file that other processes may be reading or writing at the same moment. */
import { renameSync, writeFileSync } from 'node:fs';

/**
 * Write `data` to `path` in one step: into a file of this process's own, then renamed over it.
 * Several processes (test files, builds) may make the same cached file at once; none ever reads
 * half of one.
 */
export function writeWholeFile(path: string, data: string | Uint8Array): void {
  const partial = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}`;
  writeFileSync(partial, data);
  renameSync(partial, path);
}
