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

  it('answers a playground further down once the reader scrolls near it, not while they work in the one above', async () => {
    const page = await served.browser.newPage();
    try {
      await page.goto(chapter());
      const [first, below] = [page.locator('[data-playground]').nth(0), page.locator('[data-playground]').nth(1)];
      // The top of the first at the top of the window: the next is more than two screens down.
      await first.evaluate((host) => host.scrollIntoView({ block: 'start' }));
      await first.locator('.monaco-editor').waitFor({ timeout: 60_000 });
      const checked = async () => Number(await first.getAttribute('data-checked-version'));
      await expect.poll(checked, { timeout: 30_000 }).toBeGreaterThan(0);
      const before = await checked();
      await first.locator('.monaco-editor .view-lines').click();
      await page.keyboard.type('# typed');
      await expect.poll(checked).toBeGreaterThan(before);
      const summary = () => below.locator('[data-findings-summary]').textContent();
      expect(await summary()).toBe('Nothing checked yet.');
      await below.scrollIntoViewIfNeeded();
      await expect.poll(summary, { timeout: 30_000 }).not.toBe('Nothing checked yet.');
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
      // The banner leads on to the next chapter.
      expect(await pg.host.locator('[data-complete] a').getAttribute('href')).toBe(`${site.base}logging-and-error-reporting/`);

      pg = await openPlayground(page, chapter());
      expect(await pg.goalStates()).toEqual(['met', 'met', 'met']);
      expect(await pg.editorText()).toContain('shop.example.com');
      // The sidebar ticks a chapter only when all its exercises are done: this is one of three.
      expect(await page.locator('nav[aria-label="Main"] a.chapter-finished').count()).toBe(0);
    } finally {
      await page.close();
    }
  });

  it('stops a loop that never ends, says so, shows the goals as unanswered, and keeps working', async () => {
    const page = await served.browser.newPage();
    try {
      const pg = await openPlayground(page, chapter());
      const goals = pg.host.locator('[data-goals]');
      const note = pg.host.locator('[data-goals-stale]');
      await pg.replaceLine(16, 'DEBUG = False');
      await expect.poll(() => pg.goalStates()).toEqual(['met', 'unmet', 'unmet']);
      // The loop in one edit, uncommented: typed as code, `w` alone would be a NameError, which
      // is an answer, judged (rightly) as meeting no goal.
      await pg.goToLineEnd(16);
      await page.keyboard.press('Enter');
      await page.keyboard.type('#while True: pass');
      await page.keyboard.press('Home');
      const started = Date.now();
      await page.keyboard.press('Delete');
      await expect
        .poll(() => pg.host.locator('[data-findings-summary], [data-findings]').allTextContents(), { timeout: 8_000 })
        .toEqual(expect.arrayContaining([expect.stringMatching(/stopped|too long|time limit/i)]));
      expect(Date.now() - started).toBeLessThan(6_000);
      // The time limit's interrupt landed in the loop: an ordinary answer, its error a
      // KeyboardInterrupt at the line, and no verdict on the goals.
      expect(await pg.findingCodes()).toContain('KeyboardInterrupt');
      await expect.poll(() => goals.getAttribute('data-stale')).toBe('true');
      expect(await pg.goalStates()).toEqual(['met', 'unmet', 'unmet']);
      expect(await note.isVisible()).toBe(true);
      expect(await note.textContent()).toMatch(/^No answer for your code as it is now: the last run was stopped at the time limit\. The goals are as judged/);
      expect(await goals.getAttribute('aria-describedby')).toBe(await note.getAttribute('id'));
      expect(await pg.host.locator('[data-findings-summary]').textContent()).toMatch(/^No answer for your code as it is now/);

      // Reloaded with the loop saved: nothing was judged in this page yet, and the goals say so.
      const reloaded = await openPlayground(page, chapter());
      await expect.poll(() => goals.getAttribute('data-stale'), { timeout: 8_000 }).toBe('true');
      expect(await reloaded.goalStates()).toEqual(['unknown', 'unknown', 'unknown']);
      expect(await note.textContent()).toBe('No answer for your code as it is now: the last run was stopped at the time limit. The goals are not judged yet.');

      await reloaded.replaceLine(17, '#');
      await expect.poll(() => goals.getAttribute('data-stale'), { timeout: 15_000 }).toBeNull();
      expect(await reloaded.goalStates()).toEqual(['met', 'unmet', 'unmet']);
      expect(await note.isVisible()).toBe(false);
      expect(await goals.getAttribute('aria-describedby')).toBeNull();
      expect(await reloaded.findingCodes()).not.toContain('KeyboardInterrupt');
      expect(await reloaded.findingCodes()).not.toContain('security.W018');
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

  it('offers the SECRET_KEY fix once (security.W009 and course.W001 both propose it), with its whole label', async () => {
    const page = await served.browser.newPage();
    try {
      const pg = await openPlayground(page, chapter());
      await pg.goToLineEnd(13);
      await page.keyboard.press('Control+.');
      const menu = page.locator('.action-widget').first();
      await menu.locator('.monaco-list-row.action').first().waitFor({ timeout: 10_000 });
      const titles = await menu.locator('.monaco-list-row.action .title').evaluateAll((els) =>
        els.map((el) => ({ text: el.textContent, cut: el.scrollWidth > el.clientWidth + 1 })),
      );
      expect(titles).toEqual([{ text: 'Read SECRET_KEY from the DJANGO_SECRET_KEY environment variable', cut: false }]);
    } finally {
      await page.close();
    }
  });

  it('closes the quick-fix menu with Escape, and the editor keeps Tab for indenting', async () => {
    const page = await served.browser.newPage();
    try {
      const pg = await openPlayground(page, chapter());
      await pg.goToLineEnd(16);
      await page.keyboard.press('Control+.');
      const menu = page.locator('.action-widget').first();
      await menu.getByText('Set DEBUG = False').waitFor({ timeout: 10_000 });
      expect(await menu.locator('.title').first().evaluate((el) => el.scrollWidth <= el.clientWidth + 1)).toBe(true);
      await page.keyboard.press('Escape');
      await expect.poll(() => menu.isVisible()).toBe(false);
      expect(await page.evaluate(() => document.activeElement?.closest('.monaco-editor') !== null)).toBe(true);
      // Escape went to the menu, not to the editor's "Tab moves the focus" switch: Tab still indents.
      await page.keyboard.press('Home');
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.closest('.monaco-editor') !== null)).toBe(true);
      await expect.poll(() => pg.editorText()).toContain('    DEBUG = True');
    } finally {
      await page.close();
    }
  });

  it('names a problem in the hover by its check id only, and F8 counts what the summary says is marked', async () => {
    const page = await served.browser.newPage();
    try {
      const pg = await openPlayground(page, chapter());
      await pg.goToLineEnd(16);
      await page.keyboard.press('Control+k');
      await page.keyboard.press('Control+i');
      const hover = page.locator('.monaco-hover:not(.hidden)').first();
      await expect.poll(() => hover.textContent(), { timeout: 10_000 }).toContain('security.W018');
      expect(await hover.textContent()).not.toMatch(/security\.W018\(|:\d+\)/);
      await page.keyboard.press('Escape');

      // Read both as one state: an answer arriving between the two readings changes both. F8's
      // "n of m" counts the problems of every editor on the page (another playground's too), so
      // what is compared is the problems F8 goes through in this file.
      const panel = page.locator('.marker-widget').first();
      const summaryAndPanel = async () => {
        const summary = (await pg.host.locator('[data-findings-summary]').textContent()) ?? '';
        const marked = Number(/(\d+) (?:is|are) marked in mysite\/settings\.py/.exec(summary)?.[1] ?? NaN);
        await page.keyboard.press('Escape');
        await page.keyboard.press('Control+Home');
        const visited = new Set<string>();
        for (let i = 0; i < marked + 2; i++) {
          await page.keyboard.press('F8');
          await page.waitForTimeout(300);
          const shown = await page.evaluate(() => document.querySelector('.marker-widget .descriptioncontainer')?.textContent ?? '');
          if (shown) visited.add(shown);
        }
        await page.keyboard.press('Escape');
        return { marked: !Number.isNaN(marked), agree: visited.size === marked, summary, visited: [...visited] };
      };
      await expect.poll(summaryAndPanel, { timeout: 30_000 }).toMatchObject({ marked: true, agree: true });
      await page.keyboard.press('Control+Home');
      await page.keyboard.press('F8');
      await panel.waitFor({ timeout: 10_000 });
      expect(await panel.evaluate((el) => el.querySelector('.descriptioncontainer')!.scrollWidth <= el.clientWidth)).toBe(true);
    } finally {
      await page.close();
    }
  });

  it('keeps the goals as last judged while a half-typed line does not parse, marked as stale', async () => {
    const page = await served.browser.newPage();
    try {
      const pg = await openPlayground(page, chapter());
      await pg.replaceLine(16, 'DEBUG = False');
      await expect.poll(async () => (await pg.goalStates())[0]).toBe('met');
      // One keystroke from code that runs to code that does not parse (typing a whole new line
      // passes through states such as `D`, a NameError, which are judged, rightly).
      await pg.goToLineEnd(16);
      const before = await pg.checked();
      await page.keyboard.type(' (');
      await pg.nextFeedback(before);
      await expect.poll(() => pg.findingCodes()).toContain('SyntaxError');
      expect((await pg.goalStates())[0]).toBe('met');
      expect(await pg.host.locator('[data-goals]').getAttribute('data-stale')).toBe('true');
      expect(await pg.host.locator('[data-goals-stale]').textContent()).toContain('SyntaxError');
      await page.keyboard.press('Backspace');
      await page.keyboard.press('Backspace');
      await expect.poll(() => pg.host.locator('[data-goals]').getAttribute('data-stale')).toBeNull();
      expect(await pg.host.locator('[data-goals-stale]').isVisible()).toBe(false);
    } finally {
      await page.close();
    }
  });

  it('opens the reset dialog in the middle of the window', async () => {
    const page = await served.browser.newPage({ viewport: { width: 1280, height: 800 } });
    try {
      const pg = await openPlayground(page, chapter());
      await pg.host.getByRole('button', { name: 'Reset to the starter' }).click();
      const box = (await page.locator('dialog[open]').boundingBox())!;
      expect(Math.abs(box.x + box.width / 2 - 640)).toBeLessThan(2);
      expect(Math.abs(box.y + box.height / 2 - 400)).toBeLessThan(2);
    } finally {
      await page.close();
    }
  });

  it('shows the solution as a change to the reader’s own code, and follows their edits', async () => {
    const page = await served.browser.newPage();
    try {
      const pg = await openPlayground(page, chapter());
      await pg.replaceLine(16, 'DEBUG = False');
      const show = pg.host.getByRole('button', { name: 'Show the solution' });
      await expect.poll(() => show.isEnabled()).toBe(true);
      await show.click();
      const diff = pg.host.locator('[data-solution] .pg-diff');
      const lines = () => diff.locator('.pg-diff-line:not([data-kind="same"])').evaluateAll((els) => els.map((el) => `${(el as HTMLElement).dataset.kind} ${el.textContent}`));
      const changed = await lines();
      expect(changed).toContain('removed − removed: ALLOWED_HOSTS = []');
      expect(changed.some((line) => line.startsWith('added') && line.includes('ALLOWED_HOSTS = ['))).toBe(true);
      // The reader fixed DEBUG already: the solution has nothing to change there.
      expect(changed.some((line) => line.includes('DEBUG'))).toBe(false);
      await pg.replaceLine(16, 'DEBUG = True');
      await expect.poll(lines).toContain('removed − removed: DEBUG = True');
    } finally {
      await page.close();
    }
  });

  it("copies the open file, and downloads the reader's files, edits included", async () => {
    const context = await served.browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'], acceptDownloads: true });
    try {
      const page = await context.newPage();
      const pg = await openPlayground(page, chapter());
      await pg.replaceLine(16, 'DEBUG = False  # mine');
      await pg.host.getByRole('button', { name: 'Copy settings.py' }).click();
      await expect.poll(() => pg.host.locator('[data-take-status]').textContent()).toContain('is copied');
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      expect(copied).toContain('DEBUG = False  # mine');
      expect(copied).toContain('INSTALLED_APPS');

      const [download] = await Promise.all([page.waitForEvent('download'), pg.host.getByRole('button', { name: 'Download my files' }).click()]);
      expect(download.suggestedFilename()).toBe('settings.py');
      const { readFile } = await import('node:fs/promises');
      expect(await readFile((await download.path())!, 'utf8')).toBe(copied);
    } finally {
      await context.close();
    }
  });
});
