/**
 * The cache timeline's pure half: the reader's lines of requests read into the engine's
 * request, and the engine's answer turned into the chart. If this broke, the chapter's timeline
 * would send requests at the wrong second or to the wrong server, refuse a line it should take
 * without saying which, or draw an entry that outlives its expiry or a hit that was a miss.
 */
import { describe, expect, it } from 'vitest';
import type { CacheTimelineAnswer, CacheTimelineEvent } from '../../src/engine/protocol';
import {
  chartModel,
  niceEnd,
  outcomeOf,
  parseTimeline,
  secondsOf,
  startingText,
  summaryOf,
  ticks,
  timelineRequest,
  type TimelineStart,
} from '../../src/playground/cache-timeline';

const START: TimelineStart = {
  requests: [
    { at: 0, url: 'http://shop.example.com/', server: 'app1' },
    { at: 5, url: 'http://shop.example.com/', server: 'app2' },
    { at: 10, url: 'http://shop.example.com/price/5/?x=1', server: 'app1' },
  ],
  servers: ['app1', 'app2'],
  database: 'shop.database.current_price',
};

describe('the reader’s lines', () => {
  it('start as the exercise’s requests, a server named only when there are several', () => {
    expect(startingText(START)).toBe('0 app1 /\n5 app2 /\n10 app1 /price/5/?x=1');
    expect(startingText({ ...START, servers: ['app1'] })).toBe('0 /\n5 /\n10 /price/5/?x=1');
  });

  it('read times as the chapter writes them', () => {
    expect([secondsOf('0'), secondsOf('3601'), secondsOf('3,601'), secondsOf('0.5'), secondsOf('90s')]).toEqual([0, 3601, 3601, 0.5, 90]);
    expect([secondsOf('1h'), secondsOf('-1'), secondsOf('36,01')]).toEqual([null, null, null]);
  });

  it('keep the line above’s server and path when a line gives only a time', () => {
    expect(parseTimeline('0 app2 /a/\n# a comment\n\n60\n3,601 app1', ['app1', 'app2'])).toEqual({
      lines: [
        { at: 0, server: 'app2', path: '/a/' },
        { at: 60, server: 'app2', path: '/a/' },
        { at: 3601, server: 'app1', path: '/a/' },
      ],
    });
    expect(parseTimeline('0', ['app1'], '/start/')).toEqual({ lines: [{ at: 0, server: 'app1', path: '/start/' }] });
  });

  it('say which line is wrong, and why', () => {
    expect(parseTimeline('0\nsoon', ['app1'])).toEqual({ problem: expect.stringMatching(/^Line 2: “soon” is not a time/), line: 2 });
    expect(parseTimeline('60\n30', ['app1'])).toMatchObject({ problem: expect.stringMatching(/^Line 2: 30 s is before the line above \(60 s\)/) });
    expect(parseTimeline('0 app3 /', ['app1', 'app2'])).toMatchObject({ problem: expect.stringContaining('“app3” is not one of the app servers (app1, app2)') });
    expect(parseTimeline('0 app1 / extra', ['app1'])).toMatchObject({ problem: expect.stringContaining('“extra” is left over') });
    expect(parseTimeline('\n# only a comment', ['app1'])).toMatchObject({ problem: expect.stringContaining('at least one request') });
    expect(parseTimeline(Array.from({ length: 201 }, (_, i) => String(i)).join('\n'), ['app1'])).toMatchObject({ problem: expect.stringContaining('at most 200') });
  });

  it('become the engine’s request, on the exercise’s site', () => {
    const project = { files: { 'a.py': '' }, settings_module: 'mysite.settings' };
    expect(timelineRequest(project, [{ at: 3601, server: 'app2', path: '/x/?q=1' }], START)).toEqual({
      op: 'cache_timeline',
      files: { 'a.py': '' },
      settings_module: 'mysite.settings',
      servers: ['app1', 'app2'],
      database: 'shop.database.current_price',
      timeline: [{ at: 3601, server: 'app2', url: 'http://shop.example.com/x/?q=1' }],
    });
  });
});

function event(at: number, server: string, fields: Partial<CacheTimelineEvent>): CacheTimelineEvent {
  return {
    at,
    server,
    method: 'GET',
    url: 'http://shop.example.com/',
    response: { status: 200, reason: 'OK', headers: [], body: 'Tea' },
    cache: [],
    hits: 0,
    misses: 0,
    queries: 0,
    held: [],
    ...fields,
  };
}

