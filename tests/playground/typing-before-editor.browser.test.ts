/**
 * Typing into a playground before its editor has loaded, in headless Chromium: what the reader
 * types into the static code (keyboard or a click on a line) is checked as they type, and is in
 * the editor when it comes, with the caret where they left it. If this broke, the first keys of a
 * quick reader vanish, or go unanswered until Monaco has loaded.
 */
import type { Page, Route } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SITES, useServedSite } from '../support/sites';

const site = SITES.find((s) => s.base === '/course/')!;

/** Hold the editor's code until released, so the test types while it is still loading. */
async function holdEditor(page: Page): Promise<() => void> {
  const held: Route[] = [];
  let released = false;
  await page.route(/\/_astro\/playground\.[\w-]+\.js$/, (route) => (released ? route.continue() : void held.push(route)));
  return () => {
    released = true;
    for (const route of held.splice(0)) void route.continue();
  };
}

describe('typing before the editor has loaded', () => {
  const served = useServedSite(site);

  it('keeps keys typed into the focused static code, and the editor goes on from the caret', async () => {
    // No service worker: the editor's code it fetched would pass page.route() by, and nothing would be held.
    const page = await served.browser.newPage({ serviceWorkers: 'block' });
    try {
      const release = await holdEditor(page);
      await page.goto(`${served.url}deployment-settings/`);
      const host = page.locator('[data-playground]').first();
      await host.locator('[data-static]').first().focus();
      await page.keyboard.type('# typed early\n');
      expect(await host.locator('textarea[data-draft]').inputValue()).toMatch(/^# typed early\n"""/);
      release();
      await host.locator('.monaco-editor').waitFor({ timeout: 60_000 });
      await page.keyboard.type('# and after');
      // Monaco draws typed keys at its next frame: on a busy machine the last of them may not be drawn yet.
      const firstLines = async () => (await host.locator('.monaco-editor .view-line').allTextContents()).slice(0, 2).map((line) => line.replace(/\u00a0/g, ' '));
      await expect.poll(firstLines, { timeout: 5000 }).toEqual(['# typed early', '# and after"""']);
    } finally {
      await page.close();
    }
  });

  it('puts the caret where the reader clicked in the static code, and keeps what they type after a reload', async () => {
    // No service worker: the editor's code it fetched would pass page.route() by, and nothing would be held.
    const page = await served.browser.newPage({ serviceWorkers: 'block' });
    try {
      const release = await holdEditor(page);
      await page.goto(`${served.url}deployment-settings/`);
      const host = page.locator('[data-playground]').first();
      await host.scrollIntoViewIfNeeded(); // a playground is answered once the reader comes near it
      const codes = () => host.locator('[data-findings] .pg-finding').evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.code!));
      await expect.poll(codes, { timeout: 60_000 }).toContain('security.W018'); // Python's first answer
      const debugLine = host.locator('[data-static] .ec-line').filter({ hasText: /^DEBUG = True$/ });
      await debugLine.scrollIntoViewIfNeeded();
      const box = (await debugLine.boundingBox())!;
      // Past the end of "DEBUG = True": the caret goes to the line's end.
      await page.mouse.click(box.x + box.width - 2, box.y + box.height / 2);
      await page.keyboard.press('End');
      await page.keyboard.press('Backspace');
      await page.keyboard.press('Backspace');
      await page.keyboard.press('Backspace');
      await page.keyboard.press('Backspace');
      await page.keyboard.type('False');
      // Answered before the editor is there: DEBUG's warning goes, Monaco still held.
      await expect.poll(codes, { timeout: 60_000 }).not.toContain('security.W018');
      expect(await host.locator('.monaco-editor').count()).toBe(0);
      release();
      await host.locator('.monaco-editor').waitFor({ timeout: 60_000 });
      await expect.poll(async () => ((await host.locator('.monaco-editor .view-lines').textContent()) ?? '').replace(/\u00a0/g, ' ')).toContain('DEBUG = False');
      await page.reload();
      await page.locator('[data-playground] [data-static]').first().waitFor();
      expect(await page.locator('[data-playground] [data-static]').first().textContent()).toContain('DEBUG = False');
    } finally {
      await page.close();
    }
  });

  it('keeps keys typed into saved work, shown as plain text whose long lines scroll', async () => {
    // Saved work is plain text in the static code; a line wider than the box makes Expressive
    // Code turn the <pre> into a focusable scrolling region, and a click focuses it, not the view.
    const page = await served.browser.newPage({ serviceWorkers: 'block' });
    try {
      await holdEditor(page);
      await page.goto(`${served.url}deployment-settings/`);
      await page.locator('[data-playground] [data-static]').first().focus();
      await page.keyboard.type(`# ${'a line wider than the box '.repeat(12)}\n`);
      await page.reload();
      const host = page.locator('[data-playground]').first();
      const scrolling = host.locator('[data-static] pre[tabindex]');
      await scrolling.waitFor({ timeout: 30_000 });
      await scrolling.click({ position: { x: 2, y: 2 } });
      await page.keyboard.type('# after the reload\n');
      expect(await host.locator('textarea[data-draft]').inputValue()).toMatch(/^# after the reload\n# a line wider/);
    } finally {
      await page.close();
    }
  });

  it('lets the reader type on while the editor waits for their pause, and it comes with every key', async () => {
    // Monaco's start takes the main thread for a few hundred milliseconds at a time: begun under
    // the reader's fingers, each key would show late. Served from the network, nothing held.
    const page = await served.browser.newPage({ serviceWorkers: 'block' });
    try {
      await page.goto(`${served.url}deployment-settings/`);
      await page.addScriptTag({ content: 'window.__keys = []; addEventListener("keydown", () => window.__keys.push(performance.now()), true);' });
      const host = page.locator('[data-playground]').first();
      await host.locator('[data-static]').first().click();
      await page.keyboard.type('# typed without a pause, one key after another\n', { delay: 60 });
      const { keys, editorStart } = await page.evaluate(() => ({
        keys: (window as unknown as { __keys: number[] }).__keys,
        editorStart: performance.getEntriesByName('d2p:editor:start')[0]?.startTime ?? null,
      }));
      // Not begun between two keys (it may have begun before the first, the reader away); checked
      // only if the machine never stalled between two keys for as long as a pause (400 ms).
      const startedWhileTyping = editorStart !== null && editorStart > keys[0]! && editorStart < keys.at(-1)!;
      if (keys.every((at, i) => i === 0 || at - keys[i - 1]! < 400)) expect(startedWhileTyping).toBe(false);
      await host.locator('.monaco-editor').waitFor({ timeout: 60_000 });
      await expect
        .poll(async () => ((await host.locator('.monaco-editor .view-lines').textContent()) ?? '').replace(/\u00a0/g, ' '), { timeout: 30_000 })
        .toContain('# typed without a pause, one key after another');
    } finally {
      await page.close();
    }
  });
});
