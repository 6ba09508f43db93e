/**
 * The reader's work in the browser's storage, in headless Chromium: the same chapter open in
 * two tabs, and saved work this version cannot read. In both, nothing the reader typed is lost,
 * and the reader is told what happened.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPlayground } from '../support/playground';
import { SITES, useServedSite } from '../support/sites';

const site = SITES.find((s) => s.base === '/')!;
const EXERCISE = 'deployment-settings/production-settings';
const WORK_KEY = `django-to-production:work:${EXERCISE}`;

const stored = (page: Page) =>
  page.evaluate(() => Object.fromEntries(Object.keys(localStorage).map((key) => [key, localStorage.getItem(key)!])));

describe("the reader's work in storage", () => {
  const served = useServedSite(site);
  const chapter = () => `${served.url}deployment-settings/`;

  it('follows the reader from one tab to the other, both sides kept, and says so', async () => {
    const context = await served.browser.newContext();
    try {
      const [first, second] = [await context.newPage(), await context.newPage()];
      const a = await openPlayground(first, chapter());
      const b = await openPlayground(second, chapter());

      await first.bringToFront();
      await a.replaceLine(16, 'DEBUG = False');
      // A tab in the background lays nothing out, and only the editor's lines in view can be read: look at it, as the reader would.
      await second.bringToFront();
      await expect.poll(() => b.editorText(), { timeout: 10_000 }).toContain('DEBUG = False');
      expect(await b.host.locator('[data-saved]').textContent()).toContain('You changed this exercise in another tab');

      // Typing in the second tab builds on the first tab's work instead of overwriting it.
      await b.replaceLine(18, 'ALLOWED_HOSTS = ["shop.example.com"]');
      await first.bringToFront();
      await expect.poll(() => a.editorText(), { timeout: 10_000 }).toContain('shop.example.com');
      expect(await a.editorText()).toContain('DEBUG = False');

      const saved = JSON.parse((await stored(first))[WORK_KEY]!) as { files: Record<string, string> };
      expect(saved.files['mysite/settings.py']).toContain('DEBUG = False');
      expect(saved.files['mysite/settings.py']).toContain('ALLOWED_HOSTS = ["shop.example.com"]');
      const reloaded = await openPlayground(first, chapter());
      expect(await reloaded.editorText()).toContain('DEBUG = False');
      expect(await reloaded.editorText()).toContain('shop.example.com');
    } finally {
      await context.close();
    }
  });

  it.each([
    ['invalid JSON', '{"files": {"mysite/settings.py": "DEBUG', 'it is not valid JSON', null],
    ['files: null', '{"files": null, "savedAt": 1767225600000}', 'it holds no files', null],
    ['a file whose value is 42', '{"files": {"mysite/settings.py": 42}, "savedAt": 1767225600000}', 'the file mysite/settings.py holds no text', null],
    [
      'a file named ../../etc/evil.py',
      '{"files": {"mysite/settings.py": "SALVAGED = 1\\n", "../../etc/evil.py": "import os"}, "savedAt": 1767225600000}',
      '"../../etc/evil.py" is not a file of this exercise',
      'SALVAGED = 1',
    ],
    ['a bad date', '{"files": {"mysite/settings.py": "SALVAGED = 1\\n"}, "savedAt": "tomorrow"}', 'the date it was saved is not a date', 'SALVAGED = 1'],
  ])('read from %s: kept aside, the rest recovered, the reader told, never replaced', async (_what, record, problem, recovered) => {
    const context = await served.browser.newContext();
    try {
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(served.url);
      await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [WORK_KEY, record]);

      const pg = await openPlayground(page, chapter());
      const notice = pg.host.locator('[data-recovered]');
      expect(await notice.isVisible()).toBe(true);
      expect(await notice.locator('[data-recovered-text]').textContent()).toContain(problem);
      expect(await notice.locator('[data-recovered-record]').textContent()).toBe(record);
      // The playground works: the starter (or what could be read) is in the editor and checked.
      expect(await pg.editorText()).toContain(recovered ?? 'DEBUG = True');
      expect(await pg.findingCodes()).not.toEqual([]);

      const keptUnder = Object.entries(await stored(page)).find(([, value]) => value === record)?.[0];
      expect(keptUnder).toMatch(new RegExp(`^django-to-production:unreadable:${EXERCISE}:\\d+$`));
      expect(await notice.locator('[data-recovered-text]').textContent()).toContain(keptUnder);

      // The first edit saves the reader's new work, and the record stays where it was put.
      await pg.replaceLine(1, '# edited after the recovery');
      await expect.poll(async () => (await stored(page))[WORK_KEY] ?? '').toContain('# edited after the recovery');
      expect((await stored(page))[keptUnder!]).toBe(record);

      // After a reload the recovered work is simply back: nothing more to tell.
      const again = await openPlayground(page, chapter());
      expect(await again.editorText()).toContain('# edited after the recovery');
      expect(await again.host.locator('[data-recovered]').isVisible()).toBe(false);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('keeps the hints seen and the unlocked solution after a reload', async () => {
    const context = await served.browser.newContext();
    try {
      const page = await context.newPage();
      let pg = await openPlayground(page, chapter());
      await pg.host.getByRole('button', { name: /Show a hint/ }).click();
      await pg.host.getByRole('button', { name: /Show a hint/ }).click();
      await pg.replaceLine(16, 'DEBUG = False');
      const solution = pg.host.getByRole('button', { name: 'Show the solution' });
      await expect.poll(() => solution.isEnabled()).toBe(true);

      pg = await openPlayground(page, chapter());
      expect(await pg.host.locator('[data-hints] li').count()).toBe(2);
      expect(await pg.host.getByRole('button', { name: /Show a hint/ }).textContent()).toMatch(/\(2 of \d+\)/);
      expect(await pg.host.getByRole('button', { name: 'Show the solution' }).isEnabled()).toBe(true);
    } finally {
      await context.close();
    }
  });
});
