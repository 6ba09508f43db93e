/**
 * The cache timeline in the built site under /course/, in headless Chromium: the two-servers
 * exercise of the caching chapter runs its requests on the clock and draws one lane per app
 * server; the reader points CACHES at Redis and the chart gains the shared cache's lane, with one
 * query for both servers; a wrong line is refused with its number. It has no accessibility
 * violation in dark mode, and fits a phone.
 */
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe';
import { openPlayground } from '../support/playground';
import { PHONE, SITES, useServedSite } from '../support/sites';

const site = SITES.find((s) => s.base === '/course/')!;
const EXERCISE = 'caching/two-servers';
/** The starter's CACHES BACKEND and LOCATION lines of mysite/settings.py. */
const BACKEND_LINE = 12;
const LOCATION_LINE = 13;

describe('the cache timeline', { timeout: 180_000 }, () => {
  const served = useServedSite(site);
  const chapter = () => `${served.url}caching/`;

  it('draws each server’s own cache, then one shared cache once CACHES names Redis', async () => {
    const page = await served.browser.newPage({ colorScheme: 'dark' });
    try {
      const pg = await openPlayground(page, chapter(), EXERCISE);
      const panel = pg.host.locator('[data-cache-timeline]');
      const status = panel.locator('[data-timeline-status]');
      await expect.poll(() => status.textContent(), { timeout: 60_000 }).toMatch(/^5 requests: /);
      expect(await status.textContent()).toBe('5 requests: 1 answer from the cache, 3 misses, 3 database queries.');
      expect(await panel.locator('.pg-tl-lane-name').allTextContents()).toEqual(['app1', 'app2']);
      expect(await panel.locator('tbody tr').count()).toBe(5);
      expect(await panel.locator('tbody tr').last().textContent()).toContain('Tea: 4 EUR');

      const within = `[data-playground="${EXERCISE}"] [data-cache-timeline]`;
      expect(await axeViolations(page, { within })).toEqual([]);
      expect(await axeViolations(page, { within, rules: ['color-contrast'] })).toEqual([]);

      await pg.replaceLine(BACKEND_LINE, '"BACKEND": "django.core.cache.backends.redis.RedisCache",');
      await pg.replaceLine(LOCATION_LINE, '"LOCATION": "redis://10.0.0.5:6379/0",');
      await expect.poll(() => panel.locator('.pg-tl-lane-name').allTextContents(), { timeout: 60_000 }).toEqual(['app1', 'app2', 'shared cache']);
      await expect.poll(() => status.textContent(), { timeout: 30_000 }).toBe('5 requests: 2 answers from the cache, 2 misses, 2 database queries.');
      expect(await panel.locator('tbody tr').last().textContent()).toContain('Tea: 5 EUR');

      const text = panel.locator('[data-timeline-text]');
      await text.fill('0 app1 /\n30 app9 /');
      await panel.getByRole('button', { name: 'Run the timeline' }).click();
      await expect.poll(() => panel.locator('[data-timeline-problem]').textContent()).toContain('Line 2: “app9” is not one of the app servers');
      expect(await text.getAttribute('aria-invalid')).toBe('true');
    } finally {
      await page.close();
    }
  });

  it('fits a phone’s width', async () => {
    const context = await served.browser.newContext(PHONE);
    const page = await context.newPage();
    try {
      const pg = await openPlayground(page, chapter(), EXERCISE);
      const panel = pg.host.locator('[data-cache-timeline]');
      await expect.poll(() => panel.locator('[data-timeline-status]').textContent(), { timeout: 60_000 }).toMatch(/^5 requests: /);
      expect(await panel.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(1);
      const run = await panel.getByRole('button', { name: 'Run the timeline' }).boundingBox();
      expect(run!.height).toBeGreaterThanOrEqual(24);
    } finally {
      await context.close();
    }
  });
});