const held = (entries: Array<{ key: string; expires: number | null; expired?: boolean }>, shared = false) => [
  { alias: 'default', shared, count: entries.length, entries: entries.map((e) => ({ expired: false, ...e })) },
];

describe('the chart', () => {
  it('draws the paper’s view: a miss, hits, the entry until it expires at 3,600 s, a miss again', () => {
    const answer: CacheTimelineAnswer = {
      error: null,
      servers: ['app1'],
      events: [
        event(0, 'app1', { misses: 1, queries: 1, held: held([{ key: ':1:k', expires: 3600 }]) }),
        event(60, 'app1', { hits: 1, held: held([{ key: ':1:k', expires: 3600 }]) }),
        event(3601, 'app1', { misses: 1, queries: 1, held: held([{ key: ':1:k', expires: 7201 }]) }),
      ],
    };
    const model = chartModel(answer);
    expect(model.lanes).toEqual(['app1']);
    expect(model.marks.map((m) => [m.at, m.outcome, m.queries])).toEqual([[0, 'miss', 1], [60, 'hit', 0], [3601, 'miss', 1]]);
    expect(model.bars[0]).toMatchObject({ lane: 0, key: ':1:k', from: 0, to: 3600, ends: 'expires' });
    expect(model.bars[1]).toMatchObject({ from: 3601, ends: 'kept' });
    expect(model.bars[1]!.to).toBe(model.end);
    expect(model.end).toBeGreaterThanOrEqual(3601);
    expect(summaryOf(model)).toBe('3 requests: 1 answer from the cache, 2 misses, 2 database queries.');
  });

  it('ends a bar where a delete took the entry away, on that server’s lane only', () => {
    const answer: CacheTimelineAnswer = {
      error: null,
      servers: ['app1', 'app2'],
      events: [
        event(0, 'app1', { misses: 1, queries: 1, held: held([{ key: ':1:k', expires: 3600 }]) }),
        event(5, 'app2', { misses: 1, queries: 1, held: held([{ key: ':1:k', expires: 3605 }]) }),
        event(10, 'app1', { held: held([]) }),
      ],
    };
    const bars = chartModel(answer).bars;
    expect(bars.map((b) => [b.lane, b.from, b.ends])).toEqual([[0, 0, 'deleted'], [1, 5, 'kept']]);
    expect(bars[0]!.to).toBe(10);
  });

  it('gives a shared cache a lane of its own, where every server’s requests land', () => {
    const answer: CacheTimelineAnswer = {
      error: null,
      servers: ['app1', 'app2'],
      events: [
        event(0, 'app1', { misses: 1, queries: 1, held: held([{ key: ':1:k', expires: 60 }], true) }),
        event(5, 'app2', { hits: 1, held: held([{ key: ':1:k', expires: 60 }], true) }),
        event(70, 'app2', { misses: 1, queries: 1, held: held([{ key: ':1:k', expires: 130 }], true) }),
      ],
    };
    const model = chartModel(answer);
    expect(model.lanes).toEqual(['app1', 'app2', 'shared cache']);
    expect(model.bars.map((b) => [b.lane, b.from, b.to, b.ends])).toEqual([[2, 0, 60, 'expires'], [2, 70, 130, 'expires']]);
    expect(model.marks.map((m) => m.lane)).toEqual([0, 1, 1]);
  });

  it('tells a request that never used the cache, and one that failed', () => {
    expect(outcomeOf(event(0, 'app1', {}))).toBe('uncached');
    expect(outcomeOf(event(0, 'app1', { hits: 2, misses: 1 }))).toBe('miss');
    expect(outcomeOf(event(0, 'app1', { response: { status: 500, reason: 'Internal Server Error', headers: [], body: '' } }))).toBe('error');
  });

  it('has round ends and ticks for its axis', () => {
    expect([niceEnd(0), niceEnd(60), niceEnd(3601), niceEnd(7200)]).toEqual([10, 80, 4000, 8000]);
    expect(ticks(4000)).toEqual([0, 1000, 2000, 3000, 4000]);
    expect(ticks(80)).toEqual([0, 20, 40, 60, 80]);
  });
});
