/**
 * What a Node worker thread of the engine loses once started (see ../lockdown.ts). `process` is
 * the way to Node's modules (files, child processes, the network: process.getBuiltinModule), so
 * it is replaced by what Pyodide itself reads of it.
 */
import type { LockDownPlan } from '../lockdown';

function lockedProcess(): object {
  const { version, versions, platform } = process;
  const hrtime = process.hrtime.bind(process);
  const bigint = process.hrtime.bigint.bind(process.hrtime);
  const quiet = Object.freeze({ write: () => true, isTTY: false });
  return Object.freeze({
    version,
    versions: Object.freeze({ ...versions }),
    platform,
    release: Object.freeze({ name: 'node' }),
    argv: Object.freeze([]),
    env: Object.freeze({}),
    exitCode: undefined,
    browser: undefined,
    stdout: quiet,
    stderr: quiet,
    getuid: () => 0,
    umask: () => 0o22,
    cwd: () => '/',
    hrtime: Object.assign((previous?: [number, number]) => hrtime(previous), { bigint: () => bigint() }),
  });
}

export function nodeLockDownPlan(): LockDownPlan {
  return {
    scope: globalThis,
    globals: ['fetch', 'WebSocket', 'EventSource', 'BroadcastChannel', 'navigator', 'require', 'module'],
    replacements: { process: lockedProcess() },
  };
}
