/**
 * One submission's own process (started by sandbox.ts, under Node's permission model: it may
 * read the engine's files and nothing else, write nothing, start no process and no worker).
 * It restores the engine's memory snapshot, seals the interpreter and locks its JavaScript down
 * (../engine/lockdown.ts) before the reader's code runs, then answers the grader on fd 3:
 *   → {"start": request}   ← {"evidence": json}     the project run, its check answered
 *   → {"ask": question}    ← {"answer": json}       one fact (minidjango/grading/evidence.py)
 * It decides nothing: the goals are judged in the grader's process. Its stdout and stderr are
 * not read for answers, so what the reader's code prints there counts for nothing.
 *
 * Run as JavaScript (child-build.ts compiles it): no TypeScript loader works without a worker.
 */
import { constants as fsConstants, readFileSync, writeSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { lockDown } from '../engine/lockdown';
import { nodeLockDownPlan } from '../engine/node/lockdown-plan';
import { makeReadOnly } from '../engine/filesystem';
import { pyodideOptions, startPythonEngine, writeEngineFiles } from '../engine/pyodide-engine';
import { withRoomForSnapshot } from '../engine/snapshot-room';
import { snapshotFromFile } from '../engine/node/snapshot-file';

interface ChildConfig {
  pyodideDir: string;
  snapshotFile: string;
  sourcesFile: string;
  /** The interpreter's WebAssembly memory may not grow past this. */
  wasmMemoryMiB: number;
}

const PAGE = 65536;
const config = JSON.parse(process.argv[2]!) as ChildConfig;
const input = process.stdin;
const send = (message: object) => {
  const line = `${JSON.stringify(message)}\n`;
  let written = 0;
  const bytes = Buffer.from(line);
  while (written < bytes.length) written += writeSync(3, bytes, written);
};

/** The memory cap: a grow past it fails, as running out of memory does (Python: MemoryError). */
function capWasmMemory(maxBytes: number): void {
  const grow = WebAssembly.Memory.prototype.grow;
  Object.defineProperty(WebAssembly.Memory.prototype, 'grow', {
    value: function (this: WebAssembly.Memory, delta: number) {
      if (this.buffer.byteLength + delta * PAGE > maxBytes) throw new RangeError('WebAssembly.Memory.grow(): the grader\'s memory cap is reached');
      return grow.call(this, delta);
    },
  });
}

/**
 * Emscripten's NODEFS reads the file-open flags from process.binding('constants'), which the
 * permission model refuses: it gets them from node:fs, the same numbers.
 */
function provideFsConstants(): void {
  const constants = Object.freeze({ fs: fsConstants });
  Object.defineProperty(process, 'binding', {
    value: (name: string) => {
      if (name === 'constants') return constants;
      throw new Error(`process.binding(${JSON.stringify(name)}) is not available here`);
    },
  });
}

/**
 * The engine's Python files from the grader's bundle of them (grade.ts `writeSourcesBundle`):
 * their bytes are written as they are, without encoding 2.7 MB of text again in each process.
 */
function installSources(pyodide: Parameters<typeof writeEngineFiles>[0], bundle: Buffer): void {
  const indexLength = bundle.readUInt32LE(0);
  const index = JSON.parse(bundle.subarray(4, 4 + indexLength).toString('utf8')) as Array<[string, number, number]>;
  const body = 4 + indexLength;
  writeEngineFiles(pyodide, index.map(([path, start, end]) => [path, bundle.subarray(body + start, body + end)]));
}

async function boot() {
  capWasmMemory(config.wasmMemoryMiB * 2 ** 20);
  provideFsConstants();
  const snapshot = snapshotFromFile(config.snapshotFile);
  const sources = readFileSync(config.sourcesFile);
  const { loadPyodide } = (await import(pathToFileURL(`${config.pyodideDir}pyodide.mjs`).href)) as typeof import('pyodide');
  const pyodide = await withRoomForSnapshot(snapshot, () =>
    loadPyodide({ indexURL: config.pyodideDir, ...pyodideOptions(), _loadSnapshot: snapshot } as Parameters<typeof loadPyodide>[0]),
  );
  installSources(pyodide, sources);
  const engine = startPythonEngine(pyodide);
  const evidence = pyodide.pyimport('minidjango.grading.evidence');
  const start = evidence.start as (request: string) => string;
  const ask = evidence.ask as (question: string) => string;
  engine.seal();
  makeReadOnly(pyodide);
  const left = lockDown(pyodide, nodeLockDownPlan());
  if (left.length) throw new Error(`could not lock the process down: ${left.join(', ')}`);
  return { start, ask };
}

boot().then(
  ({ start, ask }) => {
    send({ ready: true });
    let buffered = '';
    input.setEncoding('utf8');
    input.on('data', (chunk: string) => {
      buffered += chunk;
      let newline: number;
      while ((newline = buffered.indexOf('\n')) >= 0) {
        const message = JSON.parse(buffered.slice(0, newline)) as { start?: unknown; ask?: unknown };
        buffered = buffered.slice(newline + 1);
        try {
          if (message.start !== undefined) send({ evidence: start(JSON.stringify(message.start)) });
          else if (message.ask !== undefined) send({ answer: ask(JSON.stringify(message.ask)) });
        } catch (error) {
          send({ failed: String((error as Error)?.message ?? error).split('\n').filter(Boolean).at(-1)?.slice(0, 1000) ?? 'unknown' });
        }
      }
    });
  },
  (error: unknown) => {
    send({ failed: `the engine could not start: ${String((error as Error)?.message ?? error).slice(0, 1000)} ${(error as { resource?: string }).resource ?? ""}` });
  },
);
