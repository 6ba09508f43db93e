/**
 * The load-balancing chapter's playgrounds in headless Chromium: nginx.conf as a tab beside settings.py, nginx's
 * findings in the same list and as squiggles as the reader types, and the animation of where
 * nginx sends each request, driven from the reader's own upstream block.
 */
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe';
import { openPlayground } from '../support/playground';
import { SITES, useServedSite } from '../support/sites';

const site = SITES.find((s) => s.base === '/course/')!;

/** One playground of the chapter, by its exercise, opened and checked once. */
async function playground(page: Page, url: string, exercise: string) {
  const pg = await openPlayground(page, url, `load-balancing-with-nginx/${exercise}`);
  await pg.host.locator('.monaco-editor').waitFor();
  return pg;
}

const lastLog = (host: Locator) => host.locator('[data-balancer-log] li').first().textContent();

describe("chapter 6's playgrounds", () => {
  const served = useServedSite(site);
  const chapter = () => `${served.url}load-balancing-with-nginx/`;

  it("shows nginx -t's refusal of the paper's file, then the course's checks across both files once nginx accepts it", async () => {
    const page = await served.browser.newPage();
    try {
      const pg = await playground(page, chapter(), 'nginx-in-front');
      expect(await pg.host.locator('[role="tab"]').allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining('nginx.conf'), expect.stringContaining('settings.py')]));
      expect(await pg.findingCodes()).toEqual(['nginx.emerg']);
      expect(await pg.host.locator('.pg-finding[data-code="nginx.emerg"]').textContent()).toContain('no "events" section in configuration');

      const before = await pg.checked();
      await pg.replaceLine(1, 'events {}');
      await expect.poll(() => pg.findingCodes(), { timeout: 15_000 }).toEqual(['course.W009', 'course.W010']);
      expect(await pg.checked()).toBeGreaterThan(before);
      // Marked in nginx.conf, at proxy_pass, where the fix goes.
      expect(await pg.host.locator('.pg-finding[data-code="course.W009"] .pg-finding-where').textContent()).toBe('nginx.conf:13');
      await expect.poll(() => pg.host.locator('.monaco-editor .squiggly-warning').count()).toBeGreaterThan(0);

      await pg.replaceLine(3, '    upstream django_backend');
      await expect.poll(() => pg.findingCodes(), { timeout: 15_000 }).toEqual(['nginx.emerg']);
      // nginx names the line of the `;` that ends the directive; the editor marks it from its name on.
      const emerg = pg.host.locator('.pg-finding[data-code="nginx.emerg"]');
      expect(await emerg.textContent()).toContain('directive "upstream" has no opening "{" in /etc/nginx/nginx.conf:4');
      expect(await emerg.locator('.pg-finding-where').textContent()).toBe('nginx.conf:3');
      await expect.poll(() => pg.host.locator('.monaco-editor .squiggly-error').count()).toBeGreaterThan(0);
    } finally {
      await page.close();
    }
  });

  it('sends requests through the upstream, and fails over when the reader stops a server (keyboard only)', async () => {
    const page = await served.browser.newPage();
    try {
      const pg = await playground(page, chapter(), 'failover');
      const balancer = pg.host.locator('[data-balancer]');
      await expect.poll(() => balancer.getAttribute('data-state')).toBe('ready');
      expect(await balancer.locator('[data-server]').evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.server))).toEqual([
        '192.168.1.101:8000',
        '192.168.1.102:8000',
      ]);
      const sendOne = balancer.getByRole('button', { name: 'Send one request' });
      await sendOne.focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => lastLog(pg.host)).toContain('served by 192.168.1.101:8000');
      await page.keyboard.press('Enter');
      await expect.poll(() => lastLog(pg.host)).toContain('served by 192.168.1.102:8000');

      await balancer.getByRole('button', { name: 'Stop 192.168.1.101:8000' }).focus();
      await page.keyboard.press('Enter');
      expect(await balancer.locator('[data-server="192.168.1.101:8000"]').getAttribute('data-running')).toBe('false');
      await sendOne.focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => lastLog(pg.host)).toContain('192.168.1.101:8000 did not answer, then served by 192.168.1.102:8000');
      await expect.poll(() => balancer.locator('[data-balancer-live]').textContent()).toContain('did not answer');

      await balancer.getByRole('button', { name: 'Stop 192.168.1.102:8000' }).click();
      await sendOne.click();
      await expect.poll(() => lastLog(pg.host)).toContain('502 Bad Gateway');
    } finally {
      await page.close();
    }
  });

  it('says plainly when the upstream cannot be simulated: a file nginx refuses, or no upstream block', async () => {
    const page = await served.browser.newPage();
    try {
      const pg = await playground(page, chapter(), 'failover');
      const balancer = pg.host.locator('[data-balancer]');
      await expect.poll(() => balancer.getAttribute('data-state')).toBe('ready');
      await pg.replaceLine(1, 'events {');
      await expect.poll(() => balancer.getAttribute('data-state'), { timeout: 15_000 }).toBe('unavailable');
      expect(await balancer.locator('[data-balancer-note]').textContent()).toContain('nginx -t fails on nginx.conf');
      expect(await balancer.getByRole('button', { name: 'Send one request' }).isDisabled()).toBe(true);

      await pg.replaceLine(1, 'events {}');
      await expect.poll(() => balancer.getAttribute('data-state'), { timeout: 15_000 }).toBe('ready');
      await pg.replaceLine(14, '            return 200;');
      for (const line of [4, 5, 6, 7]) await pg.replaceLine(line, '#');
      await expect.poll(() => balancer.locator('[data-balancer-note]').textContent(), { timeout: 15_000 }).toContain('has no upstream block');
    } finally {
      await page.close();
    }
  });

  it.each(['light', 'dark'] as const)('reads for everyone in %s mode, a stopped server and a failed request included (axe)', async (colorScheme) => {
    const page = await served.browser.newPage({ colorScheme });
    try {
      const pg = await playground(page, chapter(), 'failover');
      const balancer = pg.host.locator('[data-balancer]');
      await expect.poll(() => balancer.getAttribute('data-state')).toBe('ready');
      await balancer.getByRole('button', { name: 'Stop 192.168.1.101:8000' }).click();
      await balancer.getByRole('button', { name: 'Stop 192.168.1.102:8000' }).click();
      await balancer.getByRole('button', { name: 'Send one request' }).click();
      await expect.poll(() => lastLog(pg.host)).toContain('502 Bad Gateway');
      await page.waitForTimeout(1200); // the flash of the last request is over
      expect(await axeViolations(page, { within: '[data-playground="load-balancing-with-nginx/failover"] [data-balancer]' })).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('fits a phone in dark mode, and keeps still for a reader who asks for less motion', async () => {
    const context = await served.browser.newContext({ viewport: { width: 375, height: 800 }, colorScheme: 'dark', reducedMotion: 'reduce' });
    const page = await context.newPage();
    try {
      await page.addInitScript(() => localStorage.setItem('starlight-theme', 'dark'));
      const pg = await playground(page, chapter(), 'failover');
      const balancer = pg.host.locator('[data-balancer]');
      await expect.poll(() => balancer.getAttribute('data-state')).toBe('ready');
      expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
      const box = (await balancer.boundingBox())!;
      expect(box.x + box.width).toBeLessThanOrEqual(375);
      expect(await balancer.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
      const inside = await balancer.locator('[data-server], [data-client], button').evaluateAll((els) => els.map((el) => el.getBoundingClientRect().right));
      expect(Math.max(...inside)).toBeLessThanOrEqual(box.x + box.width);
      expect(await balancer.locator('[data-balancer-packet]').isVisible()).toBe(false);
      await balancer.getByRole('button', { name: 'Send one request' }).click();
      await expect.poll(() => lastLog(pg.host)).toContain('served by');
      expect(await balancer.locator('[data-balancer-packet]').evaluate((el) => getComputedStyle(el).display)).toBe('none');
    } finally {
      await context.close();
    }
  });
});
