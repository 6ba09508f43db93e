/**
 * The URL tester in the URL-routing chapter (its blog-urls exercise), in headless Chromium: a reader types a path and
 * sees what resolve() gives, types a name and sees what reverse() builds, while editing urls.py.
 */
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe';
import { openPlayground } from '../support/playground';
import { SITES, useServedSite } from '../support/sites';

const site = SITES.find((s) => s.base === '/')!;

describe('the URL tester', () => {
  const served = useServedSite(site);

  it('shows the view a path reaches, its captured values with their Python types, and highlights the pattern', async () => {
    const page = await served.browser.newPage();
    try {
      const pg = await openPlayground(page, `${served.url}url-routing/`, 'url-routing/blog-urls');
      const result = pg.host.locator('[data-url-result]');
      // The starter's <year> has no converter: Django passes the string '2024'.
      await expect.poll(() => result.textContent()).toContain("'2024'");
      expect(await result.textContent()).toContain('blog.views.year_archive');
      expect(await result.locator('td code').allTextContents()).toEqual(["'2024'", 'str']);
      await expect.poll(() => pg.host.locator('.pg-matched-line').count()).toBe(1);

      const before = await pg.checked();
      await pg.replaceLine(6, '    path("<int:year>/", views.year_archive, name="year-archive"),');
      await pg.nextFeedback(before);
      await expect.poll(() => result.locator('td code').allTextContents()).toEqual(['2024', 'int']);
    } finally {
      await page.close();
    }
  });

  it("shows the DEBUG 404 page's list of patterns tried, in order, and the APPEND_SLASH redirect", async () => {
    const page = await served.browser.newPage();
    try {
      const pg = await openPlayground(page, `${served.url}url-routing/`, 'url-routing/blog-urls');
      const before = await pg.checked();
      await pg.host.locator('[data-url-path]').fill('/blog/about');
      await pg.nextFeedback(before);
      const result = pg.host.locator('[data-url-result]');
      await expect.poll(() => result.textContent()).toContain('Page not found (404)');
      expect(await result.locator('li').allTextContents()).toEqual([
        "[name='home']",
        "blog/ about/ [name='about']",
        "blog/ <year>/ [name='year-archive']",
        "blog/ <int:year>/<str:month>/ [name='month-archive']",
        "blog/ <int:year>/<slug:slug>/ [name='post']",
      ]);
      expect(await result.textContent()).toContain('redirect to /blog/about/');
    } finally {
      await page.close();
    }
  });

  it('shows what reverse() builds, and the NoReverseMatch Django raises without the namespace', async () => {
    const page = await served.browser.newPage();
    try {
      const pg = await openPlayground(page, `${served.url}url-routing/`, 'url-routing/blog-urls');
      const reversed = pg.host.locator('[data-reverse-result]');
      await expect.poll(() => reversed.textContent()).toContain("NoReverseMatch: 'blog' is not a registered namespace");
      const before = await pg.checked();
      await pg.host.locator('[data-url-reverse]').fill('year-archive 2024');
      await pg.nextFeedback(before);
      await expect.poll(() => reversed.textContent()).toContain('reverse("year-archive", args=[2024]) → "/blog/2024/"');
    } finally {
      await page.close();
    }
  });

  it('routes the path only: ?page=2 plays no part in resolve(), and the tester says so', async () => {
    const page = await served.browser.newPage();
    try {
      const pg = await openPlayground(page, `${served.url}url-routing/`, 'url-routing/blog-urls');
      const before = await pg.checked();
      await pg.host.locator('[data-url-path]').fill('/blog/2024/?page=2');
      await pg.nextFeedback(before);
      const result = pg.host.locator('[data-url-result]');
      await expect.poll(() => result.textContent()).toContain('blog.views.year_archive');
      const text = await result.textContent();
      expect(text).toContain('the query string ?page=2 plays no part');
      expect(text).not.toContain('Page not found');
      expect(text).not.toContain('%3F');
      expect(await result.locator('td code').allTextContents()).toEqual(["'2024'", 'str']);
    } finally {
      await page.close();
    }
  });

  it('leaves the editor on the tab the reader chose when the path matches in another file, and names that file', async () => {
    const page = await served.browser.newPage();
    try {
      const pg = await openPlayground(page, `${served.url}url-routing/`, 'url-routing/blog-urls');
      const selected = async () => (await pg.host.locator('[role="tab"][aria-selected="true"]').textContent())?.trim();
      expect(await selected()).toBe('blog/urls.py');
      const before = await pg.checked();
      await pg.host.locator('[data-url-path]').fill('/');
      await pg.nextFeedback(before);
      const result = pg.host.locator('[data-url-result]');
      await expect.poll(() => result.textContent()).toContain('blog.views.home');
      expect(await result.getByRole('button').textContent()).toBe('mysite/urls.py:6');
      expect(await selected()).toBe('blog/urls.py');
      expect(await pg.editorText()).toContain('year_archive');
      // The next edit lands in the file the reader sees.
      await pg.replaceLine(1, 'from django.urls import path  # edited');
      await expect.poll(() => pg.editorText()).toContain('# edited');
      expect(await selected()).toBe('blog/urls.py');
      // The button takes the reader there when they ask.
      await result.getByRole('button').click();
      expect(await selected()).toBe('mysite/urls.py');
    } finally {
      await page.close();
    }
  });

  it.each(['light', 'dark'] as const)(
    'after a run stopped in urls.py keeps its last answers, marked as unanswered, readable in %s mode, until a run answers',
    async (colorScheme) => {
      const page = await served.browser.newPage({ colorScheme });
      try {
        const pg = await openPlayground(page, `${served.url}url-routing/`, 'url-routing/blog-urls');
        expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(colorScheme);
        const tester = pg.host.locator('[data-url-tester]');
        const note = pg.host.locator('[data-url-stale]');
        const result = pg.host.locator('[data-url-result]');
        await expect.poll(() => result.textContent()).toContain('blog.views.year_archive');
        await expect.poll(() => pg.host.locator('.pg-matched-line').count()).toBe(1);
        // urls.py is imported again for resolve() after the interrupt stopped the first import:
        // the loop runs again, the worker is replaced, and the call fails (the other path).
        // The loop in one edit, uncommented (typed as code, `w` alone would be a NameError, an answer).
        await pg.goToLineEnd(2);
        await page.keyboard.type('#while True: pass');
        await page.keyboard.press('Home');
        await page.keyboard.press('Delete');
        await expect.poll(() => tester.getAttribute('data-stale'), { timeout: 15_000 }).toBe('true');
        expect(await pg.findingCodes()).toEqual([]);
        expect(await pg.host.locator('[data-findings-summary]').textContent()).toMatch(/^The code was still running after 2 s and was stopped/);
        expect(await note.textContent()).toBe(
          'No answer for your code as it is now: the last run was stopped at the time limit. Below: the answers to the last version of your code that gave one.',
        );
        expect(await result.textContent()).toContain('blog.views.year_archive');
        expect(await pg.host.locator('.pg-matched-line').count()).toBe(0);
        const noteId = (await note.getAttribute('id'))!;
        expect(await pg.host.locator('[data-url-path]').getAttribute('aria-describedby')).toBe(noteId);
        expect((await pg.host.locator('[data-url-reverse]').getAttribute('aria-describedby'))!.split(' ')).toEqual([expect.stringMatching(/-reverse-help$/), noteId]);
        expect(await pg.host.locator('[data-goals]').getAttribute('data-stale')).toBe('true');
        const within = ['[data-goals]', '[data-goals-stale]', '[data-url-tester]'].map((part) => `[data-playground="url-routing/blog-urls"] ${part}`).join(', ');
        expect(await axeViolations(page, { within, rules: ['color-contrast'] })).toEqual([]);

        await pg.replaceLine(2, '#');
        await expect.poll(() => tester.getAttribute('data-stale'), { timeout: 30_000 }).toBeNull();
        expect(await note.isVisible()).toBe(false);
        expect(await pg.host.locator('[data-url-path]').getAttribute('aria-describedby')).toBeNull();
        expect(await pg.host.locator('[data-url-reverse]').getAttribute('aria-describedby')).toMatch(/-reverse-help$/);
        expect(await pg.host.locator('[data-goals]').getAttribute('data-stale')).toBeNull();
        await expect.poll(() => pg.host.locator('.pg-matched-line').count()).toBe(1);
      } finally {
        await page.close();
      }
    },
  );
});
