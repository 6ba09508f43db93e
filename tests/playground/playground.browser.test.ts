/**
 * The playground in the deployment-settings chapter, in headless Chromium under /course/: what a
 * reader does there, and what they would notice if it broke.
 */
import { describe, expect, it } from 'vitest';
import { SITES, useServedSite } from '../support/sites';
import { openPlayground } from '../support/playground';

const site = SITES.find((s) => s.base === '/course/')!;

describe('the deployment-settings playground', () => {
  const served = useServedSite(site);
  const chapter = () => `${served.url}deployment-settings/`;

  it('answers at once with what check --deploy says about the starter', async () => {
    const page = await served.browser.newPage();
    try {
      const pg = await openPlayground(page, chapter());
      expect(await pg.findingCodes()).toContain('security.W018');
      expect(await pg.goalStates()).toEqual(['unmet', 'unmet', 'unmet']);
    } finally {
      await page.close();
    }
  });

  it('shows a bad setting at its line, and drops it once fixed', async () => {
    const page = await served.browser.newPage();
    try {
      const pg = await openPlayground(page, chapter());
      const w018 = pg.host.locator('.pg-finding[data-code="security.W018"]');
      expect(await w018.locator('.pg-finding-where').textContent()).toBe('settings.py:16');
      await expect.poll(() => pg.host.locator('.monaco-editor .squiggly-warning').count()).toBeGreaterThan(0);

      const before = await pg.checked();
      await pg.replaceLine(16, 'DEBUG = False');
      await pg.nextFeedback(before);
      // Typing passes through states that do not load (`DEBUG = `): wait for the final answer.
      await expect.poll(async () => (await pg.goalStates())[0]).toBe('met');
      expect(await pg.findingCodes()).not.toContain('security.W018');
    } finally {
      await page.close();
    }
  });

  it('goes from failing to passing, marks the exercise done, and keeps the code after a reload', async () => {
    const page = await served.browser.newPage();
    try {
      let pg = await openPlayground(page, chapter());
      await pg.replaceLine(16, 'DEBUG = False');
      await pg.replaceLine(18, 'ALLOWED_HOSTS = ["shop.example.com"]');
      await pg.replaceLine(13, 'SECRET_KEY = __import__("os").environ["DJANGO_SECRET_KEY"]');
      await expect
        .poll(() => pg.goalStates(), { timeout: 10_000, message: `editor: ${await pg.editorText()}` })
        .toEqual(['met', 'met', 'met']);
      expect(await pg.host.locator('[data-complete]').isVisible()).toBe(true);

      pg = await openPlayground(page, chapter());
      expect(await pg.goalStates()).toEqual(['met', 'met', 'met']);
      expect(await pg.editorText()).toContain('shop.example.com');
      // The sidebar ticks the chapter whose exercises are all done.
      expect(await page.locator('nav[aria-label="Main"] a.chapter-finished').getAttribute('href')).toBe('/course/deployment-settings/');
    } finally {
      await page.close();
    }
  });

  it('stops a loop that never ends, says so, and keeps working', async () => {
    const page = await served.browser.newPage();
    try {
      const pg = await openPlayground(page, chapter());
      const started = Date.now();
      await pg.replaceLine(16, 'while True: pass');
      await expect
        .poll(() => pg.host.locator('[data-findings-summary], [data-findings]').allTextContents(), { timeout: 8_000 })
        .toEqual(expect.arrayContaining([expect.stringMatching(/stopped|too long|time limit/i)]));
      expect(Date.now() - started).toBeLessThan(6_000);
      const before = await pg.checked();
      await pg.replaceLine(16, 'DEBUG = False');
      await pg.nextFeedback(before, 15_000);
      expect(await pg.findingCodes()).not.toContain('security.W018');
    } finally {
      await page.close();
    }
  });

  it('can be used with the keyboard alone: Tab into the editor, type, Esc then Tab out', async () => {
    const page = await served.browser.newPage();
    try {
      const pg = await openPlayground(page, chapter());
      await pg.host.locator('[role="tab"]').first().focus();
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.closest('.monaco-editor') !== null)).toBe(true);
      await page.keyboard.press('Escape');
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.closest('.monaco-editor') === null)).toBe(true);
      expect(await page.evaluate(() => document.activeElement?.closest('[data-playground]') !== null)).toBe(true);
    } finally {
      await page.close();
    }
  });

  it('resets to the starter only after the reader confirms', async () => {
    const page = await served.browser.newPage();
    try {
      const pg = await openPlayground(page, chapter());
      await pg.replaceLine(16, 'DEBUG = False');
      await pg.host.getByRole('button', { name: 'Reset to the starter' }).click();
      await pg.host.getByRole('button', { name: 'Keep my changes' }).click();
      expect(await pg.editorText()).toContain('DEBUG = False');
      await pg.host.getByRole('button', { name: 'Reset to the starter' }).click();
      await pg.host.getByRole('button', { name: 'Reset', exact: true }).click();
      await expect.poll(() => pg.editorText()).toContain('DEBUG = True');
    } finally {
      await page.close();
    }
  });

  it("keeps the reader's Python away from the page: no js module, the page's storage untouched", async () => {
    const page = await served.browser.newPage();
    try {
      const pg = await openPlayground(page, chapter());
      const before = await pg.checked();
      await pg.replaceLine(16, 'import js; js.document.cookie = "stolen=1"');
      await pg.nextFeedback(before);
      await expect.poll(() => pg.host.locator('[data-findings]').textContent()).toContain("No module named 'js'");
      expect(await page.evaluate(() => document.cookie)).not.toContain('stolen');
    } finally {
      await page.close();
    }
  });

  it('tells the reader when the browser cannot save their code, instead of losing it silently', async () => {
    const context = await served.browser.newContext();
    // A browser whose storage for the site is full: every write fails as Chromium's does.
    await context.addInitScript(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    const page = await context.newPage();
    try {
      const pg = await openPlayground(page, chapter());
      await pg.replaceLine(16, 'DEBUG = False');
      const note = pg.host.locator('[data-saved]');
      await expect.poll(() => note.getAttribute('data-problem')).toBe('full');
      expect(await note.textContent()).toMatch(/storage .* is full.*Copy your code/);
    } finally {
      await context.close();
    }
  });

  it('applies a quick fix from the keyboard: Ctrl+. on DEBUG = True offers "Set DEBUG = False"', async () => {
    const page = await served.browser.newPage();
    try {
      const pg = await openPlayground(page, chapter());
      await pg.host.locator('.monaco-editor .view-lines').click();
      await page.keyboard.press('Control+Home');
      for (let i = 1; i < 16; i++) await page.keyboard.press('ArrowDown');
      await page.keyboard.press('End');
      await page.keyboard.press('Control+.');
      const action = page.locator('.action-widget').getByText('Set DEBUG = False');
      await action.waitFor({ timeout: 10_000 });
      await page.keyboard.press('Enter');
      await expect.poll(() => pg.editorText()).toContain('DEBUG = False');
      await expect.poll(async () => (await pg.goalStates())[0]).toBe('met');
    } finally {
      await page.close();
    }
  });
});
