/**
 * The HTTP headers the built site wants from its host, in one place, written into the build as
 * `_headers` (Netlify, Cloudflare Pages) and `.htaccess` (Apache), and printed in the README
 * for nginx and Caddy:
 * - a year of caching for files whose names change with their content, revalidation for the rest;
 * - cross-origin isolation (COOP/COEP), so the playground interrupts runaway Python in place;
 * - a Content-Security-Policy the site satisfies: its own origin only, the inline scripts
 *   Starlight writes allowed by their hashes, WebAssembly compiled (Pyodide, Pagefind).
 */
import { createHash } from 'node:crypto';
import { VERSIONED_FOLDERS } from './versioned';

/** The base64 sha256 of each inline script of a page (scripts with a src, and data blocks such as JSON, are not run inline). */
export function inlineScriptHashes(html: string): string[] {
  const hashes: string[] = [];
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const attributes = match[1]!;
    if (/\bsrc\s*=/i.test(attributes)) continue;
    const type = /\btype\s*=\s*["']?([^"'\s>]+)/i.exec(attributes)?.[1]?.toLowerCase();
    if (type && type !== 'module' && type !== 'text/javascript') continue;
    hashes.push(createHash('sha256').update(match[2]!, 'utf8').digest('base64'));
  }
  return hashes;
}

export function contentSecurityPolicy(scriptHashes: Iterable<string>): string {
  const hashes = [...new Set(scriptHashes)].sort().map((hash) => `'sha256-${hash}'`);
  return [
    "default-src 'self'",
    `script-src 'self' 'wasm-unsafe-eval' ${hashes.join(' ')}`.trim(),
    // Expressive Code colours each token with a style attribute; Monaco adds <style> elements.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'self'",
  ].join('; ');
}

interface HeaderRule {
  /** A path under the base: a folder ending in `/` (everything under it) or `*` for every path. */
  path: string;
  headers: Record<string, string>;
}

export function headerRules(csp: string): HeaderRule[] {
  return [
    {
      path: '*',
      headers: {
        'Cross-Origin-Opener-Policy': 'same-origin',
        'Cross-Origin-Embedder-Policy': 'require-corp',
        'Content-Security-Policy': csp,
        'X-Content-Type-Options': 'nosniff',
      },
    },
    ...VERSIONED_FOLDERS.map((path) => ({ path, headers: { 'Cache-Control': 'public, max-age=31536000, immutable' } })),
  ];
}

/**
 * Netlify's and Cloudflare Pages' `_headers`: a path pattern, then its headers indented. Both
 * join the values of a header set by two matching rules, so Cache-Control is set for the
 * versioned folders only (pages keep the host's default, which revalidates).
 */
export function headersFile(base: string, rules: HeaderRule[]): string {
  return rules
    .map((rule) => [`${base}${rule.path === '*' ? '*' : `${rule.path}*`}`, ...Object.entries(rule.headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n'))
    .join('\n')
    .concat('\n');
}

/** Apache (mod_headers, mod_mime): the same headers, in the `.htaccess` at the site's root folder. */
export function htaccessFile(rules: HeaderRule[]): string {
  const all = rules.find((rule) => rule.path === '*')!;
  const versioned = rules.filter((rule) => rule.path !== '*').map((rule) => rule.path.replace(/\/$/, ''));
  const pattern = versioned.map((path) => path.replace(/[.]/g, '\\.')).join('|');
  return [
    '# Written by the build (src/hosting/headers.ts). Needs mod_headers and mod_mime.',
    'AddType application/wasm .wasm',
    'AddType text/javascript .mjs',
    'AddType application/octet-stream .snapshot',
    '<IfModule mod_headers.c>',
    ...Object.entries(all.headers).map(([name, value]) => `  Header always set ${name} "${value.replace(/"/g, '\\"')}"`),
    '  Header always set Cache-Control "no-cache"',
    `  <If "%{REQUEST_URI} =~ m#/(${pattern})/#">`,
    '    Header always set Cache-Control "public, max-age=31536000, immutable"',
    '  </If>',
    '</IfModule>',
    '',
  ].join('\n');
}
