/**
 * Every page of the built site, opened in headless Chromium, at / and under /course/: what a
 * reader would notice if the build, a link, an asset or the hosting under a sub-path broke.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe';
import { pagesOf } from '../support/pages';
import { SITES, turnDark, useServedSite } from '../support/sites';

interface Visit {
  consoleErrors: string[];
  failedRequests: string[];
  foreignRequests: string[];
}

async function visit(page: Page, url: string, origin: string): Promise<Visit> {
  const result: Visit = { consoleErrors: [], failedRequests: [], foreignRequests: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') result.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => result.consoleErrors.push(error.message));
  page.on('request', (request) => {
    if (!request.url().startsWith(origin) && !request.url().startsWith('data:') && !request.url().startsWith('blob:')) {
      result.foreignRequests.push(request.url());
    }
  });
  page.on('requestfailed', (request) => result.failedRequests.push(`${request.url()} (${request.failure()?.errorText})`));
  page.on('response', (response) => {
    if (response.status() >= 400) result.failedRequests.push(`${response.url()} (HTTP ${response.status()})`);
  });
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForLoadState('networkidle');
  return result;
}

for (const site of SITES) {
  describe(`the site served under ${site.base}`, () => {
    const served = useServedSite(site);
    const pages = pagesOf(site);

    it('has the home page and every chapter', () => {
      expect(pages).toContain('');
      expect(pages.length).toBeGreaterThanOrEqual(11);
    });

    it.each(pages.map((path) => [path || '(home)', path]))(
      '%s opens with its title, no console error, no failed or foreign request',
      async (_name, path) => {
        const page = await served.browser.newPage();
        try {
          const result = await visit(page, `${served.url}${path}`, served.origin);
          expect(await page.title()).toMatch(/\S.* \| Django to Production$|^Django to Production$/);
          expect((await page.locator('h1').first().textContent())?.trim()).toBeTruthy();
          expect(result).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [] });
        } finally {
          await page.close();
        }
      },
    );

    // What axe judges does not depend on the sub-path: the pages are audited once, at /
    // (tests/site/phone.test.ts audits them again at phone width).
    if (site.base === '/') {
      it.each(pages.map((path) => [path || '(home)', path]))(
        '%s has no serious or critical accessibility violation, in light and dark mode',
        async (_name, path) => {
          // One visit, light then dark as the system's setting changes (Starlight's auto theme follows it).
          const page = await served.browser.newPage({ colorScheme: 'light' });
          try {
            await page.goto(`${served.url}${path}`, { waitUntil: 'load' });
            expect(await axeViolations(page), 'light mode').toEqual([]);
            await turnDark(page);
            expect(await axeViolations(page), 'dark mode').toEqual([]);
          } finally {
            await page.close();
          }
        },
      );
    }

    it('finds a chapter by a word from its body with the built-in search (no server behind it)', async () => {
      const page = await served.browser.newPage();
      try {
        await page.goto(served.url, { waitUntil: 'networkidle' });
        // The button works once Starlight's search script has run: click until the dialog opens.
        const button = page.getByRole('button', { name: /search/i }).first();
        await expect
          .poll(async () => {
            if ((await page.locator('dialog[open]').count()) === 0) await button.click();
            return page.locator('dialog[open] input').count();
          }, { timeout: 20_000 })
          .toBeGreaterThan(0);
        await page.locator('dialog[open] input').first().fill('collectstatic');
        const result = page.locator('dialog[open] .pagefind-ui__result-link').first();
        await expect.poll(() => result.count(), { timeout: 15_000 }).toBeGreaterThan(0);
        const href = await result.getAttribute('href');
        expect(href).toMatch(new RegExp(`^${site.base}static-files/`));
        await result.click();
        await page.waitForURL(`**${site.base}static-files/**`);
        expect(await page.locator('h1').first().textContent()).toMatch(/static/i);
      } finally {
        await page.close();
      }
    });

    it('links every chapter to the next one, so a reader can go through in order', async () => {
      const page = await served.browser.newPage();
      try {
        await page.goto(`${served.url}how-django-serves-a-request/`);
        const next = page.locator('a[rel="next"]');
        expect(await next.getAttribute('href')).toBe(`${site.base}url-routing/`);
      } finally {
        await page.close();
      }
    });
  });
}
