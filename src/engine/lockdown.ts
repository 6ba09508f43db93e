/**
 * The worker's JavaScript, made useless to the reader's Python once the engine has started.
 *
 * Python in Pyodide can always find a way to JavaScript: Pyodide's C module `_pyodide_core` is
 * built in, and `ctypes` reaches Emscripten's `emscripten_run_script`. The engine keeps no JsProxy
 * where Python can walk to it (minidjango/isolation.py `seal`), but the boundary is here: after
 * start-up the worker has no code from strings (no `eval`, no `Function` from a function's
 * `constructor`), no network, no storage and no way to post to the page but the engine's own,
 * captured before (`post` in serve.ts). Each environment lists its own globals (browser/worker.ts,
 * node/worker.ts); what is common is done here.
 */
import type { PyodideAPI } from 'pyodide';

/** Pyodide's API that reaches the network or the outside (loading packages, mounting folders). */
const PYODIDE_API = [
  'loadPackage',
  'loadPackagesFromImports',
  'mountNativeFS',
  'mountNodeFS',
  'registerJsModule',
  'runPythonAsync',
  'runPython',
  'pyimport',
  'setStdin',
  'setStdout',
  'setStderr',
] as const;

function refuse(what: string) {
  return function refused(): never {
    throw new Error(`${what} is not available to the checker's Python`);
  };
}

/** A function named `name` that only refuses (what `fn.constructor` gives now). */
function refusingConstructor(name: string) {
  const refused = refuse('Creating code from a string');
  Object.defineProperty(refused, 'name', { value: name });
  return Object.freeze(refused);
}

/**
 * Replace `name` on `target` by `value` (or delete it); returns whether it is gone. For good,
 * unless `configurable` (Pyodide's fatal-error handler redefines its API itself).
 */
function replace(target: object, name: string, value: unknown, configurable = false): boolean {
  try {
    Object.defineProperty(target, name, { value, writable: false, configurable, enumerable: false });
  } catch {
    try {
      delete (target as Record<string, unknown>)[name];
    } catch {
      // neither replaceable nor deletable: reported below
    }
  }
  return (target as Record<string, unknown>)[name] === value;
}

export interface LockDownPlan {
  /** The global scope (self, globalThis). */
  scope: object;
  /** Globals that reach the network, storage or other contexts: removed. */
  globals: readonly string[];
  /** Properties of `navigator` to remove (storage, service workers...). */
  navigator?: readonly string[];
  /** Globals replaced by safe versions (e.g. a process object without builtins). */
  replacements?: Record<string, unknown>;
}

/**
 * Lock the worker down. Returns the names that could not be removed (none on the engines we
 * test: tests/engine/lockdown.test.ts and tests/site/worker-lockdown.test.ts).
 */
export function lockDown(pyodide: PyodideAPI, plan: LockDownPlan): string[] {
  const left: string[] = [];
  const api = pyodide as unknown as Record<string, unknown>;
  for (const name of PYODIDE_API) if (name in api) replace(api, name, refuse(`pyodide.${name}`), true) || left.push(`pyodide.${name}`);

  // Code from strings: eval, and the constructors every function leads to (fn.constructor).
  const scope = plan.scope as Record<string, unknown>;
  if (!replace(scope, 'eval', refuse('eval'))) left.push('eval');
  const kinds: Array<[string, unknown]> = [
    ['Function', function () {}],
    ['AsyncFunction', async function () {}],
    ['GeneratorFunction', function* () {}],
    ['AsyncGeneratorFunction', async function* () {}],
  ];
  for (const [name, example] of kinds) {
    const prototype = Object.getPrototypeOf(example) as object;
    if (!replace(prototype, 'constructor', refusingConstructor(name))) left.push(`${name}.prototype.constructor`);
  }
  for (const name of ['setTimeout', 'setInterval'] as const) {
    const original = scope[name] as ((handler: unknown, ...rest: unknown[]) => unknown) | undefined;
    if (typeof original !== 'function') continue;
    // A string handler is code from a string, as eval is.
    const onlyFunctions = function (this: unknown, handler: unknown, ...rest: unknown[]) {
      if (typeof handler !== 'function') throw new TypeError(`${name} takes a function here`);
      return original.call(this, handler, ...rest);
    };
    if (!replace(scope, name, onlyFunctions)) left.push(name);
  }
  // V8's stack-trace hook hands out the functions and `this` of the frames on the stack.
  if (typeof Error === 'function' && !replace(Error, 'prepareStackTrace', undefined)) left.push('Error.prepareStackTrace');

  for (const name of plan.globals) if (name in scope && !replace(scope, name, undefined)) left.push(name);
  const navigator = scope.navigator as object | undefined;
  if (navigator) for (const name of plan.navigator ?? []) if (name in navigator && !replace(navigator, name, undefined)) left.push(`navigator.${name}`);
  for (const [name, value] of Object.entries(plan.replacements ?? {})) if (!replace(scope, name, value)) left.push(name);
  return left;
}
