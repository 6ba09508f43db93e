/**
 * When the page starts Python: as early as it can on a page with a playground (its start is the
 * longest wait there), and never on a page without one (a reader of the home page or the
 * teacher's guide would download the interpreter for nothing).
 */
import { describe, expect, it } from 'vitest';
import { SITES, useServedSite } from '../../support/sites';

const site = SITES.find((s) => s.base === '/course/')!;
const PLAYGROUND_SCRIPT = /\/_astro\/Playground\.astro_astro_type_script_[^/]*\.js$/;
const HEAD_SCRIPT = /\/_astro\/Head\.astro_astro_type_script_[^/]*\.js$/;
const WORKER_SCRIPT = /\/_astro\/worker-[\w-]+\.js$/;

describe("the page's Python", () => {
  const served = useServedSite(site);

  it("starts from the page's head: a playground's own script, held back, does not hold it back", async () => {
    const page = await served.browser.newPage();
    try {
      let held = false;
      let released = false;
      await page.route(PLAYGROUND_SCRIPT, async (route) => {
        held = true;
        await new Promise((resolve) => setTimeout(resolve, 3000));
        released = true;
        await route.continue();
      });
      const workers: boolean[] = [];
      page.on('worker', () => workers.push(!released));
      await page.goto(`${served.url}deployment-settings/`);
      await page.waitForFunction(() => performance.getEntriesByName('d2p:engine:ready').length > 0, null, { timeout: 60_000 });
      expect(held).toBe(true);
      expect(workers).toEqual([true]); // one Python, shared by the page, made while the script was held
    } finally {
      await page.close();
    }
  });

  it("starts while the head is parsed: the worker downloads Python while the page's own scripts are still on their way", async () => {
    // No service worker: the scripts it keeps would pass page.route() by.
    const page = await served.browser.newPage({ serviceWorkers: 'block' });
    try {
      let release: () => void = () => {};
      const held = new Promise<void>((resolve) => (release = resolve));
      await page.route(HEAD_SCRIPT, async (route) => {
        await held;
        await route.continue();
      });
      const snapshot = page.waitForRequest(/\/pyodide\/.*\.snapshot$/, { timeout: 30_000 });
      await page.goto(`${served.url}deployment-settings/`, { waitUntil: 'commit' });
      await snapshot; // asked for by the worker while the head's script is held
      release();
      await page.waitForFunction(() => performance.getEntriesByName('d2p:engine:ready').length > 0, null, { timeout: 60_000 });
    } finally {
      await page.close();
    }
  });

  it('says so in the playground when the worker the head started cannot load', async () => {
    const page = await served.browser.newPage({ serviceWorkers: 'block' });
    try {
      await page.route(WORKER_SCRIPT, (route) => route.fulfill({ status: 404, body: 'gone' }));
      await page.goto(`${served.url}deployment-settings/`);
      const status = page.locator('[data-playground] [data-engine-text]').first();
      await expect.poll(() => status.textContent(), { timeout: 30_000 }).toMatch(/^Python could not start \(.+\)\. Reload the page to try again; your code is kept\.$/);
    } finally {
      await page.close();
    }
  });

  it('is not started on a page without a playground', async () => {
    const page = await served.browser.newPage();
    try {
      const pythonRequests: string[] = [];
      page.on('request', (request) => void (/\/pyodide\//.test(request.url()) && pythonRequests.push(request.url())));
      let workers = 0;
      page.on('worker', () => workers++);
      await page.goto(served.url, { waitUntil: 'load' });
      await page.waitForTimeout(1000);
      expect(workers).toBe(0);
      expect(pythonRequests).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
