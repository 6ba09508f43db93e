/**
 * The Content-Security-Policy the build writes for hosts (_headers, .htaccess), sent with every
 * response, in headless Chromium: a chapter, its playground (Python in its worker, the editor
 * and its worker), the theme switch and search all work, and the browser reports no violation.
 * If this broke, a host configured as the README says would serve a course whose scripts the
 * browser blocks.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { policyOfBuild } from '../../src/hosting/build/integration';
import { openPlayground } from '../support/playground';
import { SITES, siteDir, launchChromium } from '../support/sites';
import { createStaticServer } from '../../src/server/static-server';
import type { AddressInfo } from 'node:net';

const site = SITES.find((s) => s.base === '/course/')!;

/** Every violation the page (and the workers it starts) reports, from the first script on. */
async function watchViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Content-Security-Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.addInitScript(
    "addEventListener('securitypolicyviolation', (event) => console.error('Content Security Policy: ' + event.violatedDirective + ' blocked ' + event.blockedURI));",
  );
  return violations;
}

describe('the course under its own Content-Security-Policy', () => {
  it('loads a chapter, its playground, the editor and search with no violation', async () => {
    const policy = policyOfBuild(siteDir(site));
    const server = createStaticServer({ root: siteDir(site), base: site.base, headers: { 'Content-Security-Policy': policy } });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}${site.base}`;
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      const violations = await watchViolations(page);
      const pg = await openPlayground(page, `${url}deployment-settings/`);
      expect(await pg.findingCodes()).toContain('security.W018');
      await pg.host.locator('.monaco-editor').waitFor({ timeout: 60_000 });
      const before = await pg.checked();
      await pg.replaceLine(16, 'DEBUG = False');
      await pg.nextFeedback(before);
      // Starlight's inline scripts: the theme switch works.
      await page.locator('starlight-theme-select select').first().selectOption('light');
      expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
      const hits = await page.evaluate<number>(
        `import(${JSON.stringify(`${site.base}pagefind/pagefind.js`)}).then(async (pagefind) => (await pagefind.search('collectstatic')).results.length)`,
      );
      expect(hits).toBeGreaterThan(0);
      expect(violations).toEqual([]);
    } finally {
      await browser.close();
      await new Promise((resolve) => server.close(resolve));
    }
  }, 300_000);
});
