/**
 * Every page on a phone (390 px wide, touch, in headless Chromium): nothing widens the page so
 * that it scrolls sideways (a playground's findings included), diagram labels stay readable,
 * what scrolls in its frame can be reached with the keyboard, and axe finds nothing serious,
 * in light and dark mode, with the editor open.
 */
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe';
import { pagesOf } from '../support/pages';
import { PHONE, SITES, turnDark, useServedSite } from '../support/sites';

const site = SITES.find((s) => s.base === '/')!;

/** Open a page as a reader does, down to its playground, and wait for the editor's first answer. */
async function read(browser: Browser, url: string): Promise<Page> {
  const page = await browser.newPage({ ...PHONE, colorScheme: 'light' });
  await page.goto(url, { waitUntil: 'load' });
  const playground = page.locator('[data-playground]').first();
  if ((await playground.count()) > 0) {
    await playground.scrollIntoViewIfNeeded();
    // The editor's first answer, findings and all (url-routing's starter has none to list).
    await page.locator('[data-playground][data-editor="ready"][data-checked-version]').first().waitFor({ timeout: 60_000 });
  }
  return page;
}

describe('every page on a phone', () => {
  const served = useServedSite(site);

  it.each(pagesOf(site).map((path) => [path || '(home)', path]))('%s fits 390 px and reads, in light and dark mode', async (_name, path) => {
    // One visit: light mode, then dark as the phone's setting changes (a visit costs an engine start).
    const page = await read(served.browser, `${served.url}${path}`);
    try {
      for (const colorScheme of ['light', 'dark'] as const) {
        if (colorScheme === 'dark') await turnDark(page);
        const layout = await page.evaluate(() => {
          const diagrams = [...document.querySelectorAll<SVGSVGElement>('.diagram svg')];
          const labels = diagrams.flatMap((svg) => {
            const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
            return [...svg.querySelectorAll('text')].map((text) => parseFloat(getComputedStyle(text).fontSize) * scale);
          });
          const scrollers = [...document.querySelectorAll<HTMLElement>('.sl-markdown-content table, .diagram-scroll')].filter((el) => el.scrollWidth > el.clientWidth + 1);
          return {
            pageWidth: document.documentElement.scrollWidth,
            smallestLabel: labels.length ? Math.min(...labels) : null,
            unreachable: scrollers.filter((el) => el.tabIndex !== 0).map((el) => el.outerHTML.slice(0, 80)),
          };
        });
        expect(layout.pageWidth, `${colorScheme}: the page scrolls sideways`).toBeLessThanOrEqual(390);
        if (layout.smallestLabel !== null) expect(layout.smallestLabel, 'diagram labels, in px').toBeGreaterThanOrEqual(11);
        expect(layout.unreachable).toEqual([]);

        expect(await axeViolations(page), `${colorScheme} mode`).toEqual([]);
      }
    } finally {
      await page.close();
    }
  }, 180_000);
});
