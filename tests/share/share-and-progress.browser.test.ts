/**
 * What a reader sends and carries, in headless Chromium, driven from the keyboard: a share link
 * opens the sender's code read-only on another reader's phone (dark mode), without touching
 * that reader's own code, until "Take a copy" (which asks first); progress exported on one
 * machine and imported in a fresh profile brings the work back; a bad file is refused with a
 * message; reset empties everything, after a confirmation.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe';
import { openPlayground } from '../support/playground';
import { PHONE, SITES, useServedSite } from '../support/sites';

const site = SITES.find((s) => s.base === '/')!;
const EXERCISE = 'deployment-settings/production-settings';
const WORK_KEY = `django-to-production:work:${EXERCISE}`;
const files = mkdtempSync(join(tmpdir(), 'd2p-progress-'));

const press = async (button: Locator, key = 'Enter') => {
  await button.focus();
  await button.page().keyboard.press(key);
};
const storedWork = (page: Page) => page.evaluate((key) => localStorage.getItem(key), WORK_KEY);
const pageWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

describe('share links and progress files', () => {
  const served = useServedSite(site);
  const chapter = () => `${served.url}deployment-settings/`;
  const contexts: BrowserContext[] = [];
  afterAll(async () => Promise.all(contexts.map((context) => context.close())));
  const context = async (options: Parameters<typeof served.browser.newContext>[0] = {}) => {
    const made = await served.browser.newContext(options);
    contexts.push(made);
    return made;
  };
  let sender: Page;
  let link = '';

  it('opens the sender’s code read-only on another phone (a damaged link says so), and Take a copy asks before it replaces the reader’s own', async () => {
    sender = await (await context()).newPage();
    const mine = await openPlayground(sender, chapter(), EXERCISE);
    await mine.replaceLine(16, 'DEBUG = False');
    await expect.poll(() => storedWork(sender)).toContain('DEBUG = False');
    await press(mine.host.getByRole('button', { name: 'Share my code' }));
    const output = mine.host.locator('[data-share-link]');
    await expect.poll(() => output.inputValue()).toMatch(/#share=1\.[A-Za-z0-9_-]+$/);
    link = await output.inputValue();
    expect(link.startsWith(chapter())).toBe(true);
    expect(await mine.host.locator('[data-share-status]').textContent()).toContain('no server does');

    const phone = await (await context({ ...PHONE, colorScheme: 'dark' })).newPage();
    const errors: string[] = [];
    phone.on('pageerror', (error) => errors.push(error.message));
    // The reader on the phone has code of their own for this exercise.
    await phone.goto(served.url);
    await phone.evaluate(([key, value]) => localStorage.setItem(key!, value!), [WORK_KEY, JSON.stringify({ files: { 'mysite/settings.py': '# my own work\nDEBUG = True\n' }, savedAt: 1_767_225_600_000 })]);

    // A link cut short says so, and shows nothing of it.
    await phone.goto(`${chapter()}#share=1.${link.split('#share=1.')[1]!.slice(0, 40)}`);
    const problem = phone.locator('[data-share-problem]').first();
    await expect.poll(() => problem.textContent(), { timeout: 30_000 }).toContain('damaged');
    expect(await phone.locator('[data-shared]:visible').count()).toBe(0);

    await phone.goto('about:blank'); // a new page load, not a change of the fragment only
    const shared = await openPlayground(phone, link, EXERCISE);
    const banner = shared.host.locator('[data-shared]');
    expect(await banner.isVisible()).toBe(true);
    await phone.locator(`[data-playground="${EXERCISE}"][data-editor="ready"]`).waitFor();
    await expect.poll(() => shared.editorText()).toContain('DEBUG = False');
    // Read-only: typing changes nothing, and the reader's own code stays as it was stored.
    await shared.replaceLine(1, 'TYPED = 1');
    expect(await shared.editorText()).not.toContain('TYPED = 1');
    expect(await storedWork(phone)).toContain('# my own work');
    expect(await pageWidth(phone)).toBeLessThanOrEqual(390);
    expect(await axeViolations(phone, { within: `[data-playground="${EXERCISE}"]` })).toEqual([]);

    await press(banner.getByRole('button', { name: 'Take a copy' }));
    const dialog = shared.host.locator('[data-confirm-copy]');
    await expect.poll(() => dialog.isVisible()).toBe(true);
    // The safe answer has the focus: Enter keeps the reader's code.
    await phone.keyboard.press('Enter');
    await expect.poll(() => dialog.isVisible()).toBe(false);
    expect(await storedWork(phone)).toContain('# my own work');
    expect(await banner.isVisible()).toBe(true);

    await press(banner.getByRole('button', { name: 'Take a copy' }));
    await expect.poll(() => dialog.isVisible()).toBe(true);
    await press(dialog.getByRole('button', { name: 'Replace my code' }));
    await expect.poll(() => storedWork(phone)).toContain('DEBUG = False');
    expect(await storedWork(phone)).not.toContain('# my own work');
    expect(await banner.isVisible()).toBe(false);
    expect(new URL(phone.url()).hash).toBe('');
    // The copy is the reader's now: it can be edited, and the edit is saved.
    await shared.replaceLine(2, '# edited after the copy');
    await expect.poll(() => storedWork(phone)).toContain('# edited after the copy');
    expect(errors).toEqual([]);
  }, 300_000);

  it('exports progress, imports it in a fresh profile (asking first), refuses a bad file, and resets after a confirmation', async () => {
    await sender.goto(`${served.url}progress/`);
    const summary = sender.locator('[data-progress-summary]');
    await expect.poll(() => summary.textContent()).toMatch(/^0 of \d+ exercises done, 1 more started\.$/);
    const total = Number(await sender.locator('[data-progress-bar]').getAttribute('max'));
    expect(total).toBeGreaterThanOrEqual(31);
    const [download] = await Promise.all([sender.waitForEvent('download'), press(sender.getByRole('button', { name: 'Export my progress' }))]);
    const exported = join(files, download.suggestedFilename());
    await download.saveAs(exported);
    expect(JSON.parse(readFileSync(exported, 'utf8'))).toMatchObject({ format: 'django-to-production/progress', version: 2 });

    const fresh = await (await context({ ...PHONE, colorScheme: 'dark' })).newPage();
    await fresh.goto(`${served.url}progress/`);
    const freshSummary = fresh.locator('[data-progress-summary]');
    await expect.poll(() => freshSummary.textContent()).toBe(`0 of ${total} exercises done.`);
    const choose = async (path: string) => {
      const [chooser] = await Promise.all([fresh.waitForEvent('filechooser'), press(fresh.getByRole('button', { name: 'Import progress from a file' }))]);
      await chooser.setFiles(path);
    };

    const bad = join(files, 'notes.json');
    writeFileSync(bad, '{"these are": "my notes"}');
    await choose(bad);
    await expect.poll(() => fresh.locator('[data-progress-problem]').textContent()).toContain('not a progress file of this course');

    await choose(exported);
    const dialog = fresh.locator('[data-confirm-import]');
    await expect.poll(() => dialog.isVisible()).toBe(true);
    expect(await dialog.textContent()).toContain('It brings your code for 1 exercise');
    expect(await pageWidth(fresh)).toBeLessThanOrEqual(390);
    expect(await axeViolations(fresh)).toEqual([]);
    await press(dialog.getByRole('button', { name: 'Import', exact: true }));
    await expect.poll(() => freshSummary.textContent()).toBe(`0 of ${total} exercises done, 1 more started.`);
    expect(await fresh.locator(`[data-exercise="${EXERCISE}"]`).getAttribute('data-exercise-state')).toBe('started');
    const there = await openPlayground(fresh, chapter(), EXERCISE);
    await fresh.locator(`[data-playground="${EXERCISE}"][data-editor="ready"]`).waitFor();
    await expect.poll(() => there.editorText()).toContain('DEBUG = False');

    await fresh.goto(`${served.url}progress/`);
    await press(fresh.getByRole('button', { name: 'Reset all progress' }));
    const reset = fresh.locator('[data-confirm-reset-progress]');
    await expect.poll(() => reset.isVisible()).toBe(true);
    await press(reset.getByRole('button', { name: 'Reset everything' }));
    await expect.poll(() => freshSummary.textContent()).toBe(`0 of ${total} exercises done.`);
    expect(await fresh.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('django-to-production:')))).toEqual([]);
  }, 240_000);
});
