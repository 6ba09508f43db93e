/**
 * The balancer replays every balancing case recorded from real nginx (the shared corpus and
 * ours, tools/oracle/cases/nginx-balancing/) request by request: who served each request and,
 * stricter than the conformance runner, every server it tried on the way. The playground's
 * animation draws those tries; a difference here is a request drawn going somewhere nginx
 * would not send it.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { NginxBalancingCase } from '../../src/conformance/cases';
import type { BalanceAnswer } from '../../src/engine/protocol';
import { useEngine } from '../support/engine';

const FOLDERS = [
  new URL('../../tools/oracle/cases/nginx-balancing/', import.meta.url),
  new URL('../../../shared/conformance/nginx/balancing/', import.meta.url),
];
const cases = FOLDERS.filter((folder) => existsSync(folder)).flatMap((folder) =>
  readdirSync(folder)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => [name, JSON.parse(readFileSync(new URL(name, folder), 'utf8')) as NginxBalancingCase] as const),
);

const engine = useEngine();

describe('balancing cases recorded from real nginx', () => {
  it.each(cases)('%s', async (_name, c) => {
    const { expected, kind: _kind, description: _description, client_keepalive: _keepalive, ...request } = c;
    const answer = (await engine.client.call({ op: 'balance', ...request })) as BalanceAnswer;
    expect(answer.ok).toBe(true);
    expect({ served_by: answer.served_by, status: answer.status, tried: answer.tried }).toEqual(expected);
  });
});

describe('the balancer', () => {
  it('refuses an upstream nginx would refuse, with nginx\'s words', async () => {
    const answer = (await engine.client.call({
      op: 'balance',
      upstream: 'ip_hash;\nserver 127.0.0.1:18101;\nserver 127.0.0.1:18102 backup;',
      requests: [{ client: '127.0.0.1' }],
    })) as BalanceAnswer;
    expect(answer.ok).toBe(false);
    expect(answer.errors.map((e) => e.message)).toEqual(['balancing method does not support parameter "backup"']);
  });

  it('routes the reader\'s own upstream block from their nginx.conf', async () => {
    const conf = `events {}
http {
    upstream django { server 127.0.0.1:8001 weight=2; server 127.0.0.1:8002; }
    server { listen 80; location / { proxy_pass http://django; proxy_next_upstream off; } }
}
`;
    const answer = (await engine.client.call({
      op: 'balance',
      files: { 'nginx.conf': conf },
      upstream_name: 'django',
      backends: { app1: '127.0.0.1:8001', app2: '127.0.0.1:8002' },
      requests: [{ client: '127.0.0.1' }, { client: '127.0.0.1' }, { client: '127.0.0.1', down: ['app1'] }, { client: '127.0.0.1' }],
    })) as BalanceAnswer;
    expect(answer.served_by).toEqual(['app1', 'app2', 'HTTP 502', 'app2']);
    expect(answer.upstream?.servers.map((s) => [s.name, s.weight])).toEqual([['app1', 2], ['app2', 1]]);
  });

  it('answers for every one of 1,000 requests (the animation and the bench send that many)', async () => {
    const requests = Array.from({ length: 1000 }, (_, i) => ({ client: `10.0.0.${i % 250}` }));
    const answer = (await engine.client.call({
      op: 'balance',
      upstream: 'server 127.0.0.1:8001;\nserver 127.0.0.1:8002;',
      backends: { app1: '127.0.0.1:8001', app2: '127.0.0.1:8002' },
      requests,
    })) as BalanceAnswer;
    expect(answer.served_by).toHaveLength(1000);
    expect(answer.served_by.slice(-2)).toEqual(['app1', 'app2']);
  });

  // Requests that change nothing are routed in one go, the repeats of a cycle copied
  // (balance.py _route_alike); `duration_ms: 0` changes nothing but makes each request one to
  // route on its own, as every request was before.
  it.each([
    ['weights, a server failing, a backup', 'server 127.0.0.1:8001 weight=3;\nserver 127.0.0.1:8002 max_fails=2;\nserver 127.0.0.1:8003;\nserver 127.0.0.1:8004 backup;'],
    ['least_conn, a long fail_timeout', 'least_conn;\nserver 127.0.0.1:8001 weight=5 fail_timeout=30s;\nserver 127.0.0.1:8002 weight=2 max_fails=3;\nserver 127.0.0.1:8003 max_fails=0;'],
    ['two primaries, one down in the file', 'server 127.0.0.1:8001 weight=4;\nserver 127.0.0.1:8002 down;\nserver 127.0.0.1:8003 weight=3 max_fails=1 fail_timeout=5s;\nserver 127.0.0.1:8004 backup weight=2;'],
  ])('routes requests that change nothing as it routes them one by one: %s', async (_name, upstream) => {
    const changes: Array<Record<string, unknown>> = [
      { down: ['b2'] }, { down: ['b1', 'b3'] }, { delay_ms: 4_000 }, { down: [] }, { down: ['b1', 'b2', 'b3'] }, { delay_ms: 31_000, down: ['b3'] },
    ];
    const requests = Array.from({ length: 700 }, (_, i) => ({ client: `10.0.0.${i % 250}`, ...(i % 100 === 37 ? changes[(i - 37) / 100] : {}) }));
    const backends = { b1: '127.0.0.1:8001', b2: '127.0.0.1:8002', b3: '127.0.0.1:8003', b4: '127.0.0.1:8004' };
    const routed = (lines: typeof requests) => engine.client.call({ op: 'balance', upstream, backends, requests: lines });
    const together = await routed(requests);
    const oneByOne = await routed(requests.map((request) => ({ ...request, duration_ms: 0 })));
    expect(together.status).toContain(200);
    expect(together.tried.some((names) => names.length > 1)).toBe(true);
    expect({ served_by: together.served_by, tried: together.tried, status: together.status }).toEqual({
      served_by: oneByOne.served_by,
      tried: oneByOne.tried,
      status: oneByOne.status,
    });
  });
});
