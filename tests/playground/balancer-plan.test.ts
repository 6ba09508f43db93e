/**
 * The load-balancing animation's decisions: when it can run on the reader's nginx.conf, the
 * request that replays what they did, and how each request's route is told. If they broke, the
 * animation would run on a file nginx refuses, forget a stopped server, or tell the wrong story.
 */
import { describe, expect, it } from 'vitest';
import type { BalanceAnswer, NginxBesideAnswer, NginxUpstream } from '../../src/engine/protocol';
import { CLIENTS, balanceRequest, clientOf, methodText, routeOf, sameServers, serverBadges, simulationOf } from '../../src/playground/balancer-plan';

const UPSTREAM: NginxUpstream = {
  name: 'django_backend',
  method: 'round_robin',
  servers: [
    { address: '192.168.1.101:8000', weight: 1, backup: false, down: false },
    { address: '192.168.1.102:8000', weight: 1, backup: false, down: false },
  ],
};
const answer = (over: Partial<NginxBesideAnswer>): NginxBesideAnswer => ({ ok: true, errors: [], conf: 'nginx.conf', upstreams: [UPSTREAM], ...over });

describe('whether the animation can run', () => {
  it.each<[string, NginxBesideAnswer | undefined, string | null]>([
    ['an accepted file with an upstream', answer({}), null],
    ['no answer yet', undefined, 'has not read nginx.conf yet'],
    ['a file nginx -t refuses', answer({ ok: false, upstreams: [] }), 'nginx -t fails on nginx.conf, so nginx would not start'],
    ['no upstream block', answer({ upstreams: [] }), 'nginx.conf has no upstream block'],
    ['an empty upstream block', answer({ upstreams: [{ ...UPSTREAM, servers: [] }] }), 'no upstream block'],
  ])('%s', (_what, nginx, message) => {
    const simulation = simulationOf(nginx);
    if (message === null) expect(simulation).toEqual({ kind: 'ready', upstream: UPSTREAM });
    else expect(simulation.kind === 'unavailable' && simulation.message).toContain(message);
  });
});

describe('the replayed history', () => {
  it('sends each request with the servers stopped at that moment, one simulated second apart', () => {
    const request = balanceRequest({ 'nginx.conf': 'x' }, 'nginx.conf', 'django_backend', [
      { client: '203.0.113.10', stopped: [] },
      { client: '198.51.100.24', stopped: ['192.168.1.101:8000'] },
    ]);
    expect(request).toEqual({
      op: 'balance',
      files: { 'nginx.conf': 'x' },
      conf: 'nginx.conf',
      upstream_name: 'django_backend',
      requests: [
        { client: '203.0.113.10', down: [] },
        { client: '198.51.100.24', down: ['192.168.1.101:8000'], delay_ms: 1000 },
      ],
    });
  });

  it('visitors take turns', () => {
    expect([0, 1, 2, 3].map(clientOf)).toEqual([...CLIENTS, CLIENTS[0]]);
  });

  it.each<[string, NginxUpstream, boolean]>([
    ['the same servers with other parameters', { ...UPSTREAM, method: 'least_conn', servers: UPSTREAM.servers.map((s) => ({ ...s, backup: true })) }, true],
    ['a server added', { ...UPSTREAM, servers: [...UPSTREAM.servers, { address: '192.168.1.103:8000', weight: 1, backup: true, down: false }] }, false],
    ['another upstream', { ...UPSTREAM, name: 'other' }, false],
  ])('the history is kept for %s: %s', (_what, changed, kept) => {
    expect(sameServers(UPSTREAM, changed)).toBe(kept);
  });
});

describe("a request's route", () => {
  const balance = (served_by: string[], tried: string[][]): BalanceAnswer => ({ ok: true, errors: [], served_by, status: [], tried });
  it.each<[string, BalanceAnswer, { failed: string[]; servedBy: string | null; text: string }]>([
    [
      'served at once',
      balance(['192.168.1.101:8000'], [['192.168.1.101:8000']]),
      { failed: [], servedBy: '192.168.1.101:8000', text: '203.0.113.10: served by 192.168.1.101:8000.' },
    ],
    [
      'failed over',
      balance(['192.168.1.102:8000'], [['192.168.1.101:8000', '192.168.1.102:8000']]),
      {
        failed: ['192.168.1.101:8000'],
        servedBy: '192.168.1.102:8000',
        text: '203.0.113.10: 192.168.1.101:8000 did not answer, then served by 192.168.1.102:8000.',
      },
    ],
    [
      'every server tried',
      balance(['HTTP 502'], [['192.168.1.101:8000', '192.168.1.102:8000']]),
      {
        failed: ['192.168.1.101:8000', '192.168.1.102:8000'],
        servedBy: null,
        text: '203.0.113.10: 192.168.1.101:8000 did not answer, then 192.168.1.102:8000 did not answer, then 502 Bad Gateway: no server left to try.',
      },
    ],
    [
      'no server live (nginx names the upstream)',
      balance(['HTTP 502'], [['django_backend']]),
      { failed: [], servedBy: null, text: '203.0.113.10: 502 Bad Gateway: no server is available.' },
    ],
  ])('%s', (_what, answer, route) => {
    expect(routeOf(answer, 0, '203.0.113.10', 'django_backend')).toEqual({ client: '203.0.113.10', ...route });
  });
});

it.each([
  ['round_robin', 'takes turns'],
  ['least_conn', 'fewest active'],
  ['ip_hash', 'keeps each visitor on one server'],
  ['hash', 'hashing a key'],
  ['random', 'at random'],
])('the method %s is told as "%s"', (method, words) => {
  expect(methodText(method)).toContain(words);
});

it.each<[string, { weight: number; backup: boolean; down: boolean }, string]>([
  ['a plain server', { weight: 1, backup: false, down: false }, ''],
  ['a weighted backup', { weight: 3, backup: true, down: false }, 'weight=3, backup'],
  ['a server marked down', { weight: 1, backup: false, down: true }, 'down in nginx.conf'],
])("a server's row shows its parameters: %s", (_what, server, badges) => {
  expect(serverBadges({ address: '192.168.1.101:8000', ...server })).toBe(badges);
});
