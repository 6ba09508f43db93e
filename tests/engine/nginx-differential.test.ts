/**
 * Our nginx checker against real nginx, on a few hundred generated configurations (seeded, from
 * the directive table: valid ones, broken ones, near-valid ones; tools/oracle/generators/
 * nginx_configs.py). For each, `nginx -t` and our checker must agree: the same ok, and the same
 * `[level] message` lines with the same line and file. A disagreement is a config where a
 * reader would see the playground accept what nginx refuses (or the reverse), or point at
 * another line than nginx does.
 */
import { describe, expect, it } from 'vitest';
import { compareNginxSyntax, NGINX_PREFIX } from '../../src/conformance/compare';
import type { NginxAnswer } from '../../src/engine/protocol';
import { useEngine } from '../support/engine';
import { generatedConfigs, hostsFileNames, realNginx } from '../support/real-nginx';

const SEEDS = [20261201, 7];
const PER_SEED = 150;

const nginx = realNginx();
const engine = useEngine();

describe.skipIf(!nginx.available)('nginx -t and our checker agree on generated configurations', () => {
  it.each(SEEDS)('seed %i', async (seed) => {
    const configs = generatedConfigs(seed, PER_SEED);
    const truths = nginx.check(configs);
    const hosts = hostsFileNames();
    const disagreements: string[] = [];
    for (const [i, input] of configs.entries()) {
      const answer = (await engine.client.call({
        op: 'nginx',
        files: { 'conf/nginx.conf': input.config, ...input.files },
        conf: 'conf/nginx.conf',
        prefix: `${NGINX_PREFIX}/`,
        hosts,
      })) as NginxAnswer;
      const differences = compareNginxSyntax(truths[i]!, answer);
      if (differences.length) disagreements.push(`${input.name}:\n  ${differences.join('\n  ')}\n  nginx said: ${truths[i]!.raw_output}`);
    }
    expect(disagreements).toEqual([]);
  }, 300_000);
});

if (!nginx.available) {
  it.skip(`nginx -t and our checker agree: SKIPPED, real nginx cannot run here: ${nginx.why} (CI installs it: .ci/run)`, () => {});
}
