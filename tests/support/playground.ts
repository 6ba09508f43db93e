/** Driving a playground in headless Chromium the way a reader does: keyboard and clicks. */
import type { Locator, Page } from 'playwright-core';

export interface PlaygroundPage {
  page: Page;
  host: Locator;
  /** The number of answers shown so far (each edit gets one, possibly folded with later edits). */
  checked(): Promise<number>;
  /** Wait until an answer newer than `after` is shown. */
  nextFeedback(after: number, timeout?: number): Promise<void>;
  /** Replace the text of line `n` (1-based) of the open file, typing as a reader would. */
  replaceLine(n: number, text: string): Promise<void>;
  /** Put the cursor at the end of line `n` (1-based) of the open file. */
  goToLineEnd(n: number): Promise<void>;
  /** The text the editor shows (its visible lines), with Monaco's non-breaking spaces made plain. */
  editorText(): Promise<string>;
  findingCodes(): Promise<string[]>;
  goalStates(): Promise<string[]>;
}

/** The chapter at `url`, and in it the playground of `exercise` (its folder id), or the first. */
export async function openPlayground(page: Page, url: string, exercise?: string): Promise<PlaygroundPage> {
  await page.goto(url);
  const host = page.locator(exercise ? `[data-playground="${exercise}"]` : '[data-playground]').first();
  await host.scrollIntoViewIfNeeded();
  await host.locator('[data-checked-version]').or(host.and(page.locator('[data-checked-version]'))).first().waitFor({ timeout: 60_000 });
  const checked = async () => Number((await host.getAttribute('data-checked-version')) ?? 0);
  return {
    page,
    host,
    checked,
    async nextFeedback(after, wait = 10_000) {
      await page.waitForFunction(
        ([el, n]) => Number((el as HTMLElement).dataset.checkedVersion ?? 0) > (n as number),
        [await host.elementHandle(), after] as const,
        { timeout: wait },
      );
    },
    async replaceLine(n, text) {
      await host.locator('.monaco-editor .view-lines').click();
      await page.keyboard.press('Control+Home');
      for (let i = 1; i < n; i++) await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Home');
      await page.keyboard.press('Shift+End');
      await page.keyboard.type(text);
    },
    async goToLineEnd(n) {
      await host.locator('.monaco-editor .view-lines').click();
      await page.keyboard.press('Control+Home');
      for (let i = 1; i < n; i++) await page.keyboard.press('ArrowDown');
      await page.keyboard.press('End');
    },
    editorText: async () => ((await host.locator('.monaco-editor .view-lines').textContent()) ?? '').replace(/\u00a0/g, ' '),
    findingCodes: () => host.locator('[data-findings] .pg-finding').evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.code!)),
    goalStates: () => host.locator('[data-goal]').evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.state!)),
  };
}
