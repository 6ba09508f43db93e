/**
 * The course's pages in a reader's hands, in headless Chromium: tables that fit a laptop's
 * window, a finished chapter's note that reads on the current sidebar item and does not move the
 * outline, checklists that can be ticked and stay ticked, no link off to a placeholder domain, and
 * search results made of the chapters' text (not of the playgrounds' goals).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe';
import { pagesOf } from '../support/pages';
import { PHONE, SITES, siteDir, useServedSite } from '../support/sites';

const site = SITES.find((s) => s.base === '/')!;
const chapterExercises = (html: string) =>
  JSON.parse(/<script type="application\/json" id="chapter-exercises">([\s\S]*?)<\/script>/.exec(html)![1]!) as Record<string, string[]>;

describe('the course in a reader’s hands', () => {
  const served = useServedSite(site);
  const home = () => readFileSync(`${siteDir(site)}index.html`, 'utf8');
  /** Every exercise of a chapter, as the store records it done. */
  const doneRecord = (chapter: string) => JSON.stringify(Object.fromEntries(chapterExercises(home())[chapter]!.map((id) => [id, 1_767_225_600_000])));

  it('fits every table into the text column of a 1280 px window', async () => {
    const page = await served.browser.newPage({ viewport: { width: 1280, height: 800 } });
    try {
      const cut: string[] = [];
      for (const path of pagesOf(site)) {
        await page.goto(`${served.url}${path}`);
        const tables = await page.locator('.sl-markdown-content table').evaluateAll((els) =>
          els.filter((el) => el.scrollWidth > el.clientWidth + 1).map((el) => el.querySelector('th')?.textContent ?? ''),
        );
        cut.push(...tables.map((heading) => `${path}: the table starting "${heading}"`));
      }
      expect(cut).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it.each(['light', 'dark'] as const)('shows "exercises done" readably on the current sidebar item (%s mode)', async (colorScheme) => {
    const page = await served.browser.newPage({ colorScheme });
    try {
      await page.goto(served.url);
      await page.evaluate((done) => localStorage.setItem('django-to-production:done', done), doneRecord('deployment-settings'));
      await page.goto(`${served.url}deployment-settings/`);
      const current = page.locator('nav[aria-label="Main"] a[aria-current="page"]');
      await expect.poll(() => current.locator('.chapter-finished-note').count()).toBe(1);
      expect(await axeViolations(page, { within: 'nav[aria-label="Main"]', rules: ['color-contrast'] })).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it.each([
    ['a laptop', { viewport: { width: 1280, height: 800 } }],
    ['a phone', PHONE],
  ])('keeps the home outline’s time labels in place when a chapter is done (%s)', async (_on, device) => {
    const page = await served.browser.newPage(device);
    try {
      await page.goto(served.url);
      // Each label where it sits in its own link: on a phone a title that gains the note may take
      // a second line, which moves the chapters below it down, but no label may leave its place.
      const boxes = () =>
        page.locator('.course-outline .minutes').evaluateAll((els) =>
          els.map((el) => {
            const box = el.getBoundingClientRect();
            const link = el.closest('a')!.getBoundingClientRect();
            return JSON.stringify({ right: link.right - box.right, top: box.top - link.top, width: box.width, height: box.height });
          }),
        );
      const before = await boxes();
      await page.evaluate((done) => {
        localStorage.setItem('django-to-production:done', done);
        dispatchEvent(new CustomEvent('django-to-production:progress'));
      }, doneRecord('url-routing'));
      await expect.poll(() => page.locator('.course-outline .chapter-finished-note').count()).toBe(1);
      expect(await boxes()).toEqual(before);
    } finally {
      await page.close();
    }
  });

  it('lets the reader tick a chapter’s checklist with the keyboard, and keeps the ticks', async () => {
    const page = await served.browser.newPage();
    try {
      await page.goto(`${served.url}url-routing/`);
      const boxes = page.locator('.chapter-checklist input[type="checkbox"]');
      expect(await boxes.count()).toBeGreaterThanOrEqual(3);
      const second = boxes.nth(1);
      expect(await page.getByRole('checkbox', { name: /Every pattern has a name/ }).count()).toBe(1);
      await second.focus();
      await page.keyboard.press('Space');
      expect(await second.isChecked()).toBe(true);
      await expect.poll(() => page.locator('[data-checklist-status]').textContent()).toMatch(/^1 of \d+ ticked\.$/);

      await page.reload();
      const count = await boxes.count();
      expect(await boxes.evaluateAll((els) => els.map((el) => (el as HTMLInputElement).checked))).toEqual(Array.from({ length: count }, (_, i) => i === 1));
      // Other chapters' checklists are their own.
      await page.goto(`${served.url}caching/`);
      expect(await page.locator('.chapter-checklist input:checked').count()).toBe(0);
    } finally {
      await page.close();
    }
  });

  it('links to no placeholder domain (example.com is a value in the text, not a place to go)', () => {
    const links = pagesOf(site).flatMap((path) => {
      const html = readFileSync(`${siteDir(site)}${path}index.html`, 'utf8');
      return [...html.matchAll(/href="([a-z]+:\/\/[^"]*)"/g)].map((m) => m[1]!).filter((href) => /\/\/([^/]*\.)?example\.(com|org|net)\b/.test(href)).map((href) => `${path}: ${href}`);
    });
    expect(links).toEqual([]);
  });

  it('leaves the playgrounds out of search: a goal’s words find nothing, the chapter’s do', async () => {
    const page = await served.browser.newPage();
    try {
      await page.goto(served.url);
      // A string, not a function: vitest would rewrite a function's import() into a helper the page does not have.
      const search = (term: string) =>
        page.evaluate<Array<{ url: string; content: string }>>(
          `import(${JSON.stringify(`${site.base}pagefind/pagefind.js`)}).then(async (pagefind) => {
            const { results } = await pagefind.search(${JSON.stringify(term)});
            return Promise.all(results.map((result) => result.data()));
          })`,
        );
      // From the goal of chapter 1's exercise only.
      for (const hit of await search('laptop debug mode empty list host names cookies travel')) {
        expect(hit.content, hit.url).not.toContain('Fix what only makes sense on a laptop');
      }
      expect((await search('collectstatic')).map((hit) => hit.url)).toContain(`${site.base}static-files/`);
    } finally {
      await page.close();
    }
  });
});
