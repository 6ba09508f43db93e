/**
 * The standard library's zip and the engine's sources in the browser (src/engine/stdlib-later.ts,
 * build/python-sources.ts splitSources): not downloaded before the first answer (2.9 MB of a
 * first visit that the engine's work never reads), and downloaded while Python waits once the
 * reader's code imports a module nothing had imported. If the first broke, a first visit would
 * wait for 2.9 MB more; if the second did, `import csv` or a Django module's import in a reader's
 * settings would fail where Django's works, or, on a line slower than the time limit, stop as if
 * the reader's code had hung.
 */
import { describe, expect, it } from 'vitest';
import { SITES, useServedSite } from '../../support/sites';
import { openPlayground } from '../../support/playground';

const site = SITES.find((s) => s.base === '/course/')!;
const STDLIB_ZIP = /\/pyodide\/[^/]+\/python_stdlib\.zip$/;
const SOURCES = /\/pyodide\/[^/]+\/engine-[0-9a-f]+(?:\.(\w+))?\.json$/;

describe("the browser's standard library and the engine's sources", () => {
  const served = useServedSite(site);
  // No service worker: its completion downloads every file of the engine once a page has answered.
  const newPage = () => served.browser.newPage({ serviceWorkers: 'block' });

  it('are not downloaded for the first answers of a chapter whose code imports only what the snapshot has', async () => {
    const page = await newPage();
    try {
      const requested: string[] = [];
      page.on('request', (request) => void requested.push(request.url()));
      await openPlayground(page, `${served.url}url-routing/`);
      const playgrounds = page.locator('[data-playground]');
      for (let i = 0; i < (await playgrounds.count()); i++) {
        await playgrounds.nth(i).scrollIntoViewIfNeeded();
        await playgrounds.nth(i).locator('[data-checked-version]').or(playgrounds.nth(i).and(page.locator('[data-checked-version]'))).first().waitFor({ timeout: 30_000 });
      }
      expect(requested.filter((url) => STDLIB_ZIP.test(url) || SOURCES.test(url))).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it("are downloaded once the reader's code imports a module nothing imported yet, and that import works on a slow line", async () => {
    const page = await newPage();
    try {
      const requested: string[] = [];
      page.on('request', (request) => void requested.push(request.url()));
      // Longer than the 2 s time limit: Python's wait for the download does not count against it.
      await page.route(STDLIB_ZIP, async (route) => {
        await new Promise((resolve) => setTimeout(resolve, 3000));
        await route.continue();
      });
      const pg = await openPlayground(page, `${served.url}deployment-settings/`);
      expect(await pg.findingCodes()).toContain('security.W018');
      expect(requested.filter((url) => STDLIB_ZIP.test(url))).toEqual([]);

      await pg.replaceLine(16, 'DEBUG = not (__import__("csv").QUOTE_ALL and __import__("django.utils.lorem_ipsum"))');
      await expect.poll(() => pg.host.locator('[data-engine-text]').textContent(), { timeout: 3000 }).toBe('Downloading a part of Python your code needs…');
      await expect.poll(async () => (await pg.goalStates())[0], { timeout: 20_000 }).toBe('met');
      expect(await pg.findingCodes()).not.toContain('security.W018');
      expect(await pg.host.textContent()).not.toContain('was stopped');
      expect(requested.filter((url) => STDLIB_ZIP.test(url))).toHaveLength(1);
      // django.utils.lorem_ipsum is among the modules the snapshot has not imported. Its bundle
      // is read once for the whole page: the chapter's database playgrounds may have read it first.
      expect(requested.flatMap((url) => SOURCES.exec(url)?.[1] ?? []).filter((bundle) => bundle === 'later')).toEqual(['later']);
    } finally {
      await page.close();
    }
  });
});
