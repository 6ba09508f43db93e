/**
 * npm run package: build the site and put it in one .zip that works from any static host.
 *   BASE_PATH=/course/ npm run package   → django-to-production-course.zip, for https://host/course/
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { zipFolder } from './site-zip';

const base = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');
const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const name = `django-to-production${base === '/' ? '' : `-${base.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '')}`}.zip`;

execFileSync(fileURLToPath(new URL('../../node_modules/.bin/astro', import.meta.url)), ['build'], { stdio: 'inherit', env: { ...process.env, BASE_PATH: base } });
const zip = zipFolder(dist);
writeFileSync(name, zip);
console.log(`${name}: ${(zip.length / 1e6).toFixed(1)} MB, the site for ${base} (unpack it into the folder your host serves at that path; README, "Hosting")`);
