/**
 * The request cycle in Node, warm: a GET through the course's ten-middleware deployment stack
 * to a view that renders a template (extends, for, url, static, csrf_token), as the request
 * panel sends it.
 *
 * Two figures: Django's own time for the request (the handler called with the environ, the body
 * read; timed inside Python, over many requests sent in one call, as a running server answers
 * them), and the whole `request` call of one GET with the call to the worker and back (the
 * project laid out and loaded again, as each send from the panel does).
 */
import { readFileSync } from 'node:fs';
import { startNodeEngine } from '../../src/engine/node/node-engine';
import type { RequestRequest } from '../../src/engine/protocol';
import { summarize, type Timing } from './stats';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/shop/${name}`, import.meta.url), 'utf8');

const FILES = {
  'mysite/__init__.py': '',
  'mysite/settings.py': fixture('settings.py'),
  'mysite/urls.py': fixture('urls.py'),
  'mysite/views.py': fixture('views.py'),
  'templates/base.html': fixture('base.html'),
  'templates/menu.html': fixture('menu.html'),
  'staticfiles/site.css': 'body { margin: 0 }\n',
};

/** The panel's "as nginx forwards it" request: https at the proxy, so no redirect. */
const GET = { method: 'GET', url: 'http://shop.example.com/item/tea/', headers: { 'X-Forwarded-Proto': 'https' } };

export interface RequestBench {
  /** Django's time for one GET, inside Python. */
  handler: Timing;
  /** One `request` call of one GET, from the caller's call to its answer. */
  roundTrip: Timing;
  /**
   * The processor time of one GET in Django, from calls of 60 and of 10 GETs (their difference,
   * over 50): what the handler costs whatever else the machine runs, where wall-clock timings
   * stretch with the load.
   */
  cpuPerRequestMs: Timing;
}

export async function benchRequest(runs = 300): Promise<RequestBench> {
  // The first call imports the middleware, the template engine and WhiteNoise: on a busy machine
  // that may take longer than a reader's time limit, and it is not what is measured.
  const engine = startNodeEngine({ timeLimitMs: 20_000 });
  try {
    await engine.whenReady();
    const call = (count: number, edit: number): RequestRequest => ({
      op: 'request',
      files: { ...FILES, 'mysite/views.py': `${FILES['mysite/views.py']}\n# edit ${edit}\n` },
      settings_module: 'mysite.settings',
      installed: ['whitenoise'],
      requests: Array.from({ length: count }, () => GET),
    });
    const first = await engine.call(call(1, -1));
    const page = first.responses[0];
    if (first.error || page?.status !== 200 || !page.body?.includes('Tea &amp; biscuits')) {
      throw new Error(`the bench's page is not served: ${JSON.stringify(first.error ?? page).slice(0, 600)}`);
    }
    const handler: number[] = [];
    for (let i = 0; i < 10; i++) await engine.call(call(1, i));
    // The first requests of a process import and build what the later ones reuse: left out.
    for (let i = 0; handler.length < runs; i++) {
      const answer = await engine.call(call(60, 100 + i));
      handler.push(...answer.responses.slice(10).map((response) => response.ms ?? NaN));
    }
    const roundTrip: number[] = [];
    for (let i = 0; i < runs; i++) {
      const started = performance.now();
      await engine.call(call(1, 1000 + i));
      roundTrip.push(performance.now() - started);
    }
    const cpuPerRequest: number[] = [];
    const cpuMs = () => {
      const used = process.cpuUsage();
      return (used.user + used.system) / 1000;
    };
    for (let i = 0; i < 15; i++) {
      const start = cpuMs();
      await engine.call(call(60, 2000 + i));
      const between = cpuMs();
      await engine.call(call(10, 3000 + i));
      cpuPerRequest.push((between - start - (cpuMs() - between)) / 50);
    }
    return { handler: summarize(handler.slice(0, runs)), roundTrip: summarize(roundTrip), cpuPerRequestMs: summarize(cpuPerRequest) };
  } finally {
    engine.close();
  }
}
