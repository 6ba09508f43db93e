/**
 * The "Run collectstatic" panel in the built site under /course/, in headless Chromium: the
 * static-files chapter's shadowed-CSS exercise runs `collectstatic -v 2` on the reader's project,
 * prints Django's lines and draws the STATIC_ROOT tree with the blog's stylesheet shadowed; once
 * the reader gives the site's folder a prefix, the tree follows the edit with both stylesheets; a
 * command line with an open quote is refused before anything runs. No accessibility violation in
 * dark mode, and it fits a phone. If this broke, the chapter's action would show nothing, or a
 * tree of another version of the reader's code.
 */
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe';
import { openPlayground } from '../support/playground';
import { PHONE, SITES, useServedSite } from '../support/sites';

const site = SITES.find((s) => s.base === '/course/')!;
const EXERCISE = 'static-files/app-css-shadowed';
/** The starter's STATICFILES_DIRS line of mysite/settings.py. */
const DIRS_LINE = 26;

describe('the collectstatic panel', { timeout: 180_000 }, () => {
  const served = useServedSite(site);
  const chapter = () => `${served.url}static-files/`;

  it('shows what collectstatic printed and the tree it left, and follows the reader’s edit', async () => {
    const page = await served.browser.newPage({ colorScheme: 'dark' });
    try {
      const pg = await openPlayground(page, chapter(), EXERCISE);
      const panel = pg.host.locator('[data-collectstatic-panel]');
      const run = panel.getByRole('button', { name: 'Run collectstatic' });
      await expect.poll(() => panel.getAttribute('data-state'), { timeout: 60_000 }).toBe('ready');
      await run.click();
      await expect.poll(() => panel.getAttribute('data-state'), { timeout: 60_000 }).toBe('answered');
      expect(await panel.locator('[data-collectstatic-status]').textContent()).toBe('$ python manage.py collectstatic --noinput -v 2');
      const output = (await panel.locator('.pg-cs-output pre').textContent()) ?? '';
      expect(output).toContain("Found another file with the destination path 'css/style.css'");
      expect(await panel.locator('.pg-cs-outcome').textContent()).toMatch(/^1 static file copied to '.*staticfiles', 1 skipped due to conflict\.$/);
      expect(await panel.locator('.pg-cs-shadowed').allTextContents()).toEqual([expect.stringMatching(/^shadows .*blog\/static\/css\/style\.css \(AppDirectoriesFinder\): not collected$/)]);
      expect(await panel.locator('[data-collectstatic-live]').textContent()).toMatch(/^1 static file copied/);

      const within = `[data-playground="${EXERCISE}"] [data-collectstatic-panel]`;
      expect(await axeViolations(page, { within })).toEqual([]);
      expect(await axeViolations(page, { within, rules: ['color-contrast'] })).toEqual([]);

      await pg.replaceLine(DIRS_LINE, 'STATICFILES_DIRS = [("site", BASE_DIR / "static")]');
      await expect.poll(() => panel.locator('.pg-cs-outcome').textContent(), { timeout: 60_000 }).toMatch(/^2 static files copied/);
      expect(await panel.locator('.pg-cs-shadowed').count()).toBe(0);
      const names = await panel.locator('.pg-cs-root code.pg-cs-name').allTextContents();
      expect(names.filter((name) => name === 'style.css')).toHaveLength(2);

      const args = panel.locator('[data-collectstatic-args]');
      await args.fill("--noinput -i 'unclosed");
      await run.click();
      await expect.poll(() => panel.locator('[data-collectstatic-problem]').isVisible()).toBe(true);
      expect(await args.getAttribute('aria-invalid')).toBe('true');
    } finally {
      await page.close();
    }
  });

  it('fits a phone’s width', async () => {
    const context = await served.browser.newContext(PHONE);
    const page = await context.newPage();
    try {
      const pg = await openPlayground(page, chapter(), EXERCISE);
      const panel = pg.host.locator('[data-collectstatic-panel]');
      await expect.poll(() => panel.getAttribute('data-state'), { timeout: 60_000 }).toBe('ready');
      await panel.getByRole('button', { name: 'Run collectstatic' }).click();
      await expect.poll(() => panel.getAttribute('data-state'), { timeout: 60_000 }).toBe('answered');
      expect(await panel.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(1);
      const button = await panel.getByRole('button', { name: 'Run collectstatic' }).boundingBox();
      expect(button!.height).toBeGreaterThanOrEqual(24);
    } finally {
      await context.close();
    }
  });
});
