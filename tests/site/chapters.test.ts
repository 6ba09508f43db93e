/** The course follows the paper's sections, in order, and each chapter ends with its checklist. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SITES, siteDir } from '../support/sites';

const CHAPTERS = [
  'how-django-serves-a-request',
  'url-routing',
  'deployment-settings',
  'logging-and-error-reporting',
  'static-files',
  'secret-key-and-env',
  'first-time-on-a-server',
  'load-balancing-with-nginx',
  'deploying-again',
  'caching',
  'securing-the-server',
  'protection-against-attacks',
  'production-checklist',
];

const site = SITES[0]!;
const html = (path: string) => readFileSync(`${siteDir(site)}${path}index.html`, 'utf8');

describe('the chapters', () => {
  it('are listed in the sidebar in the order of the paper', () => {
    const sidebar = html('how-django-serves-a-request/').match(/<nav[^>]*aria-label="Main"[\s\S]*?<\/nav>/)?.[0] ?? '';
    const order = [...sidebar.matchAll(/href="\/([a-z-]+)\/"/g)].map((m) => m[1]);
    // After the chapters come the pages that are no chapter: the progress page (and the teacher's guide, under /teaching/).
    expect(order).toEqual([...CHAPTERS, 'progress']);
  });

  it.each(CHAPTERS)('%s ends with a checklist', (slug) => {
    const page = html(`${slug}/`);
    expect(page).toMatch(/class="chapter-checklist[\s"]/);
    const checklist = page.slice(page.search(/class="chapter-checklist[\s"]/));
    expect((checklist.match(/<li/g) ?? []).length).toBeGreaterThanOrEqual(3);
  });

  it('shows the outline with each chapter and its time on the home page', () => {
    const home = html('');
    for (const slug of CHAPTERS) expect(home).toContain(`href="/${slug}/"`);
    expect(home).toMatch(/\d+\s*min/);
  });
});
