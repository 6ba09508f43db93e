/**
 * The playground in headless Chromium, the built site served by nginx as a real host serves it:
 * time from navigation to the first feedback (cold cache and warm), edit-to-feedback latency
 * over 50 edits, main-thread long tasks while the page, the editor and Python start, the
 * JavaScript transferred before the editor loads, the bytes a first visit transfers (nginx's
 * count), and the same chapter reloaded offline once the service worker has kept the course.
 */
import { execFileSync } from 'node:child_process';
import type { BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../support/sites';
import { startNginx } from './nginx';
import { summarize, type Timing } from './stats';
import { fileURLToPath } from 'node:url';

const SITE_DIR = fileURLToPath(new URL('../../node_modules/.cache/django-to-production/sites/bench/', import.meta.url));
const PAGE = 'deployment-settings/#deployment-settings-production-settings-title';

export interface LongTask {
  start: number;
  duration: number;
  during: 'editor load' | 'other';
}

export interface StartRun {
  firstFeedbackMs: number;
  /** Navigation → the answer to the reader's first edit, typed as soon as the first findings show (null when not measured). */
  firstEditMs: number | null;
  engineReadyMs: number | null;
  editorReadyMs: number | null;
  jsBeforeEditorBytes: number;
  longTasks: LongTask[];
}

export interface BrowserBench {
  cold: StartRun[];
  warm: StartRun[];
  /** The chapter opened again with the network off, served by the service worker. */
  offline: StartRun[];
  /** A first visit at 10 Mbit/s with 40 ms latency (Chromium's network emulation), one run. */
  slowLine: StartRun;
  /** Bytes nginx sent for a first visit until its first findings, and until the course was kept offline. */
  firstVisitBytes: number[];
  keptOfflineBytes: number[];
  editLatency: Timing;
}

/** Recorded in the page from its first script on: long tasks and the first feedback. */
const INSTRUMENT = () => {
  const w = window as unknown as {
    __bench: { longTasks: Array<{ start: number; duration: number }>; firstFeedback: number | null; firstEdit: number | null; editKeyAt: number | null };
  };
  w.__bench = { longTasks: [], firstFeedback: null, firstEdit: null, editKeyAt: null };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) w.__bench.longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
  addEventListener('keydown', (event) => (event as KeyboardEvent).key === '#' && (w.__bench.editKeyAt ??= performance.now()), true);
  addEventListener('playground:feedback', (event) => {
    const now = performance.now();
    w.__bench.firstFeedback ??= now;
    // The first answer to code as it was after the reader's key: the editor's own first check,
    // started before it, does not count.
    const { version, latencyMs } = (event as CustomEvent<{ version: number; latencyMs: number }>).detail;
    const editKeyAt = w.__bench.editKeyAt;
    if (version > 0 && editKeyAt !== null && now - latencyMs >= editKeyAt) w.__bench.firstEdit ??= now;
  });
};

/** The reader types one character at the end of the code as soon as the first findings show (into the static code if the editor is not there yet). */
async function firstEdit(page: Page): Promise<void> {
  await page.locator('[data-playground] [data-editor]').first().click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type('#');
  await page.waitForFunction(() => (window as unknown as { __bench: { firstEdit: number | null } }).__bench.firstEdit !== null, null, { timeout: 60_000 });
}

interface StartOptions {
  /** Also time the reader's first edit. */
  edit?: boolean;
  /** At the first findings, before the edit. */
  atFirstFeedback?: () => void;
  afterFeedback?: (page: Page) => Promise<void>;
  /** Before navigating (network emulation). */
  beforeGoto?: (page: Page) => Promise<void>;
}

async function measureStart(context: BrowserContext, url: string, { edit = false, atFirstFeedback = () => {}, afterFeedback = async () => {}, beforeGoto = async () => {} }: StartOptions = {}): Promise<StartRun> {
  const page = await context.newPage();
  try {
    await beforeGoto(page);
    await page.goto(url);
    await page.waitForFunction(() => (window as unknown as { __bench: { firstFeedback: number | null } }).__bench.firstFeedback !== null, null, {
      timeout: 120_000,
    });
    atFirstFeedback();
    if (edit) await firstEdit(page);
    await afterFeedback(page);
    // The editor comes in a pause of the reader's, after the first answer: its time, and its long tasks, are part of the visit.
    await page.waitForFunction(() => performance.getEntriesByName('d2p:editor:ready').length > 0, null, { timeout: 60_000 });
    await page.waitForTimeout(500); // let late long tasks land
    return await page.evaluate(() => {
      const bench = (
        window as unknown as { __bench: { longTasks: Array<{ start: number; duration: number }>; firstFeedback: number; firstEdit: number | null } }
      ).__bench;
      const mark = (name: string) => performance.getEntriesByName(name, 'mark')[0]?.startTime ?? null;
      const editorStart = mark('d2p:editor:start') ?? Infinity;
      const editorReady = mark('d2p:editor:ready') ?? Infinity;
      const scripts = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter(
        (r) => /\.m?js(\?|$)/.test(r.name) && r.startTime < editorStart,
      );
      return {
        firstFeedbackMs: bench.firstFeedback,
        firstEditMs: bench.firstEdit,
        engineReadyMs: mark('d2p:engine:ready'),
        editorReadyMs: mark('d2p:editor:ready'),
        jsBeforeEditorBytes: scripts.reduce((sum, r) => sum + r.encodedBodySize, 0),
        longTasks: bench.longTasks.map((t) => ({
          ...t,
          during: (t.start < editorReady && t.start + t.duration > editorStart ? 'editor load' : 'other') as LongTask['during'],
        })),
      };
    });
  } finally {
    await page.close();
  }
}

