/**
 * The nginx operation as the playground uses it: the reader's files in, nginx's findings out,
 * each with the place the editor marks. (What nginx says is checked against real nginx by the
 * conformance corpus and tests/engine/nginx-differential.test.ts; this file checks where the
 * squiggles go, and that bad input never breaks the engine.)
 */
import { describe, expect, it } from 'vitest';
import type { NginxAnswer, NginxFinding } from '../../src/engine/protocol';
import { useEngine } from '../support/engine';

const engine = useEngine();
const check = async (files: Record<string, string>, extra: Record<string, unknown> = {}) =>
  (await engine.client.call({ op: 'nginx', files, ...extra })) as NginxAnswer;
const only = (answer: NginxAnswer): NginxFinding => {
  expect(answer.errors).toHaveLength(1);
  return answer.errors[0]!;
};

describe('where a finding is marked', () => {
  it('marks the unknown directive\'s name, on nginx\'s line', async () => {
    const finding = only(await check({ 'nginx.conf': 'events {}\nhttp {\n    gzipp on;\n}\n' }));
    expect(finding).toMatchObject({ id: 'nginx.emerg', message: 'unknown directive "gzipp"', line: 3 });
    expect(finding.location).toEqual({ file: 'nginx.conf', line: 3, col: 5, endLine: 3, endCol: 10 });
  });

  it('marks the value nginx refuses, not the whole directive', async () => {
    const finding = only(await check({ 'nginx.conf': 'events {}\nhttp {\n    gzip_comp_level 10;\n}\n' }));
    expect(finding.location).toMatchObject({ line: 3, col: 21, endCol: 23 });
  });

  it('names the included file by the key the page gave it, and nginx\'s path in `file`', async () => {
    const finding = only(
      await check({
        'nginx.conf': 'events {}\nhttp {\n    include conf.d/*.conf;\n}\n',
        'conf.d/proxy.conf': 'proxy_set_header Host $host;\nproxy_set_headr X $remote_addr;\n',
      }),
    );
    expect(finding).toMatchObject({ line: 2, file: '/etc/nginx/conf.d/proxy.conf' });
    expect(finding.location).toMatchObject({ file: 'conf.d/proxy.conf', line: 2, col: 1 });
  });

  it('counts columns as the editor does (UTF-16) and lines across CRLF', async () => {
    const finding = only(await check({ 'nginx.conf': 'events {}\r\n# café ☃\r\nhttp { server { listen 80; return 200 "☃ $nope"; } }\r\n' }));
    expect(finding).toMatchObject({ message: 'unknown "nope" variable', line: null });
    expect(finding.location).toMatchObject({ line: 3, col: 39 });
  });

  it('has no place for what nginx says of the whole configuration', async () => {
    const finding = only(await check({ 'nginx.conf': 'http {}\n' }));
    expect(finding).toMatchObject({ message: 'no "events" section in configuration', line: null, location: null });
  });

  it('resolves only the hosts it is told resolve', async () => {
    const conf = { 'nginx.conf': 'events {}\nhttp { server { location / { proxy_pass http://app:8000; } } }\n' };
    expect(only(await check(conf)).message).toBe('host not found in upstream "app"');
    expect((await check(conf, { hosts: ['app'] })).ok).toBe(true);
  });
});

describe('bad input', () => {
  it('answers binary garbage, a cycle of includes and an unterminated quote, and stays usable', async () => {
    const garbage = Array.from({ length: 2000 }, (_, i) => String.fromCharCode((i * 7919) % 0x3000)).join('');
    const inputs: Array<Record<string, string>> = [
      { 'nginx.conf': garbage },
      { 'nginx.conf': 'events {}\ninclude a.conf;\n', 'a.conf': 'include b.conf;\n', 'b.conf': 'include a.conf;\n' },
      { 'nginx.conf': 'events {}\nhttp { server { return 200 "never closed; } }\n' },
    ];
    for (const files of inputs) {
      const answer = await check(files);
      expect(answer.ok).toBe(false);
      expect(answer.errors.at(-1)?.level).toMatch(/emerg|crit/);
    }
    expect((await check({ 'nginx.conf': 'events {}\n' })).ok).toBe(true);
  });
});
