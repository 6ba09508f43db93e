/**
 * The request panel in the built site under /course/, in headless Chromium: a reader sends their
 * project a request with a stranger's Host, fixes ALLOWED_HOSTS, and sees the same request
 * refused with Django's 400 and its reason; the trace takes them to the setting's line; what they
 * typed survives a reload; it works from the keyboard, on a phone, and in both colour schemes.
 */
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe';
import { openPlayground, type PlaygroundPage } from '../support/playground';
import { PHONE, SITES, useServedSite } from '../support/sites';

const site = SITES.find((s) => s.base === '/course/')!;
const EXERCISE = 'deployment-settings/what-a-stranger-sees';
/** The starter's `ALLOWED_HOSTS = ["*"]` is on this line of settings.py. */
const HOSTS_LINE = 9;

const statusLine = (pg: PlaygroundPage) => pg.host.locator('.pg-req-status-line').textContent();

// The Python engine starts in each new page: on a loaded 2-core machine that alone can take 30 s.
describe('the request panel', { timeout: 150_000 }, () => {
  const served = useServedSite(site);
  const chapter = () => `${served.url}deployment-settings/`;

  it('sends a foreign Host: served while ALLOWED_HOSTS is "*", then 400 Bad Request with its reason once it is not', async () => {
    const page = await served.browser.newPage();
    try {
      const pg = await openPlayground(page, chapter(), EXERCISE);
      const panel = pg.host.locator('[data-request-panel]');
      await expect.poll(() => statusLine(pg), { timeout: 30_000 }).toBe('HTTP/1.1 200 OK');
      expect(await panel.locator('[data-request-result]').textContent()).toContain('GET https://shop.example.com/');
      expect(await panel.locator('.pg-req-header-name').first().inputValue()).toBe('Host');

      await pg.replaceLine(HOSTS_LINE, 'ALLOWED_HOSTS = ["shop.example.com"]');
      await expect.poll(() => statusLine(pg), { timeout: 30_000 }).toBe('HTTP/1.1 400 Bad Request');
      // The reason: the trace names the setting, and DEBUG's page (the starter still has DEBUG
      // on), rendered in a frame that runs no script and belongs to no origin, names the host.
      expect(await panel.locator('[data-request-status]').textContent()).toMatch(/^400 Bad Request \(.*ALLOWED_HOSTS/);
      expect(await panel.locator('.pg-req-trace').textContent()).toContain('ALLOWED_HOSTS');
      const frame = panel.locator('iframe.pg-req-frame');
      expect(await frame.getAttribute('sandbox')).toBe('');
      expect(await frame.isVisible()).toBe(true);
      expect(await panel.frameLocator('iframe.pg-req-frame').locator('body').textContent()).toContain(
        "Invalid HTTP_HOST header: 'attacker.test'. You may need to add 'attacker.test' to ALLOWED_HOSTS.",
      );
      await panel.getByRole('button', { name: 'Raw', exact: true }).click();
      expect(await frame.isVisible()).toBe(false);
      expect(await panel.locator('.pg-req-raw').textContent()).toContain('<title>DisallowedHost at /</title>');
    } finally {
      await page.close();
    }
  });

  it('takes the reader to the setting’s line from a step of the trace', async () => {
    const page = await served.browser.newPage();
    try {
      const pg = await openPlayground(page, chapter(), EXERCISE);
      const panel = pg.host.locator('[data-request-panel]');
      await pg.replaceLine(HOSTS_LINE, 'ALLOWED_HOSTS = ["shop.example.com"]');
      await expect.poll(() => statusLine(pg), { timeout: 30_000 }).toBe('HTTP/1.1 400 Bad Request');
      const link = panel.locator('.pg-req-trace button').filter({ hasText: 'settings.py:' }).first();
      await link.waitFor({ timeout: 10_000 });
      await pg.host.locator('[role="tab"]', { hasText: 'views.py' }).click();
      await link.click();
      expect((await pg.host.locator('[role="tab"][aria-selected="true"]').textContent())?.trim()).toBe('mysite/settings.py');
    } finally {
      await page.close();
    }
  });

  it('is driven from the keyboard, and keeps what the reader typed for their next visit', { timeout: 240_000 }, async () => {
    const context = await served.browser.newContext();
    let storageState: Awaited<ReturnType<typeof context.storageState>>;
    try {
      const page = await context.newPage();
      const pg = await openPlayground(page, chapter(), EXERCISE);
      const panel = pg.host.locator('[data-request-panel]');
      await expect.poll(() => statusLine(pg), { timeout: 30_000 }).toBe('HTTP/1.1 200 OK');
      // Remove the Host header with the keyboard (focus moves on to what is left), then ask for
      // the failing page and press Enter.
      await panel.getByRole('button', { name: /^Remove header 1/ }).focus();
      await page.keyboard.press('Enter');
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Add a header');
      const url = panel.locator('[data-request-url]');
      await url.focus();
      await url.fill('https://shop.example.com/checkout/');
      await page.keyboard.press('Enter');
      await expect.poll(() => statusLine(pg), { timeout: 30_000 }).toBe('HTTP/1.1 500 Internal Server Error');
      storageState = await context.storageState();
    } finally {
      await context.close();
    }
    // The next visit, with this browser's storage: the panel has the reader's request, and sends it.
    const next = await served.browser.newContext({ storageState });
    try {
      const again = await openPlayground(await next.newPage(), chapter(), EXERCISE);
      const panel = again.host.locator('[data-request-panel]');
      await expect.poll(() => panel.locator('[data-request-url]').inputValue()).toBe('https://shop.example.com/checkout/');
      expect(await panel.locator('.pg-req-header-name').count()).toBe(0);
      await expect.poll(() => statusLine(again), { timeout: 30_000 }).toBe('HTTP/1.1 500 Internal Server Error');
    } finally {
      await next.close();
    }
  });

  it('fits a phone’s width', async () => {
    const context = await served.browser.newContext(PHONE);
    const page = await context.newPage();
    try {
      const pg = await openPlayground(page, chapter(), EXERCISE);
      const panel = pg.host.locator('[data-request-panel]');
      await expect.poll(() => statusLine(pg), { timeout: 30_000 }).toBe('HTTP/1.1 200 OK');
      const overflow = await panel.evaluate((el) => el.scrollWidth - el.clientWidth);
      expect(overflow).toBeLessThanOrEqual(1);
      const send = await panel.getByRole('button', { name: 'Send', exact: true }).boundingBox();
      expect(send!.height).toBeGreaterThanOrEqual(24);
    } finally {
      await context.close();
    }
  });

  it.each(['light', 'dark'] as const)('has no accessibility violation in %s mode', async (colorScheme) => {
    const page = await served.browser.newPage({ colorScheme });
    try {
      const pg = await openPlayground(page, chapter(), EXERCISE);
      await expect.poll(() => statusLine(pg), { timeout: 30_000 }).toBe('HTTP/1.1 200 OK');
      const within = `[data-playground="${EXERCISE}"] [data-request-panel]`;
      expect(await axeViolations(page, { within })).toEqual([]);
      expect(await axeViolations(page, { within, rules: ['color-contrast'] })).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
