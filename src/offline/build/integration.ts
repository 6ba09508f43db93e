/**
 * The Astro integration that makes the built site work offline: after the other integrations
 * have written their files (pages, search index, Python's runtime and snapshot), it lists every
 * file of the build with its hash (the manifest, ../manifest.ts) and writes `sw.js` at the
 * site's base: the service worker (../service-worker.ts) bundled with that manifest. No file is
 * listed by hand; a build whose files differ gets a new version.
 */
import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { urlOfFile, type ManifestEntry, type OfflineManifest } from '../manifest';

const SERVICE_WORKER = fileURLToPath(new URL('../service-worker.ts', import.meta.url));

export function manifestOfBuild(root: string): OfflineManifest {
  const entries: ManifestEntry[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) {
        walk(full);
        continue;
      }
      const url = urlOfFile(relative(root, full).split(sep).join('/'));
      if (url === null) continue;
      const data = readFileSync(full);
      entries.push({ url, bytes: data.length, hash: createHash('sha256').update(data).digest('hex').slice(0, 16), engine: url.startsWith('pyodide/') });
    }
  };
  walk(root);
  const version = createHash('sha256');
  for (const entry of entries) version.update(`${entry.url}\0${entry.hash}\0`);
  return { version: version.digest('hex').slice(0, 16), entries };
}

/** The service worker's script, with the manifest it serves. */
export async function serviceWorkerScript(manifest: OfflineManifest): Promise<string> {
  const bundled = await build({
    entryPoints: [SERVICE_WORKER],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'es2022',
    minify: true,
    banner: { js: `const OFFLINE_MANIFEST = ${JSON.stringify(manifest)};` },
  });
  return bundled.outputFiles[0]!.text;
}

export function offlineIntegration(): AstroIntegration {
  return {
    name: 'django-to-production:offline',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const manifest = manifestOfBuild(root);
        writeFileSync(join(root, 'sw.js'), await serviceWorkerScript(manifest));
        const mb = (bytes: number) => (bytes / 1e6).toFixed(1);
        const all = manifest.entries.reduce((sum, e) => sum + e.bytes, 0);
        const engine = manifest.entries.filter((e) => e.engine).reduce((sum, e) => sum + e.bytes, 0);
        logger.info(`offline: sw.js keeps ${manifest.entries.length} files, ${mb(all)} MB (${mb(engine)} MB of them Python's), version ${manifest.version}`);
      },
    },
  };
}
