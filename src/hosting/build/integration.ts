/**
 * Writes the host's configuration into the build (`_headers`, `.htaccess`, see ../headers.ts),
 * with the Content-Security-Policy allowing exactly the inline scripts the pages have.
 */
import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentSecurityPolicy, headerRules, headersFile, htaccessFile, inlineScriptHashes } from '../headers';

/** The policy for a built site: every page's inline scripts, by hash. */
export function policyOfBuild(root: string): string {
  const hashes = new Set<string>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith('.html')) for (const hash of inlineScriptHashes(readFileSync(full, 'utf8'))) hashes.add(hash);
    }
  };
  walk(root);
  return contentSecurityPolicy(hashes);
}

export function hostingIntegration(base: string): AstroIntegration {
  return {
    name: 'django-to-production:hosting',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const rules = headerRules(policyOfBuild(root));
        writeFileSync(join(root, '_headers'), headersFile(base, rules));
        writeFileSync(join(root, '.htaccess'), htaccessFile(rules));
        logger.info('hosting: _headers and .htaccess written (caching, cross-origin isolation, Content-Security-Policy)');
      },
    },
  };
}
