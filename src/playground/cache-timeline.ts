/**
 * The cache timeline's pure half (no DOM): the reader's list of requests, one a line
 * ("3601 app2 /discount/NOPE/"), read into the engine's `cache_timeline` request, and the
 * engine's answer turned into what the chart draws: one lane per app server (and one for a
 * cache they share), each request a mark (answered from the cache, or a miss that queried the
 * database), and each cache entry a bar from when it was stored to when it expires or is
 * deleted. cache-timeline-panel.ts draws it; tests/playground/cache-timeline.test.ts tests it.
 */
import type { CacheTimelineAnswer, CacheTimelineEvent, CacheTimelineRequest, ProjectFiles } from '../engine/protocol';

/** The most requests a timeline sends (the engine's limit, minidjango/cache_timeline.py). */
const MAX_REQUESTS = 200;

interface TimelineLine {
  at: number;
  server: string;
  /** The path and query, e.g. /discount/NOPE/. */
  path: string;
}

export interface TimelineStart {
  requests: Array<{ at: number; url: string; server?: string }>;
  servers: string[];
  database: string;
}

/** The site the requests go to ("http://shop.example.com") and the paths, from the exercise's start. */
function siteOf(start: TimelineStart): string {
  return new URL(start.requests[0]!.url).origin;
}

/** The exercise's starting requests as the text the reader edits. */
export function startingText(start: TimelineStart): string {
  const several = start.servers.length > 1;
  return start.requests
    .map((r) => {
      const url = new URL(r.url);
      return [String(r.at), ...(several ? [r.server ?? start.servers[0]!] : []), `${url.pathname}${url.search}`].join(' ');
    })
    .join('\n');
}

