/**
 * Real nginx for tests: `nginx -t` on configurations, through tools/oracle/nginx_oracle.py
 * (a fresh prefix per configuration, inside a private network namespace when one can be made).
 *
 *   const nginx = realNginx();        // { available: false, why } when nginx cannot run here
 *   const answers = nginx.check([{ config, files }]);
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { NginxSyntaxCase } from '../../src/conformance/cases';

export const ORACLE = fileURLToPath(new URL('../../tools/oracle/nginx_oracle.py', import.meta.url));
export const GENERATOR = fileURLToPath(new URL('../../tools/oracle/generators/nginx_configs.py', import.meta.url));

export interface NginxInput {
  config: string;
  files?: Record<string, string>;
}

export type NginxTruth = NginxSyntaxCase['expected'] & { raw_output: string };

export interface RealNginx {
  available: boolean;
  /** Why nginx cannot run here (when not available). */
  why: string;
  check(inputs: NginxInput[]): NginxTruth[];
}

function runOracle(inputs: NginxInput[]): NginxTruth[] {
  const done = spawnSync('python3', [ORACLE, 'syntax'], {
    input: JSON.stringify(inputs),
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (done.status !== 0) throw new Error(`nginx_oracle.py failed: ${done.stderr}`);
  return JSON.parse(done.stdout) as NginxTruth[];
}

export function realNginx(): RealNginx {
  const version = spawnSync('nginx', ['-v'], { encoding: 'utf8' });
  if (version.error || version.status !== 0) {
    return { available: false, why: `nginx is not installed (${version.error?.message ?? version.stderr})`, check: () => [] };
  }
  try {
    const [probe] = runOracle([{ config: 'events {}\n' }]);
    if (!probe?.ok) return { available: false, why: `nginx -t fails on "events {}": ${probe?.raw_output}`, check: () => [] };
  } catch (error) {
    return { available: false, why: String(error), check: () => [] };
  }
  return { available: true, why: '', check: runOracle };
}

/** The names this machine's hosts file resolves (what real nginx -t resolves, with no DNS). */
export function hostsFileNames(): Record<string, string[]> {
  const hosts: Record<string, string[]> = {};
  let text = '';
  try {
    text = readFileSync('/etc/hosts', 'utf8');
  } catch {
    return { localhost: ['127.0.0.1'] };
  }
  for (const line of text.split('\n')) {
    const [address, ...names] = line.replace(/#.*/, '').trim().split(/\s+/);
    if (!address || names.length === 0) continue;
    for (const name of names) (hosts[name.toLowerCase()] ??= []).push(address);
  }
  return hosts;
}

/** The generator's configurations (seeded: the same list on every machine). */
export function generatedConfigs(seed: number, count: number): Array<NginxInput & { name: string }> {
  const done = spawnSync('python3', [GENERATOR, '--seed', String(seed), '--count', String(count)], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (done.status !== 0) throw new Error(`nginx_configs.py failed: ${done.stderr}`);
  return JSON.parse(done.stdout);
}
