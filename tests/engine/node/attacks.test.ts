/**
 * The reader's code attacking the Node engine (what the page's worker and a teachers' grader
 * run): every way it once had to JavaScript, and what it could do from there. Each attack is
 * ordinary settings code; a small HTTP server stands for the outside world and must hear
 * nothing. Before: `isolation._baseline.modules['pyodide_js']`, `interrupts._buffer[0]` and
 * `proxy.constructor.constructor` all led to JavaScript, and from there to the network and the
 * machine's files (process.getBuiltinModule).
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Worker } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EngineStoppedError } from '../../../src/engine/client';
import { useEngine } from '../../support/engine';

const engine = useEngine({ timeLimitMs: 5000 });
const heard: string[] = [];
let server: Server;
let url = '';

beforeAll(async () => {
  server = createServer((request, response) => {
    heard.push(request.url ?? '');
    response.end('ok');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

/** Run `code` as the reader's settings; what it leaves in RESULT comes back (as repr), or the error. */
async function attack(code: string): Promise<{ result?: string; error?: string; stopped?: EngineStoppedError }> {
  const settings = `import sys, gc\nURL = ${JSON.stringify(url)}\n${code}\nraise RuntimeError("RESULT=" + repr(RESULT))\n`;
  try {
    const answer = await engine.check({ 'mysite/settings.py': settings });
    const message = answer.error?.message ?? '';
    return message.startsWith('RESULT=') ? { result: message.slice(7) } : { error: `${answer.error?.type}: ${message}` };
  } catch (error) {
    if (error instanceof EngineStoppedError) return { stopped: error };
    throw error;
  }
}

/**
 * The module objects alive in the interpreter, found the way an attacker would: through gc
 * (whose get_objects() leaves out what start-up made, frozen by api.seal(), until unfrozen).
 */
const FIND_MODULE = `
def module(name):
    gc.unfreeze()
    for o in gc.get_objects():
        if type(o) is type(sys) and o.__name__ == name:
            return o
`;

describe("the reader's code, looking for JavaScript", () => {
  it("finds no bridge module in the engine's baseline, sys.modules or the import hooks", async () => {
    const outcome = await attack(`
import minidjango.isolation as isolation
baseline = isolation._baseline
RESULT = (
    sorted(n for n in baseline.modules if n.partition(".")[0] in ("js", "pyodide_js", "pyodide", "_pyodide", "_pyodide_core")),
    sorted(n for n in sys.modules if n.partition(".")[0] in ("js", "pyodide_js", "pyodide", "_pyodide", "_pyodide_core")),
    [type(f).__name__ for f in sys.meta_path if "Js" in type(f).__name__],
)`);
    expect(outcome).toEqual({ result: '([], [], [])' });
  });

  it('finds no JsProxy in the time limit\'s state (the interrupt buffer is read without one)', async () => {
    const outcome = await attack(`
import minidjango.interrupts as interrupts
RESULT = [name for name, value in vars(interrupts).items() if "JsProxy" in type(value).__name__ or (isinstance(value, list) and any("JsProxy" in type(v).__name__ for v in value))]`);
    expect(outcome).toEqual({ result: '[]' });
  });

  it('cannot import js or pyodide_js, even with the import blocker removed from sys.meta_path', async () => {
    const outcome = await attack(`
sys.meta_path[:] = [f for f in sys.meta_path if "Hide" not in repr(f)]
RESULT = []
for name in ("js", "pyodide_js"):
    try:
        __import__(name)
        RESULT.append(name + " imported")
    except ImportError as exc:
        RESULT.append(type(exc).__name__)`);
    expect(outcome).toEqual({ result: "['ModuleNotFoundError', 'ModuleNotFoundError']" });
  });

  it('gets a JsProxy through gc, but no code from it: constructor.constructor refuses', async () => {
    const outcome = await attack(`${FIND_MODULE}
ffi = module("pyodide.ffi")
proxy = ffi.to_js([1, 2])
RESULT = []
for make in (lambda: proxy.constructor.constructor("return globalThis")(),
             lambda: ffi.create_proxy(lambda: 1).constructor.constructor("return globalThis")()):
    try:
        make()
        RESULT.append("reached")
    except Exception as exc:
        RESULT.append(str(exc))
`);
    expect(outcome.result).toBeDefined();
    expect(outcome.result).not.toContain('reached');
    expect(outcome.result).toMatch(/Creating code from a string is not available.*Creating code from a string is not available/);
  });

  it("cannot hook V8's stack traces (which hand out the frames' functions and this)", async () => {
    const outcome = await attack(`${FIND_MODULE}
ffi = module("pyodide.ffi")
try:
    ffi.to_js([]).constructor(-1)  # Array(-1): a RangeError, whose class leads to Error
except Exception as exc:
    range_error = exc.js_error.constructor
Error = ffi.to_js({}).constructor.getPrototypeOf(range_error) if hasattr(ffi.to_js({}).constructor, "getPrototypeOf") else None
RESULT = [range_error.name, getattr(Error, "name", None)]
for target in (Error, range_error):
    try:
        target.prepareStackTrace = ffi.create_proxy(lambda error, frames: frames)
    except Exception as exc:
        pass
    RESULT.append(repr(target.prepareStackTrace))`);
    // Error's hook stays unset; RangeError's own property is never read by V8.
    expect(outcome.result).toMatch(/^\['RangeError', 'Error', 'None'/);
  });

  it("reaches Emscripten's eval through ctypes, which refuses: the worker is replaced, nothing is sent", async () => {
    const outcome = await attack(`
import ctypes
libc = ctypes.CDLL(None)
libc.emscripten_run_script(("fetch(" + repr(URL + "ctypes") + ")").encode())
RESULT = "ran"`);
    expect(outcome.stopped).toBeInstanceOf(EngineStoppedError);
    expect(outcome.stopped!.message).toMatch(/eval is not available/);
    const after = await engine.check({ 'mysite/settings.py': 'DEBUG = True\n' });
    expect(after.messages.map((m) => m.id)).toContain('security.W018');
    expect(heard).toEqual([]);
  });
});

describe("the worker thread's JavaScript, if the reader's code reached it", () => {
  it('has no eval, no Function from functions, no network, no Node modules, no process to end', async () => {
    const worker = new Worker(new URL('./fixtures/locked-worker.mjs', import.meta.url), { workerData: { url } });
    const report = await new Promise<{ left: string[]; results: Record<string, string> }>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
    });
    await worker.terminate();
    expect(report.left).toEqual([]);
    for (const [attempt, outcome] of Object.entries(report.results)) {
      expect(outcome, attempt).not.toMatch(/^worked/);
    }
    expect(heard).toEqual([]);
  });
});
