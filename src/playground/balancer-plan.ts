/**
 * The load-balancing animation's decisions, without the page: whether the reader's upstream can
 * be simulated, the `balance` request that replays what the reader has done so far (each request
 * with the servers stopped at that moment), and how one request's route is told.
 */
import type { BalanceAnswer, EngineRequest, NginxBesideAnswer, NginxUpstream, ProjectFiles } from '../engine/protocol';

type BalanceRequest = Extract<EngineRequest, { op: 'balance' }>;

type Simulation = { kind: 'ready'; upstream: NginxUpstream } | { kind: 'unavailable'; message: string };

/** What the animation can show for the check's answer about nginx.conf. */
export function simulationOf(nginx: NginxBesideAnswer | undefined): Simulation {
  if (!nginx) return { kind: 'unavailable', message: 'The checker has not read nginx.conf yet.' };
  if (!nginx.ok) {
    return {
      kind: 'unavailable',
      message: `nginx -t fails on ${nginx.conf}, so nginx would not start and no request would get through. Fix the nginx.emerg finding above, and the animation comes back.`,
    };
  }
  const upstream = nginx.upstreams[0];
  if (!upstream || upstream.servers.length === 0) {
    return {
      kind: 'unavailable',
      message: `${nginx.conf} has no upstream block, so there is nothing to balance. Add one (upstream django_backend { server 192.168.1.101:8000; ... }) and proxy_pass http://django_backend; to a location.`,
    };
  }
  return { kind: 'ready', upstream };
}

/** One request the reader has sent: who sent it, and which servers were stopped then. */
export interface SentRequest {
  client: string;
  stopped: string[];
}

/** The visitors the animation sends requests from, in turn. */
export const CLIENTS = ['203.0.113.10', '198.51.100.24', '192.0.2.77'] as const;

/** Simulated time between two requests: nginx's fail_timeout (10 s by default) passes in ten. */
const SECONDS_BETWEEN_REQUESTS = 1;

/** The longest history replayed; after it the animation starts again from a fresh nginx. */
export const MAX_HISTORY = 1000;

export function clientOf(index: number): string {
  return CLIENTS[index % CLIENTS.length]!;
}

/** The request that replays the reader's history through their upstream (servers named by address). */
export function balanceRequest(files: ProjectFiles, conf: string, upstream: string, history: SentRequest[]): BalanceRequest {
  return {
    op: 'balance',
    files,
    conf,
    upstream_name: upstream,
    requests: history.map((sent, index) => ({
      client: sent.client,
      down: sent.stopped,
      ...(index === 0 ? {} : { delay_ms: SECONDS_BETWEEN_REQUESTS * 1000 }),
    })),
  };
}

/** Whether the reader's history still fits the upstream (the same servers): else it starts again. */
export function sameServers(a: NginxUpstream, b: NginxUpstream): boolean {
  return a.name === b.name && a.servers.map((s) => s.address).join(' ') === b.servers.map((s) => s.address).join(' ');
}

export interface Route {
  client: string;
  /** The servers nginx tried that did not answer, in order. */
  failed: string[];
  /** The server that answered, or null for a 502. */
  servedBy: string | null;
  /** What the log and screen readers say. */
  text: string;
}

/** The route of request `index` of an answer. */
export function routeOf(answer: BalanceAnswer, index: number, client: string, upstream: string): Route {
  const served = answer.served_by[index] ?? 'HTTP 502';
  const tried = (answer.tried[index] ?? []).filter((name) => name !== upstream);
  const servedBy = served.startsWith('HTTP ') ? null : served;
  const failed = servedBy ? tried.filter((name) => name !== servedBy) : tried;
  const attempts = failed.map((name) => `${name} did not answer`);
  const outcome = servedBy ? `served by ${servedBy}` : `502 Bad Gateway: ${failed.length ? 'no server left to try' : 'no server is available'}`;
  return { client, failed, servedBy, text: `${client}: ${[...attempts, outcome].join(', then ')}.` };
}

/** What a server's row says of its parameters in nginx.conf. */
export function serverBadges(server: NginxUpstream['servers'][number]): string {
  return [server.weight !== 1 && `weight=${server.weight}`, server.backup && 'backup', server.down && 'down in nginx.conf'].filter(Boolean).join(', ');
}

/** How the upstream's method chooses, in a few words. */
export function methodText(method: string): string {
  switch (method) {
    case 'least_conn':
      return 'sends each request to the server with the fewest active ones (here they come one at a time, so in turn)';
    case 'ip_hash':
      return 'keeps each visitor on one server (ip_hash, by the first three parts of their address)';
    case 'hash':
      return 'chooses by hashing a key (hash)';
    case 'random':
      return 'chooses at random (real nginx may choose otherwise)';
    default:
      return 'takes turns (round robin, by weight)';
  }
}
