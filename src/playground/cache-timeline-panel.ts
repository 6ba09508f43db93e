/**
 * The cache timeline panel of an exercise (CacheTimeline.astro), on the page: the reader's
 * requests, one a line with the second it is sent at (and the app server that answers it), run
 * against their own project on the engine's clock, drawn as a chart (one lane per server, a
 * mark per request: answered from the cache or a miss that queried the database; a bar per
 * cache entry, from when it was stored to when it expires or is deleted) and listed in a table,
 * the chart's text equivalent. It runs again as the reader edits their code.
 * cache-timeline.ts decides everything shown; this file only draws it.
 */
import type { CacheTimelineAnswer, CacheTimelineEvent } from '../engine/protocol';
import type { EngineClient } from '../engine/client';
import {
  chartModel,
  outcomeOf,
  parseTimeline,
  secondsLabel,
  startingText,
  summaryOf,
  ticks,
  timelineRequest,
  type ChartModel,
  type TimelineProject,
  type TimelineStart,
} from './cache-timeline';
import { FeedbackLoop } from './feedback';
import { noAnswerAfter } from './no-answer';

const SVG = 'http://www.w3.org/2000/svg';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

function svg(tag: string, attributes: Record<string, string | number>, text?: string): SVGElement {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, String(value));
  if (text !== undefined) node.textContent = text;
  return node;
}

/** What the response tells browsers and CDNs about caching it (cache_page and the per-site cache set both). */
function cacheHeaders(event: CacheTimelineEvent): string {
  const wanted = ['cache-control', 'expires'];
  const found = event.response.headers.filter(([name]) => wanted.includes(name.toLowerCase())).map(([name, value]) => `${name}: ${value}`);
  return found.join('; ') || '—';
}

const OUTCOME_WORDS = { hit: 'from the cache', miss: 'miss', uncached: 'cache not used', error: 'error' } as const;

interface PanelOptions {
  start: TimelineStart;
  project: () => TimelineProject;
  engine: EngineClient;
}

export class CacheTimelinePanel {
  private readonly root: HTMLElement;
  private readonly text: HTMLTextAreaElement;
  private readonly problem: HTMLElement;
  private readonly status: HTMLElement;
  private readonly chart: HTMLElement;
  private readonly table: HTMLElement;
  private readonly loop: FeedbackLoop<CacheTimelineAnswer | null>;

  constructor(host: HTMLElement, private readonly options: PanelOptions) {
    this.root = host.querySelector<HTMLElement>('[data-cache-timeline]')!;
    const part = <T extends HTMLElement>(name: string) => this.root.querySelector<T>(`[data-timeline-${name}]`)!;
    this.text = part('text');
    this.problem = part('problem');
    this.status = part('status');
    this.chart = part('chart');
    this.table = part('table');
    this.text.value = startingText(options.start);
    this.loop = new FeedbackLoop<CacheTimelineAnswer | null>(
      () => this.call(),
      (answer) => answer && this.show(answer),
      (error) => {
        this.root.dataset.stale = 'true';
        this.status.textContent = noAnswerAfter(error);
      },
    );
    part<HTMLFormElement>('form').addEventListener('submit', (event) => {
      event.preventDefault();
      this.loop.edited();
    });
    part<HTMLButtonElement>('reset').addEventListener('click', () => {
      this.text.value = startingText(options.start);
      this.loop.edited();
    });
    for (const control of this.root.querySelectorAll<HTMLButtonElement | HTMLTextAreaElement>('button, textarea')) control.disabled = false;
    this.root.dataset.state = 'ready';
    this.status.textContent = 'Waiting for Python to run the timeline…';
    this.loop.edited();
  }

  /** The reader's code changed: the same timeline again, against the code as it is now. */
  filesChanged(): void {
    this.loop.edited();
  }

  private async call(): Promise<CacheTimelineAnswer | null> {
    const firstPath = new URL(this.options.start.requests[0]!.url).pathname;
    const parsed = parseTimeline(this.text.value, this.options.start.servers, firstPath);
    if ('problem' in parsed) {
      this.problem.textContent = parsed.problem;
      this.problem.hidden = false;
      this.text.setAttribute('aria-invalid', 'true');
      return null;
    }
    this.problem.hidden = true;
    this.text.removeAttribute('aria-invalid');
    this.root.dataset.busy = 'true';
    try {
      return await this.options.engine.call(timelineRequest(this.options.project(), parsed.lines, this.options.start));
    } finally {
      delete this.root.dataset.busy;
    }
  }

  private show(answer: CacheTimelineAnswer): void {
    delete this.root.dataset.stale;
    if (answer.error) {
      this.status.textContent = `Django could not load the project: ${answer.error.type}: ${answer.error.message}`;
      this.chart.replaceChildren();
      this.table.replaceChildren();
      return;
    }
    const model = chartModel(answer);
    this.status.textContent = summaryOf(model);
    this.chart.replaceChildren(this.drawn(model));
    this.table.replaceChildren(this.listed(answer));
  }

