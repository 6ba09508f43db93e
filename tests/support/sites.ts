/** The built sites the browser tests open, and a server and browser to open them with. */
import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { createStaticServer } from '../../src/server/static-server';

export interface Site {
  name: string;
  base: string;
}

export const SITES: Site[] = [
  { name: 'root', base: '/' },
  { name: 'course', base: '/course/' },
];

/** Where browser-test runs build the site (each run in a folder of its own, see build-sites.ts). */
export const BUILDS_ROOT = fileURLToPath(new URL('../../node_modules/.cache/django-to-production/test-sites/', import.meta.url));

/** This run's build of a site (only in the browser tests, whose global setup built it). */
export function siteDir(site: Site): string {
  return `${inject('sitesDir')}/${site.name}/`;
}

/** Chromium as this machine runs it headless (Debian's package; never a downloaded browser). */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** A phone, as a page's context option: 390 px wide, touch, no hover. */
export const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 } as const;

/** The system switches to dark mode: the page follows it (Starlight's "auto" theme), with no reload. */
export async function turnDark(page: Page): Promise<void> {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.waitForFunction(() => document.documentElement.dataset.theme === 'dark');
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

export interface ServedSite {
  /** The site's root URL, base path included, e.g. http://127.0.0.1:41234/course/ */
  readonly url: string;
  readonly origin: string;
  readonly browser: Browser;
}

/** Serve a built site on a free loopback port and open a browser, for one test file. */
export function useServedSite(site: Site): ServedSite {
  const server = createStaticServer({ root: siteDir(site), base: site.base });
  let browser: Browser | undefined;
  let origin = '';
  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server.close(resolve));
  });
  return {
    get url() {
      return `${origin}${site.base}`;
    },
    get origin() {
      return origin;
    },
    get browser() {
      if (!browser) throw new Error('useServedSite(): used before beforeAll ran');
      return browser;
    },
  };
}
