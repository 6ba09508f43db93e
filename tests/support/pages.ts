/** The pages of a built site, for the tests that open every one of them. */
import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { siteDir, type Site } from './sites';

/** Every HTML page in a build, as paths relative to the base ("" for the home page). */
export function pagesOf(site: Site): string[] {
  const root = siteDir(site);
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) {
        if (!['_astro', 'pagefind', 'pyodide'].includes(name)) walk(full);
      } else if (name === 'index.html') {
        pages.push(relative(root, dir).split(sep).join('/').replace(/(.)$/, '$1/'));
      }
    }
  };
  walk(root);
  return pages.sort();
}