  private drawn(model: ChartModel): SVGElement {
    const laneHeight = 46;
    const left = 92;
    const width = 640;
    const right = 16;
    const top = 8;
    const height = top + model.lanes.length * laneHeight + 30;
    const x = (t: number) => left + ((width - left - right) * Math.min(t, model.end)) / model.end;
    const root = svg('svg', { viewBox: `0 0 ${width} ${height}`, class: 'pg-tl-svg', role: 'img', 'aria-label': summaryOf(model) });
    model.lanes.forEach((lane, i) => {
      const y = top + i * laneHeight;
      root.append(svg('rect', { x: left, y, width: width - left - right, height: laneHeight - 6, class: 'pg-tl-lane', rx: 4 }));
      root.append(svg('text', { x: left - 8, y: y + laneHeight / 2, class: 'pg-tl-lane-name', 'text-anchor': 'end', 'dominant-baseline': 'middle' }, lane));
    });
    const laneKeys = new Map<string, number>();
    for (const bar of model.bars) {
      const slot = `${bar.lane}|${bar.key}`;
      if (!laneKeys.has(slot)) laneKeys.set(slot, [...laneKeys.keys()].filter((k) => k.startsWith(`${bar.lane}|`)).length);
      const row = laneKeys.get(slot)! % 3;
      const y = top + bar.lane * laneHeight + 22 + row * 6;
      const x1 = x(bar.from);
      const x2 = Math.max(x1 + 2, x(bar.to));
      const line = svg('rect', { x: x1, y, width: x2 - x1, height: 4, rx: 2, class: `pg-tl-bar pg-tl-bar-${bar.ends}` });
      line.append(svg('title', {}, `${bar.key}: stored at ${secondsLabel(bar.from)}, ${bar.ends === 'kept' ? 'still there' : `${bar.ends === 'expires' ? 'expires' : bar.ends === 'replaced' ? 'stored again' : 'deleted'} at ${secondsLabel(bar.to)}`}`));
      root.append(line);
      if (bar.ends === 'expires') root.append(svg('path', { d: `M${x2} ${y - 3} v10`, class: 'pg-tl-expiry' }));
    }
    for (const mark of model.marks) {
      const cx = x(mark.at);
      const cy = top + mark.lane * laneHeight + 11;
      const shape =
        mark.outcome === 'hit'
          ? svg('circle', { cx, cy, r: 6, class: 'pg-tl-hit' })
          : mark.outcome === 'error'
            ? svg('path', { d: `M${cx - 5} ${cy - 5} l10 10 m0 -10 l-10 10`, class: 'pg-tl-error' })
            : svg('rect', { x: cx - 6, y: cy - 6, width: 12, height: 12, class: mark.outcome === 'miss' ? 'pg-tl-miss' : 'pg-tl-uncached' });
      shape.append(svg('title', {}, `${secondsLabel(mark.at)}: ${mark.label}, ${OUTCOME_WORDS[mark.outcome]}, ${mark.queries} database ${mark.queries === 1 ? 'query' : 'queries'}`));
      root.append(shape);
      if (mark.queries > 0) root.append(svg('text', { x: cx + 8, y: cy - 6, class: 'pg-tl-queries' }, `${mark.queries}q`));
    }
    const axisY = top + model.lanes.length * laneHeight + 4;
    root.append(svg('path', { d: `M${left} ${axisY} H${width - right}`, class: 'pg-tl-axis' }));
    for (const t of ticks(model.end)) {
      root.append(svg('path', { d: `M${x(t)} ${axisY} v4`, class: 'pg-tl-axis' }));
      root.append(svg('text', { x: x(t), y: axisY + 16, class: 'pg-tl-tick', 'text-anchor': 'middle' }, secondsLabel(t)));
    }
    return root;
  }

  private listed(answer: CacheTimelineAnswer): HTMLTableElement {
    const table = el('table', undefined, 'pg-tl-table');
    table.append(el('caption', 'Each request, in order (the chart above, as a table)'));
    const head = el('tr');
    for (const title of ['At', 'Server', 'Request', 'Status', 'Cache', 'Queries', 'Cache-Control, Expires', 'Page']) {
      const th = el('th', title);
      th.scope = 'col';
      head.append(th);
    }
    table.append(el('thead'));
    table.tHead!.append(head);
    const body = el('tbody');
    for (const event of answer.events) {
      const row = el('tr');
      row.dataset.outcome = outcomeOf(event);
      const steps = event.cache.map((step) => `${step.did} ${step.key}`).join(', ') || 'not used';
      const page = event.response.error ? `${event.response.error.type}: ${event.response.error.message}` : (event.response.body ?? '').slice(0, 80);
      for (const cell of [secondsLabel(event.at), event.server, `${event.method} ${new URL(event.url).pathname}${new URL(event.url).search}`, String(event.response.status), steps, String(event.queries), cacheHeaders(event), page]) {
        row.append(el('td', cell));
      }
      body.append(row);
    }
    table.append(body);
    return table;
  }
}
