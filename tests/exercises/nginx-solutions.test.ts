/**
 * Every nginx.conf an exercise's solution holds (content/exercises/<chapter>/<name>/_solution/,
 * over its _files/) passes real `nginx -t`, and our checker says the same. A failure is an
 * exercise whose answer would not start nginx on the reader's server, or a playground that
 * refuses the answer the course gives.
 *
 * Solutions listen on port 80 and 443, so real nginx checks them only inside a network
 * namespace of its own (tools/oracle/nginx_oracle.py --sandboxed-only).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { NginxAnswer } from '../../src/engine/protocol';
import { useEngine } from '../support/engine';
import { ORACLE, hostsFileNames, realNginx, type NginxTruth } from '../support/real-nginx';

const EXERCISES = fileURLToPath(new URL('../../content/exercises/', import.meta.url));

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

/** Each solution's nginx.conf with the files beside it (the solution over the starter files). */
function solutions() {
  const found: Array<{ name: string; config: string; files: Record<string, string> }> = [];
  for (const exercise of filesUnder(EXERCISES).filter((f) => f.endsWith('/checks.py')).map(dirname)) {
    const merged = new Map<string, string>();
    for (const folder of ['_files', '_solution']) {
      for (const file of filesUnder(join(exercise, folder))) merged.set(relative(join(exercise, folder), file), file);
    }
    for (const [path, file] of merged) {
      if (!path.endsWith('nginx.conf') || !file.includes('/_solution/')) continue;
      const confDir = dirname(path) === '.' ? '' : `${dirname(path)}/`;
      const files: Record<string, string> = {};
      for (const [other, otherFile] of merged) {
        if (other !== path && other.startsWith(confDir)) files[`conf/${other.slice(confDir.length)}`] = readFileSync(otherFile, 'utf8');
      }
      found.push({ name: relative(EXERCISES, file), config: readFileSync(file, 'utf8'), files });
    }
  }
  return found;
}

const cases = solutions();
const nginx = realNginx();
const engine = useEngine();

function sandboxedCheck(inputs: typeof cases): NginxTruth[] | string {
  const done = spawnSync('python3', [ORACLE, '--sandboxed-only', 'syntax'], { input: JSON.stringify(inputs), encoding: 'utf8' });
  if (done.status === 3) return 'no network namespace can be made here, and the solutions bind ports 80 and 443';
  if (done.status !== 0) throw new Error(done.stderr);
  return JSON.parse(done.stdout) as NginxTruth[];
}

describe('exercise solutions pass nginx -t', () => {
  if (cases.length === 0) {
    it.skip('no exercise solution has an nginx.conf yet (content/exercises/**/_solution/**/nginx.conf)', () => {});
    return;
  }
  if (!nginx.available) {
    it.skip(`SKIPPED, real nginx cannot run here: ${nginx.why}`, () => {});
    return;
  }
  const truths = sandboxedCheck(cases);
  if (typeof truths === 'string') {
    it.skip(`SKIPPED: ${truths}`, () => {});
    return;
  }
  it.each(cases.map((c, i) => [c.name, c, truths[i]!] as const))('%s', async (_name, c, truth) => {
    expect(truth.raw_output).not.toMatch(/\[(emerg|crit|alert)\]/);
    expect(truth.ok).toBe(true);
    const answer = (await engine.client.call({
      op: 'nginx',
      files: { 'conf/nginx.conf': c.config, ...c.files },
      conf: 'conf/nginx.conf',
      prefix: '/usr/local/nginx/',
      hosts: hostsFileNames(),
    })) as NginxAnswer;
    expect(answer.errors).toEqual([]);
    expect(answer.ok).toBe(true);
  });
});
