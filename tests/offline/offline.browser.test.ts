/**
 * The course offline, in headless Chromium under /course/: after one visit a reader on a train
 * still reads every chapter, searches, and gets answers from three chapters' playgrounds; when a
 * new version is deployed they are told, and reloading into it keeps their code; a browser whose
 * storage is full still runs the course online, without an error.
 */
import { cpSync, rmSync, writeFileSync, readFileSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manifestOfBuild, serviceWorkerScript } from '../../src/offline/build/integration';
import { deployments, type Deployments } from '../support/deployments';
import { openPlayground } from '../support/playground';
import { BUILDS_ROOT, SITES, launchChromium, siteDir } from '../support/sites';
import type { Browser } from 'playwright-core';

const site = SITES.find((s) => s.base === '/course/')!;

/** Open a context whose page errors are collected (an uncaught error anywhere fails the test). */
async function reader(browser: Browser): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  return { context, page, errors };
}

const offlineState = (page: Page) => page.evaluate(() => document.documentElement.dataset.offline ?? null);

describe('the course offline', () => {
  let browser: Browser;
  let host: Deployments;
  const url = (path = '') => `${host.origin}${site.base}${path}`;

  beforeAll(async () => {
    host = deployments(siteDir(site), site.base);
    await host.listen();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await host?.close();
  });

  it('after one visit, reads chapters, searches and answers in three chapters’ playgrounds with no network', async () => {
    host.deploy(siteDir(site));
    const { context, page, errors } = await reader(browser);
    try {
      await openPlayground(page, url('deployment-settings/'));
      await expect.poll(() => offlineState(page), { timeout: 120_000 }).toBe('ready');
      // The first service worker taking over the page is no new version: nothing to tell.
      expect(await page.locator('[data-update-notice]').count()).toBe(0);

      await context.setOffline(true);
      host.down();
      await page.reload();
      let pg = await openPlayground(page, url('deployment-settings/'));
      expect(await pg.findingCodes()).toContain('security.W018');
      // The editor too (Monaco was not loaded from the network this time either).
      await pg.host.locator('.monaco-editor').waitFor({ timeout: 30_000 });
      const before = await pg.checked();
      await pg.replaceLine(16, 'DEBUG = False');
      await pg.nextFeedback(before);
      await expect.poll(async () => (await pg.goalStates())[0]).toBe('met');

      pg = await openPlayground(page, url('url-routing/'));
      expect((await pg.goalStates()).length).toBeGreaterThan(0);
      pg = await openPlayground(page, url('load-balancing-with-nginx/'), 'load-balancing-with-nginx/nginx-in-front');
      expect(await pg.findingCodes()).toEqual(['nginx.emerg']);

      // A chapter never opened, and the search over all of them.
      await page.goto(url('caching/'));
      expect(await page.locator('h1').first().textContent()).toContain('Caching');
      const hits = await page.evaluate<string[]>(
        `import(${JSON.stringify(`${site.base}pagefind/pagefind.js`)}).then(async (pagefind) => {
          const { results } = await pagefind.search('collectstatic');
          return Promise.all(results.map(async (result) => (await result.data()).url));
        })`,
      );
      expect(hits).toContain(`${site.base}static-files/`);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
      host.deploy(siteDir(site));
    }
  }, 300_000);

  it('on the next visit, reads Python’s snapshot from the kept copy, not through the service worker', async () => {
    host.deploy(siteDir(site));
    const { context, page, errors } = await reader(browser);
    const snapshotRequests: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('.snapshot')) snapshotRequests.push(request.url());
    });
    try {
      await openPlayground(page, url('deployment-settings/'));
      await expect.poll(() => offlineState(page), { timeout: 120_000 }).toBe('ready');
      expect(snapshotRequests).toHaveLength(1); // the first visit downloads it (the observation works)

      snapshotRequests.length = 0;
      const pg = await openPlayground(page, url('deployment-settings/'));
      expect(await pg.findingCodes()).toContain('security.W018');
      expect(snapshotRequests).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('tells the reader of a new version, and reloading into it keeps their code and removes the old cache', async () => {
    // The next build: one chapter changed, its manifest (and so its version) made as the build makes it.
    const next = join(mkdtempSync(join(BUILDS_ROOT, 'next-')), 'course');
    cpSync(siteDir(site), next, { recursive: true });
    const page2 = join(next, 'url-routing/index.html');
    writeFileSync(page2, readFileSync(page2, 'utf8').replace('</head>', '<meta name="d2p-build" content="next"></head>'));
    for (const twin of [`${page2}.gz`, `${page2}.br`, join(next, 'sw.js.gz'), join(next, 'sw.js.br')]) rmSync(twin, { force: true });
    writeFileSync(join(next, 'sw.js'), await serviceWorkerScript(manifestOfBuild(next)));

    host.deploy(siteDir(site));
    const { context, page, errors } = await reader(browser);
    try {
      let pg = await openPlayground(page, url('url-routing/'));
      await expect.poll(() => offlineState(page), { timeout: 120_000 }).toBe('ready');
      await pg.host.locator('.monaco-editor').waitFor({ timeout: 30_000 });
      await pg.goToLineEnd(1);
      await page.keyboard.type('  # kept across versions');

      host.deploy(next);
      await page.reload();
      const notice = page.locator('[data-update-notice]');
      await notice.getByRole('button', { name: 'Reload' }).waitFor({ timeout: 60_000 });
      expect(await notice.textContent()).toContain('A new version of the course is available.');
      // Until asked, the page stays the version the reader has.
      expect(await page.locator('meta[name="d2p-build"]').count()).toBe(0);

      await Promise.all([page.waitForEvent('load'), notice.getByRole('button', { name: 'Reload' }).click()]);
      await expect.poll(() => page.locator('meta[name="d2p-build"]').count(), { timeout: 30_000 }).toBe(1);
      pg = await openPlayground(page, url('url-routing/'));
      await pg.host.locator('.monaco-editor').waitFor({ timeout: 30_000 });
      expect(await pg.editorText()).toContain('# kept across versions');
      const ours = await page.evaluate(async () => (await caches.keys()).filter((name) => name.startsWith('django-to-production:offline:')));
      expect(ours).toHaveLength(1);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
      host.deploy(siteDir(site));
      rmSync(join(next, '..'), { recursive: true, force: true });
    }
  }, 300_000);

  it('with the browser’s storage full, still answers online and says the course is not kept offline', async () => {
    host.deploy(siteDir(site));
    const { context, page, errors } = await reader(browser);
    try {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Storage.overrideQuotaForOrigin', { origin: host.origin, quotaSize: 2 * 1024 * 1024 });
      const pg = await openPlayground(page, url('deployment-settings/'));
      expect(await pg.findingCodes()).toContain('security.W018');
      await expect.poll(() => offlineState(page), { timeout: 60_000 }).toBe('full');
      // The next page, answered by the service worker from what little it kept, or the network.
      await openPlayground(page, url('url-routing/'));
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  }, 300_000);
});
