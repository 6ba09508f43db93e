/**
 * Gzip every compressible file of the build into a `.gz` beside it, so a static host serves
 * compressed files without compressing on each request (nginx: `gzip_static on`). The big
 * ones (the interpreter's snapshot and wasm) take seconds, so their .gz is kept in
 * node_modules/.cache by content hash and reused by later builds.
 */
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.xml', '.txt', '.wasm', '.snapshot', '.zip', '.map']);
const CACHE_DIR = fileURLToPath(new URL('../../node_modules/.cache/django-to-production/gzip/', import.meta.url));
const CACHE_FROM_BYTES = 256 * 1024;

function gzipOnce(data: Buffer): Buffer {
  if (data.length < CACHE_FROM_BYTES) return gzipSync(data, { level: 9 });
  const cached = join(CACHE_DIR, `${createHash('sha256').update(data).digest('hex')}.gz`);
  if (existsSync(cached)) return readFileSync(cached);
  const compressed = gzipSync(data, { level: 6 });
  mkdirSync(CACHE_DIR, { recursive: true });
  writeFileSync(cached, compressed);
  return compressed;
}

function precompressTree(root: string): { files: number; bytes: number; gzipBytes: number } {
  const totals = { files: 0, bytes: 0, gzipBytes: 0 };
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) {
        walk(full);
        continue;
      }
      if (!COMPRESSIBLE.has(extname(name))) continue;
      const data = readFileSync(full);
      if (data.length < 1024) continue;
      const compressed = gzipOnce(data);
      if (compressed.length >= data.length) continue;
      writeFileSync(`${full}.gz`, compressed);
      totals.files += 1;
      totals.bytes += data.length;
      totals.gzipBytes += compressed.length;
    }
  };
  walk(root);
  return totals;
}

export function precompressIntegration(): AstroIntegration {
  return {
    name: 'django-to-production:precompress',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const started = performance.now();
        const { files, bytes, gzipBytes } = precompressTree(fileURLToPath(dir));
        const mb = (n: number) => (n / 1e6).toFixed(1);
        logger.info(`${files} files gzipped: ${mb(bytes)} MB → ${mb(gzipBytes)} MB (${Math.round(performance.now() - started)} ms)`);
      },
    },
  };
}
