/**
 * The standard library's zip in the browser (src/engine/stdlib-later.ts): not downloaded before
 * the first answer (2.5 MB of a first visit that the engine's work never reads), and downloaded
 * while Python waits once the reader's code imports a module nothing had imported. If the first
 * broke, a first visit would wait for 2.5 MB more; if the second did, `import csv` in a reader's
 * settings would fail where Django's works.
 */
import { describe, expect, it } from 'vitest';
import { SITES, useServedSite } from '../../support/sites';
import { openPlayground } from '../../support/playground';

const site = SITES.find((s) => s.base === '/course/')!;
const STDLIB_ZIP = /\/pyodide\/[^/]+\/python_stdlib\.zip$/;

describe("the browser's standard library", () => {
  const served = useServedSite(site);

  it("is downloaded only when the reader's code imports a module nothing imported yet, and that import works", async () => {
    // No service worker: its completion downloads every file of the engine once a page has answered.
    const page = await served.browser.newPage({ serviceWorkers: 'block' });
    try {
      const requested: string[] = [];
      page.on('request', (request) => void requested.push(request.url()));
      const pg = await openPlayground(page, `${served.url}deployment-settings/`);
      expect(await pg.findingCodes()).toContain('security.W018');
      expect(requested.filter((url) => STDLIB_ZIP.test(url))).toEqual([]);

      await pg.replaceLine(16, 'DEBUG = not __import__("csv").QUOTE_ALL');
      await expect.poll(async () => (await pg.goalStates())[0], { timeout: 20_000 }).toBe('met');
      expect(await pg.findingCodes()).not.toContain('security.W018');
      expect(requested.filter((url) => STDLIB_ZIP.test(url))).toHaveLength(1);
    } finally {
      await page.close();
    }
  });
});
