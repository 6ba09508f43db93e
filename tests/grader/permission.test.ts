/**
 * The wall itself, for the day a submission's Python reaches JavaScript anyway: code running in a
 * submission's process with the real `process` in hand can read no file outside the engine, write
 * none, start no process and no worker. (The flags are the grader's own: permissionFlags.)
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { permissionFlags } from '../../src/grader/sandbox';

describe("a submission's process", () => {
  it('cannot read, write, spawn or start a worker, even with the real process object', () => {
    const dir = realpathSync(mkdtempSync(join(tmpdir(), 'grader-wall-')));
    const secret = join(dir, 'secret.txt');
    writeFileSync(secret, 'the teacher\'s token');
    const probe = join(dir, 'probe', 'probe.mjs');
    execFileSync('mkdir', ['-p', join(dir, 'probe')]);
    writeFileSync(
      probe,
      `import fs from 'node:fs';
import cp from 'node:child_process';
import { Worker } from 'node:worker_threads';
const tries = {
  read: () => fs.readFileSync(${JSON.stringify(secret)}, 'utf8'),
  readEtc: () => fs.readFileSync('/etc/passwd', 'utf8'),
  write: () => fs.writeFileSync(${JSON.stringify(join(dir, 'written'))}, 'x'),
  spawn: () => cp.execSync('touch ${join(dir, 'spawned')}'),
  worker: () => new Worker('setTimeout(() => {}, 1)', { eval: true }),
  binding: () => process.binding('fs'),
};
const out = {};
for (const [name, attempt] of Object.entries(tries)) {
  try { attempt(); out[name] = 'allowed'; } catch (e) { out[name] = e.code ?? e.message; }
}
console.log(JSON.stringify(out));`,
    );
    const flags = permissionFlags({ readable: [`${join(dir, 'probe')}/*`], heapMiB: 64 });
    const out = JSON.parse(execFileSync(process.execPath, [...flags, probe], { env: {}, encoding: 'utf8' })) as Record<string, string>;
    expect(out).toEqual({
      read: 'ERR_ACCESS_DENIED',
      readEtc: 'ERR_ACCESS_DENIED',
      write: 'ERR_ACCESS_DENIED',
      spawn: 'ERR_ACCESS_DENIED',
      worker: 'ERR_ACCESS_DENIED',
      binding: 'ERR_ACCESS_DENIED',
    });
    expect(existsSync(join(dir, 'written'))).toBe(false);
    expect(existsSync(join(dir, 'spawned'))).toBe(false);
  });
});