async function measureEdits(page: Page, edits: number): Promise<Timing> {
  const host = page.locator('[data-playground]').first();
  await page.evaluate(() => {
    const w = window as unknown as { __latencies: number[] };
    w.__latencies = [];
    addEventListener('playground:feedback', (event) => w.__latencies.push((event as CustomEvent<{ latencyMs: number }>).detail.latencyMs));
  });
  await host.locator('.monaco-editor .view-lines').click();
  await page.keyboard.press('Control+End');
  for (let i = 0; i < edits; i++) {
    await page.keyboard.type(i % 2 === 0 ? '#' : ' ');
    await page.waitForTimeout(120);
  }
  await page.waitForTimeout(500);
  const latencies = await page.evaluate(() => (window as unknown as { __latencies: number[] }).__latencies);
  return summarize(latencies);
}

/**
 * `serviceWorkers: 'block'` measures the site as it was before it had one (every visit from the
 * network and the HTTP cache); `siteDir` measures a build made elsewhere (at base /).
 */
export async function benchBrowser({ rebuild = true, runs = 5, siteDir = SITE_DIR, serviceWorkers = 'allow' as 'allow' | 'block' } = {}): Promise<BrowserBench> {
  if (rebuild) {
    execFileSync('node_modules/.bin/astro', ['build', '--outDir', siteDir], { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, BASE_PATH: '/' } });
  }
  const nginx = await startNginx(siteDir);
  const browser = await launchChromium();
  try {
    const url = `${nginx.origin}/${PAGE}`;
    const cold: StartRun[] = [];
    const warm: StartRun[] = [];
    const offline: StartRun[] = [];
    const firstVisitBytes: number[] = [];
    const keptOfflineBytes: number[] = [];
    let editLatency: Timing | null = null;
    for (let run = 0; run < runs; run++) {
      const context = await browser.newContext({ serviceWorkers }); // a fresh profile: empty HTTP and code caches
      // tsx keeps function names with a __name() helper, which page.evaluate's code then needs.
      await context.addInitScript('globalThis.__name = (f) => f;');
      await context.addInitScript(INSTRUMENT);
      const before = nginx.bytesSent();
      cold.push(
        await measureStart(context, url, {
          edit: true,
          atFirstFeedback: () => firstVisitBytes.push(nginx.bytesSent() - before),
          afterFeedback: async (page) => {
            // The service worker keeps the rest of the course once the page has answered.
            if (serviceWorkers === 'block') return;
            await page.waitForFunction(() => ['ready', 'full', 'unsupported'].includes(document.documentElement.dataset.offline ?? ''), null, { timeout: 180_000 });
          },
        }),
      );
      keptOfflineBytes.push(nginx.bytesSent() - before);
      warm.push(await measureStart(context, url, { edit: true }));
      if (serviceWorkers === 'allow') {
        await context.setOffline(true);
        offline.push(await measureStart(context, url));
        await context.setOffline(false);
      }
      if (!editLatency) {
        const page = await context.newPage();
        await page.goto(url);
        await page.locator('[data-playground][data-checked-version]').waitFor({ timeout: 60_000 });
        editLatency = await measureEdits(page, 50);
        await page.close();
      }
      await context.close();
    }
    const slowContext = await browser.newContext({ serviceWorkers });
    await slowContext.addInitScript('globalThis.__name = (f) => f;');
    await slowContext.addInitScript(INSTRUMENT);
    const slowLine = await measureStart(slowContext, url, {
      beforeGoto: async (page) => {
        const cdp = await slowContext.newCDPSession(page);
        await cdp.send('Network.enable');
        // Throughput in bytes per second; the page's workers fetch through the same emulated line.
        await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 40, downloadThroughput: 10e6 / 8, uploadThroughput: 10e6 / 8 });
      },
    });
    await slowContext.close();
    return { cold, warm, offline, slowLine, firstVisitBytes, keptOfflineBytes, editLatency: editLatency! };
  } finally {
    await browser.close();
    await nginx.stop();
  }
}
