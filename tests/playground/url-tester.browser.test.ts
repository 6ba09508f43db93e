/**
 * The URL tester in the URL-routing chapter (its blog-urls exercise), in headless Chromium: a reader types a path and
 * sees what resolve() gives, types a name and sees what reverse() builds, while editing urls.py.
 */
import { describe, expect, it } from 'vitest';
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
});