const SECONDS = /^(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?s?$/;

/** One line's time: "3601", "3,601", "0.5" or "90s"; null when it is none of those. */
export function secondsOf(word: string): number | null {
  const match = SECONDS.exec(word);
  if (!match) return null;
  return Number(match[1]!.replaceAll(',', '') + (match[2] ?? ''));
}

type ParsedTimeline = { lines: TimelineLine[] } | { problem: string; line: number };

/**
 * The reader's text, one request a line: a time in seconds, then optionally a server (one of
 * `servers`), then optionally a path (default: the line above's, or "/"). Blank lines and
 * lines starting with # are skipped. The times may not go back.
 */
export function parseTimeline(text: string, servers: string[], firstPath = '/'): ParsedTimeline {
  const lines: TimelineLine[] = [];
  let previous: TimelineLine | null = null;
  const rows = text.split('\n');
  for (let i = 0; i < rows.length; i++) {
    const words = rows[i]!.trim().split(/\s+/).filter(Boolean);
    if (words.length === 0 || words[0]!.startsWith('#')) continue;
    const number = i + 1;
    const at = secondsOf(words[0]!);
    if (at === null) return { problem: `Line ${number}: “${words[0]}” is not a time in seconds (for example 0, 60 or 3,601).`, line: number };
    if (previous && at < previous.at) {
      return { problem: `Line ${number}: ${at} s is before the line above (${previous.at} s). Requests go in the order they happen.`, line: number };
    }
    let rest = words.slice(1);
    let server: string = previous?.server ?? servers[0]!;
    if (rest[0] && !rest[0].startsWith('/')) {
      if (!servers.includes(rest[0])) {
        return { problem: `Line ${number}: “${rest[0]}” is not one of the app servers (${servers.join(', ')}), nor a path starting with /.`, line: number };
      }
      server = rest[0];
      rest = rest.slice(1);
    }
    const path: string = rest[0] ?? previous?.path ?? firstPath;
    if (!path.startsWith('/')) return { problem: `Line ${number}: the path “${path}” must start with /.`, line: number };
    if (rest.length > 1) return { problem: `Line ${number}: one request a line: a time, a server, a path (“${rest.slice(1).join(' ')}” is left over).`, line: number };
    previous = { at, server, path };
    lines.push(previous);
  }
  if (lines.length === 0) return { problem: 'Write at least one request: a time in seconds, e.g. 0.', line: 1 };
  if (lines.length > MAX_REQUESTS) return { problem: `${lines.length} requests: a timeline sends at most ${MAX_REQUESTS}.`, line: MAX_REQUESTS + 1 };
  return { lines };
}

export interface TimelineProject {
  files: ProjectFiles;
  settings_module: string;
  env?: Record<string, string>;
  installed?: string[];
}

export function timelineRequest(project: TimelineProject, lines: TimelineLine[], start: TimelineStart): CacheTimelineRequest {
  const site = siteOf(start);
  return {
    op: 'cache_timeline',
    ...project,
    servers: start.servers,
    database: start.database,
    timeline: lines.map((line) => ({ at: line.at, server: line.server, url: `${site}${line.path}` })),
  };
}

// ---- the chart ----------------------------------------------------------------------------

type Outcome = 'hit' | 'miss' | 'uncached' | 'error';

interface ChartMark {
  at: number;
  lane: number;
  outcome: Outcome;
  queries: number;
  status: number;
  label: string;
}

interface ChartBar {
  lane: number;
  key: string;
  from: number;
  /** When it stops: its expiry, or the request that deleted (or culled) it. */
  to: number;
  /** How it ends: expired at `to`, deleted (or culled) at `to`, stored again at `to`, or still there when the chart ends. */
  ends: 'expires' | 'deleted' | 'replaced' | 'kept';
}

export interface ChartModel {
  lanes: string[];
  marks: ChartMark[];
  bars: ChartBar[];
  /** The time axis: 0 to `end` seconds. */
  end: number;
  queries: number;
  hits: number;
  misses: number;
}

/** What a request did with the cache: served from it, missed (and, usually, queried), or neither. */
export function outcomeOf(event: CacheTimelineEvent): Outcome {
  if (event.response.error || event.response.status >= 500) return 'error';
  if (event.misses > 0) return 'miss';
  if (event.hits > 0) return 'hit';
  return 'uncached';
}

const SHARED_LANE = 'shared cache';

/** The chart of an answer: lanes, a mark per request, a bar per cache entry's life. */
export function chartModel(answer: CacheTimelineAnswer): ChartModel {
  const shared = answer.events.some((e) => e.held.some((h) => h.shared));
  const lanes = [...answer.servers, ...(shared ? [SHARED_LANE] : [])];
  const last = answer.events.at(-1)?.at ?? 0;
  const marks: ChartMark[] = answer.events.map((event) => ({
    at: event.at,
    lane: Math.max(0, lanes.indexOf(event.server)),
    outcome: outcomeOf(event),
    queries: event.queries,
    status: event.response.status,
    label: `${event.method} ${new URL(event.url).pathname}`,
  }));
  // Each entry's life, per lane: open from the request after which it appeared (or got a new expiry).
  const open = new Map<string, ChartBar>();
  const bars: ChartBar[] = [];
  const close = (id: string, at: number, ends: ChartBar['ends']) => {
    const bar = open.get(id)!;
    bar.to = at;
    bar.ends = ends;
    open.delete(id);
  };
  for (const event of answer.events) {
    const serverLane = lanes.indexOf(event.server);
    const seen = new Set<string>();
    for (const held of event.held) {
      const lane = held.shared ? lanes.indexOf(SHARED_LANE) : serverLane;
      for (const entry of held.entries) {
        const id = `${lane}|${held.alias}|${entry.key}`;
        seen.add(id);
        const bar = open.get(id);
        const expires = entry.expires ?? Infinity;
        if (bar && bar.to === expires && !entry.expired) continue;
        if (bar) close(id, Math.min(event.at, bar.to), bar.to <= event.at ? 'expires' : 'replaced');
        if (!entry.expired) {
          const made: ChartBar = { lane, key: entry.key, from: event.at, to: expires, ends: 'expires' };
          open.set(id, made);
          bars.push(made);
        }
      }
    }
    // An entry of this server's lanes (or of the shared one) gone from the snapshot: deleted or culled.
    const lanesSeen = new Set(event.held.map((h) => (h.shared ? lanes.indexOf(SHARED_LANE) : serverLane)));
    for (const [id, bar] of [...open]) {
      if (lanesSeen.has(bar.lane) && !seen.has(id)) close(id, Math.min(event.at, bar.to), bar.to <= event.at ? 'expires' : 'deleted');
    }
  }
  const finite = bars.map((b) => b.to).filter((to) => Number.isFinite(to));
  const end = niceEnd(Math.max(last, Math.min(Math.max(0, ...finite), Math.max(last * 1.5, 60))));
  for (const bar of bars) {
    if (bar.to > end) {
      bar.to = end;
      bar.ends = 'kept';
    }
  }
  return {
    lanes,
    marks,
    bars,
    end,
    queries: answer.events.reduce((n, e) => n + e.queries, 0),
    hits: marks.filter((m) => m.outcome === 'hit').length,
    misses: marks.filter((m) => m.outcome === 'miss').length,
  };
}

/** A round end for the time axis, a little past `seconds`. */
export function niceEnd(seconds: number): number {
  const wanted = Math.max(10, seconds * 1.05);
  const step = 10 ** Math.floor(Math.log10(wanted));
  for (const m of [1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10]) if (m * step >= wanted) return m * step;
  return 10 * step;
}

/** Tick marks for the axis: about five, at round values. */
export function ticks(end: number): number[] {
  const rough = end / 5;
  const step = 10 ** Math.floor(Math.log10(rough));
  const nice = [1, 2, 2.5, 5, 10].map((m) => m * step).find((s) => s >= rough) ?? rough;
  const out: number[] = [];
  for (let t = 0; t <= end + 1e-9; t += nice) out.push(Math.round(t * 1000) / 1000);
  return out;
}

/** "3,601 s", "1 h 0 min 1 s" is too long: seconds, with thousands separated, as the chapter writes them. */
export function secondsLabel(seconds: number): string {
  return `${seconds.toLocaleString('en-US', { maximumFractionDigits: 2 })} s`;
}

/** One sentence for the whole run (the chart's text equivalent starts with it). */
export function summaryOf(model: ChartModel): string {
  const requests = model.marks.length;
  const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
  return `${plural(requests, 'request')}: ${plural(model.hits, 'answer')} from the cache, ${plural(model.misses, 'miss', 'misses')}, ${plural(model.queries, 'database query', 'database queries')}.`;
}
