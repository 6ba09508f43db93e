/**
 * A return visit answers before Python has started: the findings and goals the engine gave to the
 * reader's code last time are on screen at once. If this broke, every visit would wait for Python
 * again (a second on this machine), or, worse, show findings about code the reader has changed.
 */
import { describe, expect, it } from 'vitest';
import { SITES, useServedSite } from '../support/sites';
import { openPlayground } from '../support/playground';

const site = SITES.find((s) => s.base === '/course/')!;
const WORKER_SCRIPT = /\/_astro\/worker-[\w-]+\.js$/;

describe('a return visit to a playground', () => {
  const served = useServedSite(site);
  const chapter = () => `${served.url}deployment-settings/`;

  it("shows what the engine answered to the reader's latest code last time, while Python is still held back", async () => {
    // No service worker: the worker script it keeps would pass context.route() by.
    const context = await served.browser.newContext({ serviceWorkers: 'block' });
    try {
      const first = await openPlayground(await context.newPage(), chapter());
      const before = await first.checked();
      await first.replaceLine(16, 'DEBUG = False');
      await first.nextFeedback(before);
      await expect.poll(() => first.host.locator('.pg-finding[data-code="security.W018"]').count(), { timeout: 10_000 }).toBe(0);
      const codes = await first.findingCodes();
      const goals = await first.goalStates();
      await first.page.waitForTimeout(500); // the answer is written to IndexedDB in the background
      await first.page.close();

      // Python never starts on the next visit: its worker's script does not arrive.
      await context.route(WORKER_SCRIPT, () => {});
      const page = await context.newPage();
      await page.goto(chapter());
      const host = page.locator('[data-playground]').first();
      const shown = () => host.locator('[data-findings] .pg-finding').evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.code!));
      await expect.poll(shown, { timeout: 10_000 }).toEqual(codes);
      expect(await host.locator('[data-goal]').evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.state!))).toEqual(goals);
      expect(await page.evaluate(() => performance.getEntriesByName('d2p:engine:ready').length)).toBe(0);
    } finally {
      await context.close();
    }
  });
});
