/**
 * The deployment-settings playground on a phone (390 px, touch), in headless Chromium: no key
 * help for keys it has not got, code that wraps instead of running off the edge, and the
 * editor's panels and menus, and the reset dialog, whole on the screen.
 */
import { describe, expect, it } from 'vitest';
import { openPlayground } from '../support/playground';
import { PHONE, SITES, useServedSite } from '../support/sites';

const site = SITES.find((s) => s.base === '/')!;

describe('the playground on a phone', () => {
  const served = useServedSite(site);
  const chapter = () => `${served.url}deployment-settings/`;

  it('shows the Tab/Esc/F8 help with a keyboard and mouse only', async () => {
    for (const [device, shown] of [[PHONE, false], [{ viewport: { width: 1280, height: 800 } }, true]] as const) {
      const page = await served.browser.newPage(device);
      try {
        await page.goto(chapter());
        expect(await page.locator('.pg-keys').first().isVisible()).toBe(shown);
      } finally {
        await page.close();
      }
    }
  });

  it('wraps long lines in the editor', async () => {
    const page = await served.browser.newPage(PHONE);
    try {
      const pg = await openPlayground(page, chapter());
      const overflow = await pg.host.locator('.monaco-editor').evaluate((editor) => {
        const width = editor.querySelector('.lines-content')!.parentElement!.getBoundingClientRect().width;
        return [...editor.querySelectorAll('.view-line')].map((line) => line.scrollWidth).filter((w) => w > width);
      });
      expect(overflow).toEqual([]);
      // The SECRET_KEY line (13) is longer than the screen: it takes two rows, not one cut row.
      expect(await pg.editorText()).toContain('django-insecure-');
    } finally {
      await page.close();
    }
  });

  it('fits the F8 panel, the quick-fix menu and the reset dialog on the screen', async () => {
    const page = await served.browser.newPage(PHONE);
    try {
      const pg = await openPlayground(page, chapter());
      await pg.host.locator('.monaco-editor .view-lines').click();
      await page.keyboard.press('Control+Home');
      await page.keyboard.press('F8');
      const panel = page.locator('.marker-widget').first();
      await panel.waitFor({ timeout: 10_000 });
      expect(await panel.evaluate((el) => el.querySelector('.descriptioncontainer')!.scrollWidth <= el.clientWidth)).toBe(true);
      await page.keyboard.press('Escape');

      // The editor wraps on a phone, so arrow keys count screen lines, not lines of the file: click the line.
      await pg.host.locator('.view-line', { hasText: 'DEBUG = True' }).click();
      await page.keyboard.press('End');
      await page.keyboard.press('Control+.');
      const menu = page.locator('.action-widget').first();
      await menu.getByText('Set DEBUG = False').waitFor({ timeout: 10_000 });
      const title = await menu.locator('.title').first().evaluate((el) => ({ cut: el.scrollWidth > el.clientWidth + 1, right: el.getBoundingClientRect().right }));
      expect(title.cut).toBe(false);
      expect(title.right).toBeLessThanOrEqual(390);
      await page.keyboard.press('Escape');

      await pg.host.getByRole('button', { name: 'Reset to the starter' }).click();
      const box = (await page.locator('dialog[open]').boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(390);
      expect(Math.abs(box.x + box.width / 2 - 195)).toBeLessThan(2);
      expect(Math.abs(box.y + box.height / 2 - 422)).toBeLessThan(2);
    } finally {
      await page.close();
    }
  });
});
